// A user who keeps working while Extract or Add articles runs (pages are fetched meanwhile, for minutes
// perhaps): what they type, correct or delete in Sources survives, each result lands in its own row, and the
// calls stay the same however many rows there are.
import { describe, expect, it } from "vitest";
import type { FetchFixture, Harness } from "../harness/index";
import { ARTICLES, bulkArticle, cellOf, load, records } from "./careless";

const PAGE = `<html><head><title>Signing</title></head><body><article><p>${ARTICLES.en}</p></article></body></html>`;
const URL = "https://www.inform.kz/en/kaznu-wuhan";

/** A set-up workbook whose page at URL, when fetched, first lets the user do `meanwhile` to the workbook. */
function whileFetching(meanwhile: (h: Harness) => void): Harness {
  const ref: { h?: Harness } = {};
  const page = (): FetchFixture => {
    meanwhile(ref.h!);
    return { body: PAGE, headers: { "Content-Type": "text/html; charset=utf-8" } };
  };
  const h = load({ fetch: { [URL]: page } });
  ref.h = h;
  h.menu("Set up this spreadsheet");
  return h;
}

describe("Extract while the user edits Sources", () => {
  it("keeps an outlet corrected and a row deleted meanwhile, and writes each result in its own row", () => {
    // The user corrects the outlet of the Kazakh article and deletes the Russian one.
    const h = whileFetching((h) => {
      h.put(cellOf(h, "Sources", "S-000003", "Outlet"), [["Kazinform (kk)"]]);
      h.sheet("Sources").deleteRow(Number(/\d+$/.exec(cellOf(h, "Sources", "S-000002", "ID"))![0]));
    });
    // Pasted straight into Sources: the URL's page is fetched by Extract itself.
    h.put("Sources!A2:B4", [
      ["S-000001", URL],
      ["S-000002", ARTICLES.ru],
      ["S-000003", ARTICLES.kk],
    ]);
    expect(h.menu("Extract partnerships from new articles")).toMatch(/^Extract done: 3 articles/);
    const rows = records(h, "Sources");
    expect(rows.map((r) => [r.ID, r.Outlet, r.Language, r.Result])).toEqual([
      ["S-000001", "", "en", "1 partnership: P-000001"],
      ["S-000003", "Kazinform (kk)", "kk", "1 partnership: P-000003"],
    ]);
    expect(rows.every((r) => r.Processed instanceof Date)).toBe(true);
    expect(rows[0]!.Title).toBe("Signing");
  });

  it("leaves an article the user rewrote meanwhile for the next run", () => {
    const h = whileFetching((h) => h.put(cellOf(h, "Sources", "S-000002", "Text or URL"), [[ARTICLES.kk]]));
    h.put("Sources!A2:B3", [
      ["S-000001", URL],
      ["S-000002", ARTICLES.ru],
    ]);
    h.menu("Extract partnerships from new articles");
    expect(records(h, "Sources")[1]!.Processed).toBe("");
    expect(h.menu("Extract partnerships from new articles")).toMatch(
      /^Extract done: 1 article, 1 partnership/,
    );
    expect(records(h, "Partnerships").map((r) => [r.Partner, r.Sources])).toEqual([
      ["Wuhan University", "S-000001"],
      ["Ankara University", "S-000002"],
    ]);
  });

  it("writes only the cells it owns: the articles' text is never sent back", () => {
    const h = load();
    h.menu("Set up this spreadsheet");
    // Pasted straight into Sources: Extract gives them their IDs.
    h.put("Sources!B2:B3", [[ARTICLES.en], [ARTICLES.kk]]);
    const writes: unknown[][][] = [];
    const sheet = h.sheet("Sources");
    const getRange = sheet.getRange.bind(sheet);
    sheet.getRange = ((...args: Parameters<typeof getRange>) => {
      const range = getRange(...args);
      const setValues = range.setValues.bind(range);
      range.setValues = (values: unknown[][]) => {
        writes.push(values);
        return setValues(values);
      };
      return range;
    }) as typeof sheet.getRange;
    h.menu("Extract partnerships from new articles");
    // Two writes whatever the number of rows: the IDs, then the run's cells (Language, Processed, Result).
    expect(writes.map((w) => w[0]!.length)).toEqual([1, 4]);
    expect(JSON.stringify(writes)).not.toContain("Wuhan");
    expect(records(h, "Sources").map((r) => [r.ID, r.Language])).toEqual([
      ["S-000001", "en"],
      ["S-000002", "kk"],
    ]);
  });
});

describe("Add articles while the user edits Sources", () => {
  it("appends after the article the user typed meanwhile, overwriting nothing", () => {
    const h = whileFetching((h) => h.put("Sources!B3", [[ARTICLES.kk]]));
    h.run("addArticles", [bulkArticle(0)]);
    const result = h.run("addArticles", [URL]);
    expect((result as { value: string }).value).toMatch(/^Added 1 article to Sources \(S-000002\)/);
    expect(records(h, "Sources").map((r) => [r.ID, String(r["Text or URL"]).slice(0, 20)])).toEqual([
      ["S-000001", bulkArticle(0).slice(0, 20)],
      ["", ARTICLES.kk.slice(0, 20)],
      ["S-000002", URL.slice(0, 20)],
    ]);
  });
});

describe("the calls stay the same however many rows", () => {
  const counts = (h: Harness) =>
    Object.fromEntries(
      ["Sources", "Partnerships"].map((name) => [
        name,
        { reads: h.counters.reads(name), writes: h.counters.writes(name) },
      ]),
    );

  function addCounts(n: number) {
    const h = load();
    h.menu("Set up this spreadsheet");
    h.run("addArticles", [bulkArticle(1000)]);
    h.counters.reset();
    const texts = Array.from({ length: n }, (_, i) => bulkArticle(i));
    expect((h.run("addArticles", [texts.join("\n---\n")]) as { value: string }).value).toMatch(
      new RegExp(`^Added ${n} articles`),
    );
    return counts(h);
  }

  it("Add articles: on 5 and on 150 articles", () => {
    const small = addCounts(5);
    expect(addCounts(150)).toEqual(small);
    // Sources read when the paste arrives and again when written (rows may have moved meanwhile), its row
    // count checked as rows are appended, written once; Partnerships read for the source IDs it mentions.
    expect(small).toEqual({ Sources: { reads: 9, writes: 1 }, Partnerships: { reads: 4, writes: 0 } });
  });
});
