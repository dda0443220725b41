import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/rows/cells";
import { PARTNERSHIP_HEADERS, SOURCE_HEADERS } from "../../src/core/rows/columns";
import { type ExtractRunInput, runExtract } from "../../src/core/rows/extractRun";
import { applyMerge, planMerge, renameIds } from "../../src/core/rows/merge";
import { type PartnershipRow, readPartnership, writePartnership } from "../../src/core/rows/partnership";
import { headerMap, RowAccess } from "../../src/core/rows/table";
import type { ArticleResult, Partnership } from "../../src/core/types";

// A stand-in engine: each article is "KZ | PARTNER | agreement | status | date" lines, so the tests control
// exactly what is found.
function fakeExtract(text: string): ArticleResult {
  if (text.includes("BROKEN")) throw new Error("could not read this article");
  const partnerships: Partnership[] = text
    .split("\n")
    .filter((line) => line.includes("|"))
    .map((line) => {
      const [kz = "", partner = "", agreement = "memorandum", status = "signed", date = ""] = line
        .split("|")
        .map((s) => s.trim());
      return {
        kz,
        partner,
        country: "CN",
        partner_type: "university",
        agreement,
        status,
        fields: ["it"],
        date: date || null,
        summary: `${kz} and ${partner}`,
      } as Partnership;
    });
  return { lang: "en", date: "2025-02-19", title: "News", summary: "", partnerships };
}

function sourcesTable(texts: string[]): Cell[][] {
  const header = [...SOURCE_HEADERS];
  const access = new RowAccess(headerMap(header), header.length);
  return [
    header,
    ...texts.map((text) => {
      const row = access.blank();
      access.set(row, "Text or URL", text);
      return row;
    }),
  ];
}

const emptyPartnerships = (): Cell[][] => [[...PARTNERSHIP_HEADERS]];

function run(sources: Cell[][], partnerships: Cell[][], extra: Partial<ExtractRunInput> = {}) {
  return runExtract({
    sources,
    partnerships,
    extract: fakeExtract,
    now: () => 0,
    deadline: 1,
    processedAt: new Date(2025, 2, 1),
    ...extra,
  });
}

function rowsOf(table: Cell[][]): PartnershipRow[] {
  const [header = [], ...rows] = table;
  const access = new RowAccess(headerMap(header), header.length);
  return rows.map((cells) => readPartnership(cells, access));
}

function column(table: Cell[][], name: string): Cell[] {
  const index = table[0]!.indexOf(name);
  return table.slice(1).map((row) => row[index] ?? "");
}

function setCell(table: Cell[][], id: string, name: string, value: Cell): void {
  const idCol = table[0]!.indexOf("ID");
  const row = table.find((r) => r[idCol] === id);
  row![table[0]!.indexOf(name)] = value;
}

describe("Extract", () => {
  it("turns new sources into rows with stable IDs and tells each source what it gave", () => {
    const out = run(
      sourcesTable([
        "KazNU | Wuhan University\nKazNU | Tsinghua University | joint_lab",
        "nothing here",
        "BROKEN",
      ]),
      emptyPartnerships(),
    );
    expect(column(out.sources, "ID")).toEqual(["S-000001", "S-000002", "S-000003"]);
    expect(column(out.sources, "Result")).toEqual([
      "2 partnerships: P-000001, P-000002",
      "No partnership found",
      "Error: could not read this article",
    ]);
    expect(column(out.sources, "Processed").every((v) => v instanceof Date)).toBe(true);
    const rows = rowsOf(out.partnerships);
    expect(rows.map((r) => [r.id, r.partner, r.agreement, r.sources.join()])).toEqual([
      ["P-000001", "Wuhan University", "memorandum", "S-000001"],
      ["P-000002", "Tsinghua University", "joint_lab", "S-000001"],
    ]);
    expect(rows[0]!.date).toBe("2025-02-19");
    expect(rows[0]!.history).toBe("signed 2025-02-19");
    expect(out.report).toMatchObject({ articles: 3, failed: 1, empty: 1, partnerships: 2, created: 2 });
  });

  it("skips processed sources, so running twice adds nothing", () => {
    const first = run(sourcesTable(["KazNU | Wuhan University"]), emptyPartnerships());
    const second = run(first.sources, first.partnerships);
    expect(second.report.articles).toBe(0);
    expect(second.partnerships).toEqual(first.partnerships);
  });

  it("re-extracting a source keeps a user's edit and updates what the user did not touch", () => {
    const first = run(
      sourcesTable(["KazNU | Wuhan University | memorandum | discussed"]),
      emptyPartnerships(),
    );
    setCell(first.partnerships, "P-000001", "Partner", "Wuhan University (WHU)");
    setCell(first.partnerships, "P-000001", "Notes", "call them in May");
    // The article now reads as a signing.
    const textCol = first.sources[0]!.indexOf("Text or URL");
    first.sources[1]![textCol] = "KazNU | Wuhan University | memorandum | signed";
    const again = run(first.sources, first.partnerships, { selected: new Set([0]) });
    const [row, ...rest] = rowsOf(again.partnerships);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ id: "P-000001", partner: "Wuhan University (WHU)", status: "signed" });
    expect(row!.notes).toBe("call them in May");
    expect(row!.history).toBe("discussed 2025-02-19; signed 2025-02-19");
    expect(again.report).toMatchObject({ updated: 1, created: 0, keptEdits: 1 });
  });

  it("keeps the user's own columns beside the rows it rewrites", () => {
    const partnerships = emptyPartnerships();
    partnerships[0] = ["My rating", ...partnerships[0]!];
    const first = run(sourcesTable(["KazNU | Wuhan University"]), partnerships);
    first.partnerships[1]![0] = 5;
    const again = run(first.sources, first.partnerships, { selected: new Set([0]) });
    expect(again.partnerships[1]![0]).toBe(5);
    expect(again.partnerships[0]![0]).toBe("My rating");
  });

  it("drops a row the engine no longer finds unless the user reviewed it", () => {
    const first = run(
      sourcesTable(["KazNU | Wuhan University\nKazNU | Tsinghua University"]),
      emptyPartnerships(),
    );
    setCell(first.partnerships, "P-000002", "Reviewed", true);
    first.sources[1]![first.sources[0]!.indexOf("Text or URL")] = "no partnership any more";
    const again = run(first.sources, first.partnerships, { selected: new Set([0]) });
    expect(rowsOf(again.partnerships).map((r) => r.id)).toEqual(["P-000002"]);
    expect(again.report.removed).toBe(1);
  });

  it("stops at its deadline and the next run finishes with nothing lost or doubled", () => {
    const texts = Array.from({ length: 10 }, (_, i) => `KazNU | Partner ${i}`);
    let clock = 0;
    const tick = () => clock++;
    const first = run(sourcesTable(texts), emptyPartnerships(), { now: tick, deadline: 4 });
    expect(first.report).toMatchObject({ articles: 4, remaining: 6 });
    expect(column(first.sources, "Processed").filter((v) => v === "").length).toBe(6);
    const second = run(first.sources, first.partnerships, { now: () => 0, deadline: 1 });
    expect(second.report).toMatchObject({ articles: 6, remaining: 0 });
    const partners = rowsOf(second.partnerships).map((r) => r.partner);
    expect(partners.sort()).toEqual(texts.map((t) => t.split(" | ")[1]!).sort());
    expect(new Set(rowsOf(second.partnerships).map((r) => r.id)).size).toBe(10);
  });

  it("leaves selected rows it did not reach for the next run", () => {
    const first = run(sourcesTable(["KazNU | A", "KazNU | B"]), emptyPartnerships());
    let clock = 0;
    const again = run(first.sources, first.partnerships, {
      selected: new Set([0, 1]),
      now: () => clock++,
      deadline: 1,
    });
    expect(again.report).toMatchObject({ articles: 1, remaining: 1 });
    expect(column(again.sources, "Processed")[1]).toBe("");
  });

  it("fetches a URL row's page when its text was never taken, and records a failed fetch", () => {
    const out = run(sourcesTable(["https://news.kz/1", "https://news.kz/404"]), emptyPartnerships(), {
      fetchPage: (url) =>
        url.endsWith("404")
          ? { error: "HTTP 404" }
          : { title: "Signing", date: "2025-01-02", text: "KazNU | Wuhan University" },
    });
    expect(column(out.sources, "Result")).toEqual(["1 partnership: P-000001", "Error: HTTP 404"]);
    expect(column(out.sources, "Page text")[0]).toBe("KazNU | Wuhan University");
    expect(column(out.sources, "Title")[0]).toBe("Signing");
  });
});

describe("Merge duplicates", () => {
  function twoReports(): Cell[][] {
    const out = run(
      sourcesTable([
        "KazNU | Wuhan University | memorandum | discussed | 2025-01-10",
        "KazNU | Wuhan University | memorandum | signed | 2025-03-12\nKazNU | Tsinghua University",
      ]),
      emptyPartnerships(),
    );
    return out.partnerships;
  }

  it("plans one row for the same pair and agreement from two sources, status forward, each step dated", () => {
    const rows = rowsOf(twoReports());
    const plan = planMerge(rows);
    expect(plan.groups).toHaveLength(1);
    const [group] = plan.groups;
    expect(group!.keepId).toBe("P-000001");
    expect(group!.dropIds).toEqual(["P-000002"]);
    expect(group!.merged).toMatchObject({
      status: "signed",
      date: "2025-03-12",
      sources: ["S-000001", "S-000002"],
      history: "discussed 2025-01-10; signed 2025-03-12",
    });
    const after = applyMerge(rows, plan);
    expect(after.map((r) => r.id)).toEqual(["P-000001", "P-000003"]);
    expect(planMerge(after).groups).toEqual([]);
  });

  it("keeps the reviewed row and the user's edits in it", () => {
    const table = twoReports();
    setCell(table, "P-000002", "Reviewed", true);
    setCell(table, "P-000002", "Summary", "My own words");
    const [group] = planMerge(rowsOf(table)).groups;
    expect(group!.keepId).toBe("P-000002");
    expect(group!.merged).toMatchObject({ summary: "My own words", reviewed: true, status: "signed" });
  });

  it("changes its fingerprint when the rows change", () => {
    const table = twoReports();
    const before = planMerge(rowsOf(table)).fingerprint;
    setCell(table, "P-000002", "Notes", "x");
    expect(planMerge(rowsOf(table)).fingerprint).not.toBe(before);
  });

  it("re-extracting a merged row's source never moves its status back", () => {
    const first = run(
      sourcesTable([
        "KazNU | Wuhan University | memorandum | discussed | 2025-01-10",
        "KazNU | Wuhan University | memorandum | signed | 2025-03-12",
      ]),
      emptyPartnerships(),
    );
    const rows = rowsOf(first.partnerships);
    const header = first.partnerships[0]!;
    const access = new RowAccess(headerMap(header), header.length);
    const mergedTable: Cell[][] = [
      header,
      ...applyMerge(rows, planMerge(rows)).map((row) => {
        const cells = access.blank();
        writePartnership(row, cells, access);
        return cells;
      }),
    ];
    // The first outlet's article is extracted again: it still only reports talks.
    const again = run(first.sources, mergedTable, { selected: new Set([0]) });
    const [row, ...rest] = rowsOf(again.partnerships);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ status: "signed", sources: ["S-000001", "S-000002"] });
  });

  it("points a source's Result at the row its partnership was merged into", () => {
    const renamed = new Map([["P-000002", "P-000001"]]);
    expect(renameIds("2 partnerships: P-000001, P-000002", renamed)).toBe("1 partnership: P-000001");
    expect(renameIds("1 partnership: P-000002 (no longer reported, kept: P-000009)", renamed)).toBe(
      "1 partnership: P-000001 (no longer reported, kept: P-000009)",
    );
    expect(renameIds("No partnership found", renamed)).toBe("No partnership found");
  });
});
