import { describe, expect, it } from "vitest";
import type { Harness } from "../harness/index";
import { ARTICLES, load } from "./helpers";

function extracted(): Harness {
  const h = load({ workbook: { "My notes": [["Ideas"], ["=1+1"]] } });
  h.menu("Set up this spreadsheet");
  h.run("addArticles", [[ARTICLES.en, ARTICLES.ru, ARTICLES.kk].join("\n---\n")]);
  h.menu("Extract partnerships from new articles");
  return h;
}

/** The table under a title in the Summary sheet, as [label, ..., count] rows. */
function tableUnder(h: Harness, title: string): unknown[][] {
  const values = h.values("Summary");
  for (let r = 0; r < values.length; r++) {
    const c = values[r]!.indexOf(title);
    if (c < 0) continue;
    const width = values[r + 1]!.slice(c).indexOf("");
    const out: unknown[][] = [];
    for (let k = r + 2; k < values.length && values[k]![c] !== ""; k++) {
      out.push(values[k]!.slice(c, c + (width < 0 ? 3 : width)));
    }
    return out;
  }
  throw new Error(`no table "${title}"`);
}

describe("Build summary", () => {
  it("counts by country, institution, agreement, status and year, with a geo chart of partner countries", () => {
    const h = extracted();
    const message = h.menu("Build summary");
    expect(message).toBe("Summary rebuilt: 3 partnerships, 2 partner countries, 2 Kazakhstan institutions.");
    expect(tableUnder(h, "By partner country")).toEqual([
      ["China", "CN", 2],
      ["Türkiye", "TR", 1],
    ]);
    expect(tableUnder(h, "By Kazakhstan institution")).toEqual([
      ["Al-Farabi Kazakh National University", 2],
      ["L.N. Gumilyov Eurasian National University", 1],
    ]);
    expect(tableUnder(h, "By agreement")).toEqual([
      ["memorandum", 2],
      ["academic_mobility", 1],
    ]);
    expect(tableUnder(h, "By status")).toEqual([["signed", 3]]);
    expect(tableUnder(h, "By year")).toEqual([["2025", 3]]);
    const charts = h.sheet("Summary").charts.map((c) => c.data);
    expect(charts.map((c) => c.type)).toEqual(["GEO", "PIE", "BAR", "COLUMN", "BAR"]);
    // The geo chart reads the country codes and counts.
    expect(charts[0]!.ranges.map((r) => r.getA1Notation())).toEqual(["B4:C6"]);
  });

  it("rebuilds from the data each time, keeps the sidebar's brief, and touches no other sheet", () => {
    const h = extracted();
    h.menu("Build summary");
    const brief = h.run("sidebarInsertBrief", ["Three partnerships this spring."]);
    expect(brief.ok).toBe(true);
    const notes = { values: h.values("My notes"), formulas: h.formulas("My notes") };
    const partnerships = h.values("Partnerships");
    h.menu("Build summary");
    const first = h.values("Summary");
    h.menu("Build summary");
    expect(h.values("Summary").slice(2)).toEqual(first.slice(2));
    expect(h.sheet("Summary").charts).toHaveLength(5);
    expect(h.values("Summary")[1]!.slice(0, 2)).toEqual(["Brief", "Three partnerships this spring."]);
    expect({ values: h.values("My notes"), formulas: h.formulas("My notes") }).toEqual(notes);
    expect(h.values("Partnerships")).toEqual(partnerships);
  });

  it("says what to do when there is nothing to count yet", () => {
    const h = load();
    h.menu("Set up this spreadsheet");
    expect(h.menu("Build summary")).toBe(
      "The Summary sheet is ready, but there are no partnerships yet: run Extract partnerships first.",
    );
    expect(h.sheet("Summary").charts).toEqual([]);
  });
});
