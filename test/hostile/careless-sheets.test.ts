// Careless users and the sheets themselves: a sheet of their own called Summary, our sheet or our headers
// renamed, header cells that look like formulas or numbers, their own columns, a Language they corrected.
// Seriktes tells its sheets and columns by markers of its own (developer metadata), never by a guess.
import { describe, expect, it } from "vitest";
import { PARTNERSHIP_HEADERS } from "../../src/core/rows/columns";
import { columnLetter } from "../harness/index";
import { PARTNERS } from "../sheets/helpers";
import { ARTICLES, articles, cellOf, extracted, load, partners, records, setUp } from "./careless";

describe("sheets of the user's own", () => {
  it("never wipes a user's sheet called Summary whose A1 is blank", () => {
    const h = load({
      workbook: {
        Summary: [
          ["", "Budget 2025"],
          ["Q1", 1200],
        ],
      },
    });
    h.menu("Set up this spreadsheet");
    const mine = h.values("Summary");
    expect(h.menu("Build summary")).toMatch(/^Seriktes summary rebuilt|^The Seriktes summary sheet is ready/);
    expect(h.values("Summary")).toEqual(mine);
    expect(h.values("Seriktes summary")[0]![0]).toBe("Partnerships summary");
  });

  it("keeps using its Partnerships sheet after the user renames it", () => {
    const h = extracted(articles(0));
    h.sheet("Partnerships").setName("Партнёрства");
    h.run("addArticles", [articles(1)[0]!]);
    expect(h.menu("Extract partnerships from new articles")).toMatch(
      /^Extract done: 1 article, 1 partnership/,
    );
    expect(h.menu("Set up this spreadsheet")).toMatch(/^Everything was in order/);
    expect(h.spreadsheet.sheets.map((s) => s.name)).not.toContain("Partnerships");
    expect(partners(h, "Партнёрства")).toEqual([
      ["P-000001", PARTNERS[0], "S-000001"],
      ["P-000002", PARTNERS[1], "S-000002"],
    ]);
  });
});

describe("headers the user changed", () => {
  it("finds a renamed Sources header by its marker: extracting again doubles no row", () => {
    const h = extracted(articles(0, 1));
    h.put(cellOf(h, "Partnerships", "P-000001", "Sources").replace(/\d+$/, "1"), [["Reported in"]]);
    expect(h.menu("Set up this spreadsheet")).toMatch(/^Everything was in order/);
    h.select("Sources!A2:A3");
    expect(h.menu("Extract again from selected articles")).toMatch(
      /^Extract done: 2 articles, 2 partnerships,/,
    );
    expect(records(h, "Partnerships").map((r) => [r.ID, r["Reported in"]])).toEqual([
      ["P-000001", "S-000001"],
      ["P-000002", "S-000002"],
    ]);
    expect(h.values("Partnerships")[0]).not.toContain("Sources");
  });

  it("finds a renamed ID header by its marker: no ID is blanked and new rows get new IDs", () => {
    const h = extracted(articles(0));
    h.put("Partnerships!A1", [["Row"]]);
    h.put("Sources!A1", [["Key"]]);
    h.run("addArticles", [articles(1)[0]!]);
    h.menu("Extract partnerships from new articles");
    expect(records(h, "Partnerships").map((r) => [r.Row, r.Partner, r.Sources])).toEqual([
      ["P-000001", PARTNERS[0], "S-000001"],
      ["P-000002", PARTNERS[1], "S-000002"],
    ]);
    expect(records(h, "Sources").map((r) => r.Key)).toEqual(["S-000001", "S-000002"]);
  });

  it("adds a missing header without rewriting the user's header cells: text stays text", () => {
    const h = load({
      workbook: { Sources: [["ID", "Text or URL", '\'=HYPERLINK("https://x.kz","x")', "'2024", "Outlet"]] },
    });
    h.menu("Set up this spreadsheet");
    const header = h.values("Sources")[0]!;
    expect(header.slice(0, 5)).toEqual([
      "ID",
      "Text or URL",
      '=HYPERLINK("https://x.kz","x")',
      "2024",
      "Outlet",
    ]);
    expect(h.formulas("Sources")[0]!.every((f) => f === "")).toBe(true);
    expect(header).toEqual(expect.arrayContaining(["Title", "Language", "Processed", "Result"]));
  });

  it("marks its columns with metadata visible to the document, on whole columns", () => {
    const h = setUp();
    const sheet = h.sheet("Partnerships");
    const columns = h.spreadsheet.metadata
      .visible()
      .filter(
        (m) => m.key === "seriktes.column" && m.location.type === "COLUMN" && m.location.sheet === sheet,
      )
      .map((m) => [m.value, "index" in m.location ? columnLetter(m.location.index) : "", m.visibility]);
    expect(columns).toContainEqual(["ID", "A", "DOCUMENT"]);
    expect(columns).toContainEqual(["Sources", "L", "DOCUMENT"]);
    expect(columns).toHaveLength(PARTNERSHIP_HEADERS.length);
  });
});

describe("the user's own values", () => {
  it("keeps a row the article no longer reports when the user wrote in a column of their own", () => {
    const h = extracted([ARTICLES.kk]);
    const width = h.values("Partnerships")[0]!.length;
    const budget = columnLetter(width + 1);
    h.put(`Partnerships!${budget}1:${budget}2`, [["Budget"], [1200]]);
    // The article is corrected to one that reports no partnership any more.
    h.put(cellOf(h, "Sources", "S-000001", "Text or URL"), [["Астана. Университет жаңа кітапхана ашты."]]);
    h.select("Sources!A2");
    expect(h.menu("Extract again from selected articles")).toMatch(/1 article reported no partnership/);
    const [row, ...rest] = records(h, "Partnerships");
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      ID: "P-000001",
      Partner: "Ankara University",
      Budget: 1200,
      Tags: "no longer found",
    });
    expect(records(h, "Sources")[0]!.Result).toMatch(/no longer reported, kept .*P-000001/);
  });

  it("keeps a Language the user corrected when extracting again", () => {
    const h = extracted([ARTICLES.kk]);
    expect(records(h, "Sources")[0]!.Language).toBe("kk");
    h.put(cellOf(h, "Sources", "S-000001", "Language"), [["ru"]]);
    h.select("Sources!A2");
    h.menu("Extract again from selected articles");
    expect(records(h, "Sources")[0]!.Language).toBe("ru");
  });
});
