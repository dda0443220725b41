import { describe, expect, it } from "vitest";
import type { PartnershipRow } from "../../src/core/rows/partnership";
import { summaryCounts } from "../../src/core/stats/partnerships";

const row = (over: Partial<PartnershipRow>): PartnershipRow => ({
  id: "P-000001",
  date: "",
  kz: "KazNU",
  partner: "Wuhan University",
  country: "CN",
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

describe("counts for the Summary sheet", () => {
  const counts = summaryCounts([
    row({ country: "CN", date: "2023-11-02", fields: ["it", "ai"], status: "discussed" }),
    row({ country: "cn", date: "2025-01", fields: ["it"] }),
    row({ country: "GB", date: "2025", kz: "Satbayev University", agreement: "joint_program" }),
    row({ country: "", date: "" }),
    row({ kz: "", partner: "", country: "", agreement: "", status: "" }),
  ]);
  it("counts by country, institution, agreement, status and field, most frequent first", () => {
    expect(counts.countries).toEqual([
      { key: "CN", count: 2 },
      { key: "GB", count: 1 },
    ]);
    expect(counts.institutions).toEqual([
      { key: "KazNU", count: 3 },
      { key: "Satbayev University", count: 1 },
    ]);
    expect(counts.agreements[0]).toEqual({ key: "memorandum", count: 3 });
    expect(counts.statuses).toEqual([
      { key: "signed", count: 3 },
      { key: "discussed", count: 1 },
    ]);
    expect(counts.fields).toEqual([
      { key: "it", count: 2 },
      { key: "ai", count: 1 },
    ]);
  });
  it("counts years oldest first with empty years shown, and leaves blank rows out", () => {
    expect(counts.years).toEqual([
      { key: "2023", count: 1 },
      { key: "2024", count: 0 },
      { key: "2025", count: 2 },
    ]);
    expect(counts.undated).toBe(1);
    expect(counts.total).toBe(4);
  });
});
