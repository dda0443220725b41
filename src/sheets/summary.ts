// "Build summary": the Summary sheet, rebuilt from the Partnerships rows each time: counts by partner country,
// Kazakhstan institution, agreement type, status, year and field, with native charts (a geo chart of partner
// countries among them). Only the Summary sheet is written; its "Brief" row (the sidebar's) is kept.
import { countryName } from "../core/api";
import { type Cell, cellText, toWritten } from "../core/rows/cells";
import { PARTNERSHIP_HEADERS, SHEETS } from "../core/rows/columns";
import { readPartnership } from "../core/rows/partnership";
import { headerMap, RowAccess } from "../core/rows/table";
import type { Count } from "../core/stats/count";
import { summaryCounts } from "../core/stats/partnerships";
import { SUMMARY_TITLE, summarySheet } from "./setup";
import { filledRows, readSheet } from "./tableIo";
import { alert, errorText, plural, type TellResult, toast } from "./tell";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const BRIEF_LABEL = "Brief";
const TABLE_ROW = 4;
/** Institutions and fields shown in their charts (the tables list them all). */
const CHART_TOP = 12;

interface Table {
  title: string;
  /** Column headers; the last column is the count. */
  header: string[];
  rows: Cell[][];
}

function safeCountryName(code: string): string {
  try {
    return countryName(code, "en");
  } catch {
    return code;
  }
}

function table(title: string, label: string, counts: readonly Count[]): Table {
  return { title, header: [label, "Partnerships"], rows: counts.map((c) => [c.key, c.count]) };
}

/** The sheet's cells: title, the Brief row, then the tables side by side with a blank column between. */
function layout(
  tables: readonly Table[],
  title: Cell[],
  brief: Cell[],
): { grid: Cell[][]; columns: number[] } {
  const columns: number[] = [];
  let width = 0;
  for (const t of tables) {
    columns.push(width);
    width += t.header.length + 1;
  }
  width = Math.max(width - 1, 3);
  const height = TABLE_ROW + 1 + Math.max(0, ...tables.map((t) => t.rows.length));
  const grid: Cell[][] = Array.from({ length: height }, () => new Array<Cell>(width).fill(""));
  title.forEach((v, i) => {
    grid[0]![i] = v;
  });
  brief.forEach((v, i) => {
    grid[1]![i] = v;
  });
  tables.forEach((t, k) => {
    const c = columns[k]!;
    grid[TABLE_ROW - 2]![c] = t.title;
    t.header.forEach((h, i) => {
      grid[TABLE_ROW - 1]![c + i] = h;
    });
    t.rows.forEach((row, r) => {
      row.forEach((v, i) => {
        grid[TABLE_ROW + r]![c + i] = v;
      });
    });
  });
  return { grid, columns };
}

function readBrief(sheet: Sheet): Cell[] {
  if (sheet.getLastRow() === 0) return [BRIEF_LABEL, "", ""];
  const values = sheet.getDataRange().getValues() as Cell[][];
  const row = values.find((r) => cellText(r[0]) === BRIEF_LABEL);
  return [BRIEF_LABEL, row?.[1] ?? "", row?.[2] ?? ""];
}

function addChart(
  sheet: Sheet,
  type: GoogleAppsScript.Charts.ChartType,
  range: GoogleAppsScript.Spreadsheet.Range,
  at: { row: number; column: number },
  title: string,
): void {
  const chart = sheet
    .newChart()
    .setChartType(type)
    .addRange(range)
    .setPosition(at.row, at.column, 0, 0)
    .setOption("title", title)
    .setOption("legend", { position: "none" })
    .build();
  sheet.insertChart(chart);
}

/** Menu: Build summary. */
export function buildSummary(): TellResult {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { table: data } = readSheet(SHEETS.partnerships, PARTNERSHIP_HEADERS);
    const header = data.values[0] ?? [];
    const access = new RowAccess(headerMap(header), header.length);
    const rows = filledRows(data.values).map((cells) => readPartnership(cells, access));
    const counts = summaryCounts(rows);
    const sheet = summarySheet(ss, true);
    if (!sheet) throw new Error("there is no sheet to write the summary in");

    const brief = readBrief(sheet);
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.clear();

    const countries: Table = {
      title: "By partner country",
      header: ["Country", "Code", "Partnerships"],
      rows: counts.countries.map((c) => [safeCountryName(c.key), c.key, c.count]),
    };
    const tables: Table[] = [
      countries,
      table("By Kazakhstan institution", "Institution", counts.institutions),
      table("By agreement", "Agreement", counts.agreements),
      table("By status", "Status", counts.statuses),
      table("By year", "Year", counts.years),
      table("By field", "Field", counts.fields),
    ];
    const stamp = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), "yyyy-MM-dd HH:mm");
    const titleRow: Cell[] = [
      SUMMARY_TITLE,
      `Built ${stamp} from ${plural(counts.total, "partnership")}${counts.undated > 0 ? ` (${counts.undated} without a year)` : ""}. Rebuilt each time: edit the Partnerships sheet, not this one.`,
    ];
    const { grid, columns } = layout(tables, titleRow, brief);
    sheet.getRange(1, 1, grid.length, grid[0]!.length).setValues(grid.map((row) => row.map(toWritten)));
    sheet.getRange(1, 1).setFontWeight("bold").setFontSize(14);
    sheet.getRange(TABLE_ROW - 1, 1, 2, grid[0]!.length).setFontWeight("bold");

    if (counts.total > 0) {
      const chartRow = TABLE_ROW + 2 + Math.min(20, Math.max(0, ...tables.map((t) => t.rows.length)));
      const range = (k: number, first: number, n: number, width = 2) =>
        sheet.getRange(TABLE_ROW, columns[k]! + 1 + first, Math.max(1, n) + 1, width);
      const C = Charts.ChartType;
      if (countries.rows.length > 0) {
        addChart(
          sheet,
          C.GEO,
          range(0, 1, countries.rows.length),
          { row: chartRow, column: 1 },
          "Partner countries",
        );
      }
      addChart(sheet, C.PIE, range(3, 0, tables[3]!.rows.length), { row: chartRow, column: 8 }, "Status");
      addChart(
        sheet,
        C.BAR,
        range(2, 0, tables[2]!.rows.length),
        { row: chartRow + 20, column: 1 },
        "Agreements",
      );
      addChart(
        sheet,
        C.COLUMN,
        range(4, 0, tables[4]!.rows.length),
        { row: chartRow + 20, column: 8 },
        "By year",
      );
      addChart(
        sheet,
        C.BAR,
        range(1, 0, Math.min(CHART_TOP, tables[1]!.rows.length)),
        { row: chartRow + 40, column: 1 },
        "Kazakhstan institutions (top)",
      );
    }
    const message =
      counts.total === 0
        ? `The ${sheet.getName()} sheet is ready, but there are no partnerships yet: run Extract partnerships first.`
        : `${sheet.getName()} rebuilt: ${plural(counts.total, "partnership")}, ${plural(counts.countries.length, "partner country", "partner countries")}, ${plural(counts.institutions.length, "Kazakhstan institution")}.`;
    toast(message);
    return message;
  } catch (error) {
    const message = `Could not build the summary: ${errorText(error)}.`;
    alert(message);
    return message;
  }
}
