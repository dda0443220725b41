// Build summary where the platform refuses a chart type: Apps Script says "not all embedded chart types are
// currently supported" and names none, so each chart is made on its own, after the data, and the answer says
// which could not be made; the tables stay.
import { describe, expect, it } from "vitest";
import type { Harness, LoadOptions } from "../harness/index";
import { ARTICLES, load } from "./helpers";

function extracted(options: LoadOptions): Harness {
  const h = load(options);
  h.menu("Set up this spreadsheet");
  h.run("addArticles", [[ARTICLES.en, ARTICLES.ru, ARTICLES.kk].join("\n---\n")]);
  h.menu("Extract partnerships from new articles");
  return h;
}

const SUMMARY = "Summary rebuilt: 3 partnerships, 2 partner countries, 2 Kazakhstan institutions.";

describe("Build summary's charts", () => {
  it("makes every other chart when the geo chart is refused, says so, and keeps the tables", () => {
    const h = extracted({ charts: { unsupported: ["GEO"] } });
    expect(h.menu("Build summary")).toBe(
      `${SUMMARY} The chart "Partner countries" could not be made (Exception: Unsupported chart type: GEO); its table is on the sheet.`,
    );
    expect(h.sheet("Summary").charts.map((c) => c.data.type)).toEqual(["PIE", "BAR", "COLUMN", "BAR"]);
    expect(h.values("Summary").flat()).toEqual(expect.arrayContaining(["China", "CN", "Türkiye", "TR"]));
    expect(h.ui.alerts).toEqual([]);
  });

  it("keeps the tables when no chart at all can be made", () => {
    const h = extracted({ charts: { unsupported: ["GEO", "PIE", "BAR", "COLUMN"] } });
    const message = String(h.menu("Build summary"));
    expect(message).toMatch(
      /^Summary rebuilt: 3 partnerships, .* The charts "Partner countries", "Status", "Agreements", "By year" and "Kazakhstan institutions \(top\)" could not be made \(Exception: Unsupported chart type: GEO\); their tables are on the sheet\.$/,
    );
    expect(h.sheet("Summary").charts).toEqual([]);
    const flat = h.values("Summary").flat();
    expect(flat).toEqual(
      expect.arrayContaining(["Al-Farabi Kazakh National University", "Signed", "2025", "China"]),
    );
  });
});
