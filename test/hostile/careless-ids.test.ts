// Careless users and IDs: whatever happens to the rows that bore an ID (deleted, their sheet deleted, copied
// with it, a run stopped between two writes, an absurd ID typed), a new article never gets an old ID, and
// Extract never deletes the partnerships of an article it did not just read.
import { describe, expect, it } from "vitest";
import { PARTNERS } from "../sheets/helpers";
import { added, articles, cellOf, extracted, partners, records, rowOf, setUp } from "./careless";

describe("IDs are never handed out twice", () => {
  it("after the last Sources row is deleted, the next article gets a new ID and the old rows stay", () => {
    const h = extracted(articles(0, 1));
    expect(partners(h)).toEqual([
      ["P-000001", PARTNERS[0], "S-000001"],
      ["P-000002", PARTNERS[1], "S-000002"],
    ]);
    h.sheet("Sources").deleteRow(rowOf(h, "Sources", "S-000002"));
    expect(added(h, articles(2))).toMatch(/^Added 1 article to Sources \(S-000003\)/);
    expect(h.menu("Extract partnerships from new articles")).toMatch(
      /^Extract done: 1 article, 1 partnership/,
    );
    // The deleted article's partnership is still there, and the new one has IDs of its own.
    expect(partners(h)).toEqual([
      ["P-000001", PARTNERS[0], "S-000001"],
      ["P-000002", PARTNERS[1], "S-000002"],
      ["P-000003", PARTNERS[2], "S-000003"],
    ]);
  });

  it("after the last Partnerships row is deleted, the next partnership gets a new ID", () => {
    const h = extracted(articles(0, 1));
    h.sheet("Partnerships").deleteRow(rowOf(h, "Partnerships", "P-000002"));
    added(h, articles(2));
    h.menu("Extract partnerships from new articles");
    expect(partners(h)).toEqual([
      ["P-000001", PARTNERS[0], "S-000001"],
      ["P-000003", PARTNERS[2], "S-000003"],
    ]);
  });

  it("after the whole Sources sheet is deleted, new articles get new IDs and no partnership is lost", () => {
    const h = extracted(articles(0, 1));
    h.spreadsheet.deleteSheet(h.sheet("Sources") as never);
    expect(added(h, articles(2, 3))).toMatch(/\(S-000003, S-000004\)/);
    expect(h.menu("Extract partnerships from new articles")).toMatch(
      /^Extract done: 2 articles, 2 partnerships \(2 new rows\)/,
    );
    expect(partners(h).map((p) => p[2])).toEqual(["S-000001", "S-000002", "S-000003", "S-000004"]);
  });

  it("a copied Sources row given another article is a new source: the original's partnerships stay", () => {
    const h = extracted(articles(0, 1));
    // The user copies row 2 (ID and all) to the end and pastes another article over its text, clearing
    // Processed so Extract reads it.
    const copy = h.values("Sources")[1]!.map((v) => (v instanceof Date ? "" : (v as string)));
    h.put("Sources!A4", [copy]);
    h.put(`Sources!B4`, [[articles(2)[0]!]]);
    const processed = h.values("Sources")[0]!.indexOf("Processed");
    h.put(`Sources!${String.fromCharCode(65 + processed)}4`, [[""]]);
    expect(h.menu("Extract partnerships from new articles")).toMatch(
      /^Extract done: 1 article, 1 partnership \(1 new row\)/,
    );
    expect(records(h, "Sources").map((r) => r.ID)).toEqual(["S-000001", "S-000002", "S-000003"]);
    expect(partners(h)).toEqual([
      ["P-000001", PARTNERS[0], "S-000001"],
      ["P-000002", PARTNERS[1], "S-000002"],
      ["P-000003", PARTNERS[2], "S-000003"],
    ]);
  });

  it("a copied Partnerships row (same ID) survives extracting its article again", () => {
    const h = extracted(articles(0));
    // The user copies the row, ID and all, to keep a second agreement with the same partner beside it.
    const copy = h.values("Partnerships")[1]!.map((v) => (typeof v === "boolean" ? v : String(v)));
    h.put("Partnerships!A3", [copy]);
    h.select("Sources!A2");
    expect(h.menu("Extract again from selected articles")).toMatch(/^Extract done: 1 article, 1 partnership/);
    expect(partners(h)).toEqual([
      ["P-000001", PARTNERS[0], "S-000001"],
      ["P-000001", PARTNERS[0], "S-000001"],
    ]);
  });

  it("a run stopped between its Partnerships and Sources writes leaves nothing doubled or lost", () => {
    const h = setUp();
    // Pasted straight into Sources, without IDs.
    h.put("Sources!B2", [[articles(0)[0]!], [articles(1)[0]!]]);
    // Apps Script stops the run (the 6-minute limit, a closed tab) as it starts writing Sources after
    // Partnerships.
    const record = h.counters.record.bind(h.counters);
    let partnershipsWritten = false;
    let stopped = false;
    h.counters.record = (method, sheet, kind) => {
      if (sheet === "Partnerships" && kind === "write") partnershipsWritten = true;
      if (sheet === "Sources" && kind === "write" && partnershipsWritten && !stopped) {
        stopped = true;
        throw new Error("Exceeded maximum execution time");
      }
      record(method, sheet, kind);
    };
    expect(h.menu("Extract partnerships from new articles")).toMatch(/^Extract stopped/);
    h.counters.record = record;
    expect(stopped).toBe(true);
    // The user deletes the first pasted article (say it was pasted twice) and runs Extract again.
    h.sheet("Sources").deleteRow(2);
    expect(h.menu("Extract partnerships from new articles")).toMatch(
      /^Extract done: 1 article, 1 partnership/,
    );
    // One row per article, each naming its own source; the deleted article's partnership is not taken away.
    const rows = partners(h);
    expect(rows.map((r) => r[1])).toEqual([PARTNERS[0], PARTNERS[1]]);
    expect(new Set(rows.map((r) => r[2])).size).toBe(2);
    expect(records(h, "Sources").map((r) => r.ID)).toEqual([rows[1]![2]]);
  });

  it("an ID above 2^53 typed into Sources does not stall allocation", () => {
    const h = setUp();
    h.put("Sources!A2", [["S-99999999999999999999", "(notes, no article)"]]);
    expect(added(h, articles(0, 1))).toMatch(/^Added 2 articles to Sources \(S-000001, S-000002\)/);
    expect(h.menu("Extract partnerships from new articles")).toMatch(
      /^Extract done: 3 articles, 2 partnerships \(2 new rows\)/,
    );
    expect(partners(h)).toEqual([
      ["P-000001", PARTNERS[0], "S-000001"],
      ["P-000002", PARTNERS[1], "S-000002"],
    ]);
  });

  it("keeps its counter where no user edit reaches it: in the document's developer metadata", () => {
    const h = extracted(articles(0, 1));
    const counters = h.spreadsheet.metadata
      .visible()
      .filter((m) => m.location.type === "SPREADSHEET")
      .map((m) => [m.key, m.value, m.visibility]);
    expect(counters).toEqual([
      ["seriktes.lastId.S", "2", "DOCUMENT"],
      ["seriktes.lastId.P", "2", "DOCUMENT"],
    ]);
    // Nothing of it shows in a cell.
    expect(h.values("Sources").flat()).not.toContain("seriktes.lastId.S");
    expect(cellOf(h, "Partnerships", "P-000002", "ID")).toBe("Partnerships!A3");
  });
});
