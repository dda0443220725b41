import { describe, expect, it } from "vitest";
import type { PartnershipRow } from "../../src/core/rows/partnership";
import { countBy, timeline } from "../../src/core/stats/count";
import { briefPeriod, cleanFilter, matchesFilter } from "../../src/core/summary/brief-scope";

const row = (over: Partial<PartnershipRow>): PartnershipRow => ({
  id: "P-000001",
  date: "2025-02-19",
  kz: "Satbayev University",
  partner: "Technical University of Munich",
  country: "DE",
  partnerType: "university",
  agreement: "memorandum",
  status: "signed",
  fields: [],
  tags: [],
  summary: "",
  sources: [],
  reviewed: false,
  check: "",
  notes: "",
  history: "",
  extracted: null,
  ...over,
});

describe("counting rows", () => {
  it("counts each key once per row, largest first, blanks left out", () => {
    const rows = [row({ fields: ["ai", "it", "ai"] }), row({ fields: ["it"] }), row({ fields: [] })];
    expect(countBy(rows, (r) => r.fields)).toEqual([
      { key: "it", count: 2 },
      { key: "ai", count: 1 },
    ]);
    expect(countBy([row({ country: "" }), row({})], (r) => r.country)).toEqual([{ key: "DE", count: 1 }]);
  });

  it("lays a timeline out month by month, zeros included, and counts what it can't place", () => {
    const rows = ["2024-11-30", "2025-02", "2025-02-01", "2025", ""].map((date) => row({ date }));
    expect(timeline(rows, (r) => r.date, "month")).toEqual({
      buckets: [
        { key: "2024-11", count: 1 },
        { key: "2024-12", count: 0 },
        { key: "2025-01", count: 0 },
        { key: "2025-02", count: 2 },
      ],
      undated: 2,
    });
    expect(timeline(rows, (r) => r.date, "year").buckets).toEqual([
      { key: "2024", count: 1 },
      { key: "2025", count: 3 },
    ]);
  });

  it("doesn't fill decades of empty months for a stray old date", () => {
    const line = timeline([row({ date: "1900-01" }), row({ date: "2025-01" })], (r) => r.date, "month");
    expect(line.buckets).toEqual([
      { key: "1900-01", count: 1 },
      { key: "2025-01", count: 1 },
    ]);
  });
});

describe("the summary's filter", () => {
  it("drops blank and malformed parts and orders the period", () => {
    expect(cleanFilter({ country: " cn ", kz: "", from: "2025-13", to: "2024" })).toEqual({
      country: "CN",
      to: "2024",
    });
    expect(cleanFilter({ from: "2025-03", to: "2024" })).toEqual({ from: "2024", to: "2025-03" });
  });

  it("compares periods at the filter's precision and leaves undated rows out of any period", () => {
    const march = row({ date: "2025-03-14" });
    expect(matchesFilter(march, { from: "2025-03", to: "2025" })).toBe(true);
    expect(matchesFilter(march, { to: "2025-02" })).toBe(false);
    expect(matchesFilter(row({ date: "" }), { from: "2020" })).toBe(false);
    expect(matchesFilter(row({ date: "" }), { country: "de", kz: "SATBAYEV UNIVERSITY" })).toBe(true);
  });

  it("speaks of the filter's period, else the years of the rows' dates", () => {
    const rows = [row({ date: "2023-05-01" }), row({ date: "2025-01" }), row({ date: "" })];
    expect(briefPeriod(rows, {})).toEqual({ from: "2023", to: "2025" });
    expect(briefPeriod(rows, { from: "2024-06" })).toEqual({ from: "2024-06", to: "2025" });
    expect(briefPeriod([row({ date: "" })], {})).toBeNull();
  });
});
