import { describe, expect, it } from "vitest";
import { PARTNERSHIP_HEADERS } from "../../src/core/rows/columns";
import type { Harness } from "../harness/index";
import { ARTICLES, bulkArticle, cellOf, load, records } from "./helpers";

/** A workbook set up, with the three articles added through the dialog's server function and extracted. */
function extracted(): { h: Harness; message: unknown } {
  const h = load();
  h.menu("Set up this spreadsheet");
  const added = h.run("addArticles", [[ARTICLES.en, ARTICLES.ru, ARTICLES.kk].join("\n---\n")]);
  expect(added).toMatchObject({ ok: true });
  expect((added as { value: string }).value).toMatch(
    /^Added 3 articles to Sources \(S-000001, S-000002, S-000003\)/,
  );
  const message = h.menu("Extract partnerships from new articles");
  return { h, message };
}

describe("Extract partnerships", () => {
  it("turns articles in English, Russian and Kazakh into their partnership rows", () => {
    const { h, message } = extracted();
    expect(message).toBe("Extract done: 3 articles, 3 partnerships (3 new rows), 0 need review.");
    expect(h.ui.toasts.at(-1)?.message).toBe(message);
    const rows = records(h, "Partnerships");
    expect(
      rows.map((r) => [
        r.ID,
        r["Kazakhstan side"],
        r.Partner,
        r.Country,
        r.Agreement,
        r.Status,
        r.Date,
        r.Sources,
      ]),
    ).toEqual([
      [
        "P-000001",
        "Al-Farabi Kazakh National University",
        "Wuhan University",
        "CN",
        "memorandum",
        "signed",
        "2025-03-12",
        "S-000001",
      ],
      [
        "P-000002",
        "Al-Farabi Kazakh National University",
        "Wuhan University",
        "CN",
        "memorandum",
        "signed",
        "2025-03-12",
        "S-000002",
      ],
      [
        "P-000003",
        "L.N. Gumilyov Eurasian National University",
        "Ankara University",
        "TR",
        "academic_mobility",
        "signed",
        "2025-02-05",
        "S-000003",
      ],
    ]);
    // Dates stay text (Sheets would make "2025-03-12" a date, "2025-03" a different one).
    expect(
      h
        .formulas("Partnerships")
        .flat()
        .every((f) => f === ""),
    ).toBe(true);
    const sources = records(h, "Sources");
    expect(sources.map((s) => [s.ID, s.Language, s.Result])).toEqual([
      ["S-000001", "en", "1 partnership: P-000001"],
      ["S-000002", "ru", "1 partnership: P-000002"],
      ["S-000003", "kk", "1 partnership: P-000003"],
    ]);
    expect(sources.every((s) => s.Processed instanceof Date)).toBe(true);
  });

  it("says so when there is nothing new, and adds no row when run again", () => {
    const { h } = extracted();
    const before = h.values("Partnerships");
    expect(h.menu("Extract partnerships from new articles")).toMatch(/^No new articles in Sources/);
    expect(h.values("Partnerships")).toEqual(before);
  });

  it("keeps a user's edit when extracting again, and never deletes a reviewed row", () => {
    const { h } = extracted();
    h.put(cellOf(h, "Partnerships", "P-000001", "Partner"), [["Wuhan University (WHU)"]]);
    h.put(cellOf(h, "Partnerships", "P-000001", "Notes"), [["+1 call them in May"]]);
    h.put(cellOf(h, "Partnerships", "P-000003", "Reviewed"), [[true]]);
    // The Kazakh article is replaced by one that no longer reports that pair.
    h.put(cellOf(h, "Sources", "S-000003", "Text or URL"), [["Астана. Университет жаңа кітапхана ашты."]]);
    h.select("Sources!A2:B4");
    const message = h.menu("Extract again from selected articles");
    expect(message).toBe(
      "Extract done: 3 articles, 2 partnerships (1 updated), 0 need review. 1 article reported no partnership. Your edits in 1 cell were kept.",
    );
    const rows = records(h, "Partnerships");
    expect(rows.map((r) => r.ID)).toEqual(["P-000001", "P-000002", "P-000003"]);
    expect(rows[0]).toMatchObject({
      Partner: "Wuhan University (WHU)",
      Notes: "+1 call them in May",
      Status: "signed",
    });
    // Kept, and tagged so the user can find it.
    expect(rows[2]).toMatchObject({ Partner: "Ankara University", Reviewed: true, Tags: "no longer found" });
    expect(records(h, "Sources")[2]).toMatchObject({
      Result: "No partnership found (no longer reported, kept as you reviewed or edited: P-000003)",
    });
  });

  it("asks for a selection when there is none to extract again", () => {
    const { h } = extracted();
    h.select("Partnerships!A1");
    expect(h.menu("Extract again from selected articles")).toMatch(/^Select the rows to extract again/);
    expect(h.ui.alerts.at(-1)).toMatch(/^Select the rows to extract again/);
  });

  it("extracts again the sources of the partnerships selected in Partnerships", () => {
    const { h } = extracted();
    h.put(cellOf(h, "Sources", "S-000002", "Text or URL"), [[ARTICLES.ru.replace("12 марта", "14 марта")]]);
    h.select("Partnerships!C3");
    expect(h.menu("Extract again from selected articles")).toBe(
      "Extract done: 1 article, 1 partnership (1 updated), 0 need review.",
    );
    expect(records(h, "Partnerships").map((r) => r.Date)).toEqual(["2025-03-12", "2025-03-14", "2025-02-05"]);
  });

  it("tells the user to come back when another run holds the lock, and writes nothing", () => {
    const h = load();
    h.menu("Set up this spreadsheet");
    h.run("addArticles", [ARTICLES.en]);
    const before = h.values("Partnerships");
    h.locks.document.holdByOther();
    expect(h.menu("Extract partnerships from new articles")).toMatch(
      /Another Extract is running.*Try again in a minute/,
    );
    expect(h.values("Partnerships")).toEqual(before);
    expect(h.ui.alerts.at(-1)).toMatch(/Another Extract is running/);
  });

  it("records an article it cannot read and goes on with the others", () => {
    const h = load();
    h.menu("Set up this spreadsheet");
    h.put("Sources!A2:B3", [
      ["", "\u0000\u0001\u0002\u0003"],
      ["", ARTICLES.kk],
    ]);
    const message = h.menu("Extract partnerships from new articles");
    expect(message).toMatch(/2 articles, 1 partnership .*1 article could not be read/);
    const sources = records(h, "Sources");
    expect(String(sources[0]!.Result)).toMatch(/^Error: /);
    expect(sources[1]!.Result).toBe("1 partnership: P-000001");
  });
});

describe("Extract and the user's Directory", () => {
  it("recognises the user's own institutions and their aliases", () => {
    const article =
      "Алматы, 3 апреля 2025 года. Колледж Кайнар-Тех и Харбинский политехнический университет (Китай) подписали соглашение о сотрудничестве в области подготовки инженеров.";
    const h = load();
    h.menu("Set up this spreadsheet");
    h.run("addArticles", [article]);
    h.menu("Extract partnerships from new articles");
    // Without the Directory the engine can only spell the unknown college's name out of the Russian.
    expect(records(h, "Partnerships").map((r) => r["Kazakhstan side"])).not.toContain("Kainar-Tech College");
    h.put("Directory!A2", [
      ["Kainar-Tech College", "Колледж Кайнар-Тех; Кайнар-Тех", "KZ", "college", "Almaty"],
    ]);
    h.select("Sources!A2");
    expect(h.menu("Extract again from selected articles")).toMatch(/^Extract done: 1 article, 1 partnership/);
    expect(records(h, "Partnerships")[0]).toMatchObject({
      "Kazakhstan side": "Kainar-Tech College",
      Partner: "Harbin Institute of Technology",
      Country: "CN",
    });
  });
});

describe("Extract and the user's own cells", () => {
  it("keeps the user's formulas and columns inside the block it rewrites", () => {
    // The user moved columns around and added one of their own between Seriktes's columns.
    const h = load({
      workbook: {
        Sources: [
          ["ID", "Text or URL", "Title", "Language", "Outlet", "Date", "Processed", "Result", "Page text"],
        ],
        Partnerships: [
          ["ID", "Date", "Link", ...PARTNERSHIP_HEADERS.filter((name) => name !== "ID" && name !== "Date")],
        ],
      },
    });
    h.menu("Set up this spreadsheet");
    h.run("addArticles", [ARTICLES.en]);
    h.menu("Extract partnerships from new articles");
    h.put(cellOf(h, "Partnerships", "P-000001", "Link"), [['=HYPERLINK("https://kaznu.kz","KazNU")']]);
    h.put(cellOf(h, "Sources", "S-000001", "Outlet"), [['=HYPERLINK("https://inform.kz","Kazinform")']]);
    // The article is corrected: the memorandum was signed a day later.
    h.put(cellOf(h, "Sources", "S-000001", "Text or URL"), [[ARTICLES.en.replace("12 March", "13 March")]]);
    h.select("Sources!A2");
    h.menu("Extract again from selected articles");
    const [row] = records(h, "Partnerships");
    // Cells on both sides of the user's column were rewritten, and the column kept its formula.
    expect(row).toMatchObject({ ID: "P-000001", Date: "2025-03-13", Link: "KazNU" });
    expect(String(row!.Extracted)).toContain("2025-03-13");
    expect(
      h
        .formulas("Partnerships")
        .flat()
        .filter((f) => f !== ""),
    ).toEqual(['=HYPERLINK("https://kaznu.kz","KazNU")']);
    expect(records(h, "Sources")[0]).toMatchObject({ Outlet: "Kazinform", Language: "en" });
    expect(
      h
        .formulas("Sources")
        .flat()
        .filter((f) => f !== ""),
    ).toEqual(['=HYPERLINK("https://inform.kz","Kazinform")']);
  });
});

describe("Extract's cost does not grow with the sheet", () => {
  function countsFor(n: number) {
    const h = load();
    h.menu("Set up this spreadsheet");
    // Both sheets start with room for 5,000 rows, so neither run has to grow one.
    h.sheet("Partnerships").maxRows = 6000;
    h.put(
      "Sources!A2",
      Array.from({ length: n }, (_, i) => ["", bulkArticle(i)]),
    );
    h.sheet("Sources").maxRows = 6000;
    h.counters.reset();
    const message = h.menu("Extract partnerships from new articles");
    expect(message).toMatch(new RegExp(`^Extract done: ${n.toLocaleString("en-US")} articles`));
    expect(records(h, "Partnerships")).toHaveLength(n);
    return {
      sources: { reads: h.counters.reads("Sources"), writes: h.counters.writes("Sources") },
      partnerships: { reads: h.counters.reads("Partnerships"), writes: h.counters.writes("Partnerships") },
      directory: { reads: h.counters.reads("Directory"), writes: h.counters.writes("Directory") },
    };
  }

  it("makes the same reads and writes on 10 and on 5,000 sources", () => {
    const small = countsFor(10);
    const large = countsFor(5000);
    expect(large).toEqual(small);
    // A read is a sheet's extent, values, formulas and column markers (4 calls). Sources: read at the start
    // and again when written (the user may have edited it meanwhile); written twice: the IDs of the rows
    // pasted without one first, then the run's own cells. Partnerships: read for the source IDs it mentions,
    // then again once the articles are read, and written once (its row count checked first, as rows are
    // appended). The Directory is read once (extent and values).
    expect(small).toEqual({
      sources: { reads: 8, writes: 2 },
      partnerships: { reads: 9, writes: 1 },
      directory: { reads: 2, writes: 0 },
    });
  });
});

describe("rows the engine is unsure of", () => {
  it("says in Check why a row needs a look, counts it as needing review, and keeps a bare list as tentative rows", () => {
    const h = load();
    h.menu("Set up this spreadsheet");
    const text = [
      "Казахстанско-Британский технический университет подписал меморандум с Гренобльским институтом (Франция).",
      "Kazakh-British Technical University, Sorbonne University, Sciences Po, the University of Lyon.",
    ].join("\n\n");
    h.run("addArticles", [text]);
    const message = h.menu("Extract partnerships from new articles");
    expect(message).toBe("Extract done: 1 article, 4 partnerships (4 new rows), 4 need review.");
    const rows = records(h, "Partnerships");
    expect(rows.map((r) => [r.Partner, r.Check])).toEqual([
      ["Grenoble Institute", "The partner's name \"Grenoble Institute\" is the engine's own reading."],
      [
        "Sorbonne University",
        "The article lists the names without saying what happened between them. Tick Reviewed to keep it as a partnership, or delete the row.",
      ],
      [
        "Sciences Po",
        "The article lists the names without saying what happened between them. Tick Reviewed to keep it as a partnership, or delete the row.",
      ],
      [
        "University of Lyon",
        "The article lists the names without saying what happened between them. Tick Reviewed to keep it as a partnership, or delete the row.",
      ],
    ]);
    // Ticking Reviewed settles it.
    h.put(cellOf(h, "Partnerships", String(rows[0]!.ID), "Reviewed"), [[true]]);
    h.select("Sources!A2");
    expect(h.menu("Extract again from selected articles")).toMatch(/, 3 need review\./);
  });
});
