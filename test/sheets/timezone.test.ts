// Dates typed in cells, read in the spreadsheet's time zone. Sheets hands a typed date over as the instant of
// its midnight in the spreadsheet's zone; the script runs in its own (Asia/Almaty, appsscript.json), so a day
// read in the script's zone is a day early in Tokyo. "Today" is also the spreadsheet's day: in New York it is
// still yesterday when Almaty's morning has begun.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { PARTNERSHIP_HEADERS } from "../../src/core/rows/columns";
import { rowOf, sidebarWorkbook } from "../browser/sidebar-workbook";
import { type Harness, type LoadOptions, loadBundle, type RunResult } from "../harness";

const col = (header: (typeof PARTNERSHIP_HEADERS)[number]) => PARTNERSHIP_HEADERS.indexOf(header);

function load(options: LoadOptions): Harness {
  const h = loadBundle({ workbook: sidebarWorkbook(), activeSheet: "Partnerships", ...options });
  h.open();
  return h;
}

function value(result: RunResult): Record<string, unknown> {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Record<string, unknown>;
}

describe("Dates in a spreadsheet whose time zone is not the script's", () => {
  it("in Asia/Tokyo: the sidebar and the Summary read the day the cell shows", () => {
    const h = load({ spreadsheet: { timeZone: "Asia/Tokyo" } });
    const row = rowOf("P-000001");
    // The user types the date: Sheets keeps it as a date, midnight in Tokyo.
    h.put(`Partnerships!B${row}`, [["2025-02-19"]]);
    expect(h.cell(`Partnerships!B${row}`).display).toBe("2/19/2025");
    h.select(`Partnerships!A${row}`);
    const one = value(h.run("sidebarSelection", ["en"])).one as Record<string, unknown>;
    expect(one.date).toBe("2025-02-19");

    // New Year's Day typed in Tokyo counts in the new year.
    h.put(`Partnerships!B${row}`, [["2025-01-01"]]);
    h.select(`Partnerships!A${row}`);
    expect((value(h.run("sidebarSelection", ["en"])).one as Record<string, unknown>).date).toBe("2025-01-01");
    h.menu("Build summary");
    const summary = h.values("Summary");
    const at = summary.findIndex((r) => r.includes("By year"));
    const c = summary[at]!.indexOf("By year");
    const years = summary
      .slice(at + 2)
      .filter((r) => r[c] !== "")
      .map((r) => [r[c], r[c + 1]]);
    // The workbook's other rows are text; P-000001 now counts in 2025 with them.
    const dates = (sidebarWorkbook().Partnerships ?? []).slice(1).map((r) => String(r[col("Date")]));
    const in2025 = dates.filter((d, i) => i === row - 2 || d.includes("2025-")).length;
    expect(years).toEqual([
      ["2024", dates.length - in2025],
      ["2025", in2025],
    ]);
  });

  it("in America/New_York: a status set in the sidebar is dated the spreadsheet's today", () => {
    // 02:00 UTC on 3 March: 07:00 on the 3rd in Almaty, 21:00 on the 2nd in New York.
    const h = load({
      spreadsheet: { timeZone: "America/New_York" },
      clock: { start: "2025-03-03T02:00:00Z" },
    });
    const row = rowOf("P-000001");
    h.put(`Partnerships!B${row}`, [["2025-02-19"]]);
    h.select(`Partnerships!A${row}`);
    const one = value(h.run("sidebarSelection", ["en"])).one as Record<string, unknown>;
    expect(one.date).toBe("2025-02-19");
    value(
      h.run("sidebarEdit", [
        {
          targets: [{ row, key: one.key }],
          edit: { kind: "set", column: "status", value: "launched" },
          lang: "en",
        },
      ]),
    );
    expect(String(h.values("Partnerships")[row - 1]?.[col("History")])).toContain("launched 2025-03-02");
  });

  it("reads thousands of different dates with one service call, or through Utilities where Intl lacks the zone", () => {
    const days = Array.from({ length: 300 }, (_, i) =>
      new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    );
    for (const intl of [true, false]) {
      const h = load({ spreadsheet: { timeZone: "Asia/Tokyo" } });
      if (!intl)
        vm.runInContext("Intl.DateTimeFormat = function () { throw new RangeError('no zone'); };", h.context);
      const first = rowOf("P-000001");
      h.put(
        `Partnerships!B${first}`,
        days.map((d) => [d]),
      );
      h.select(`Partnerships!A${first}:A${first + 8}`);
      h.counters.reset();
      const many = value(h.run("sidebarSelection", ["en"])).many as { rows: number[] };
      expect(many.rows).toHaveLength(9);
      h.menu("Build summary");
      const calls = h.counters.count("Utilities.formatDate");
      // With Intl: one check of the first date in each of the two runs, and the Summary's own stamp.
      if (intl) expect(calls).toBe(3);
      else expect(calls).toBeGreaterThanOrEqual(9);
      h.select(`Partnerships!A${first}`);
      expect((value(h.run("sidebarSelection", ["en"])).one as Record<string, unknown>).date).toBe(days[0]);
    }
  });
});
