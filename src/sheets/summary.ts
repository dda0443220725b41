// "Build summary": the Summary sheet, rebuilt from the Partnerships rows each time: counts by partner country,
// Kazakhstan institution, agreement type, status, year and field, with native charts (a geo chart of partner
// countries among them). Only the Summary sheet is written. Its words, names and labels are in the
// spreadsheet's language (its locale: en, ru or kk), and its Brief row holds the written brief of every row,
// unless the sidebar's Insert put one there, which is kept.
import { countryName } from "../core/api";
import { institutionNameIn } from "../core/directory/localName";
import { AGREEMENT_LABELS, FIELD_LABELS, STATUS_LABELS, valueLabel } from "../core/labels";
import { type Cell, cellText, toWritten } from "../core/rows/cells";
import { PARTNERSHIP_HEADERS, SHEETS } from "../core/rows/columns";
import { readPartnership } from "../core/rows/partnership";
import { headerMap, RowAccess } from "../core/rows/table";
import type { Lang } from "../core/schema";
import type { Count } from "../core/stats/count";
import { summaryCounts } from "../core/stats/partnerships";
import { writeBrief } from "../core/summary/brief";
import { briefInput, countRows } from "../core/summary/brief-scope";
import { BRIEF_LABELS, langOfLocale, SUMMARY_WORDS, type SummaryWords } from "../core/summary/sheet-words";
import { summarySheet } from "./setup";
import { filledRows, readSheet } from "./tableIo";
import { alert, errorText, plural, type TellResult, toast } from "./tell";
import { directoryForOneCall } from "./userDirectory";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TABLE_ROW = 4;
/** Institutions and fields shown in their charts (the tables list them all). */
const CHART_TOP = 12;

interface Table {
  title: string;
  /** Column headers; the last column is the count. */
  header: string[];
  rows: Cell[][];
}

function safeCountryName(code: string, lang: Lang): string {
  try {
    return countryName(code, lang);
  } catch {
    return code;
  }
}

function table(
  title: string,
  header: [string, string],
  counts: readonly Count[],
  label: (key: string) => string = (k) => k,
): Table {
  return { title, header, rows: counts.map((c) => [label(c.key), c.count]) };
}

/** A field cell holds several fields ("ai, mining"): each is labelled. */
const fieldsLabel = (lang: Lang) => (key: string) =>
  key
    .split(",")
    .map((f) => valueLabel(FIELD_LABELS[lang], f.trim()))
    .join(", ");

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

/**
 * The Brief row to write: the sidebar's brief when the user inserted one (its third cell is the day it was
 * written), else the brief of every row, written now and marked as Build summary's own.
 */
function briefRow(sheet: Sheet, words: SummaryWords, brief: string): Cell[] {
  const ours = [words.brief, brief, words.briefSource];
  if (sheet.getLastRow() === 0) return ours;
  const values = sheet.getDataRange().getValues() as Cell[][];
  const row = values.find((r) => BRIEF_LABELS.includes(cellText(r[0])));
  const text = cellText(row?.[1]);
  const source = cellText(row?.[2]);
  const fromBuild = Object.values(SUMMARY_WORDS).some((w) => w.briefSource === source);
  if (!row || text === "" || fromBuild) return ours;
  return [words.brief, text, source];
}

interface ChartSpec {
  type: GoogleAppsScript.Charts.ChartType;
  range: GoogleAppsScript.Spreadsheet.Range;
  at: { row: number; column: number };
  title: string;
}

/**
 * Makes one chart; returns why it could not be made, or null. Apps Script does not support every embedded
 * chart type (which ones, it does not say): a chart refused must not take the others, or the tables, along.
 */
function addChart(sheet: Sheet, spec: ChartSpec): string | null {
  try {
    const chart = sheet
      .newChart()
      .setChartType(spec.type)
      .addRange(spec.range)
      .setPosition(spec.at.row, spec.at.column, 0, 0)
      .setOption("title", spec.title)
      .setOption("legend", { position: "none" })
      .build();
    sheet.insertChart(chart);
    return null;
  } catch (error) {
    return errorText(error);
  }
}

/** The sentence naming the charts that could not be made, and the first reason. */
function chartsNotMade(failed: readonly { title: string; reason: string }[]): string {
  if (failed.length === 0) return "";
  const titles = failed.map((f) => `"${f.title}"`);
  const list = titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`;
  const one = failed.length === 1;
  return ` The chart${one ? "" : "s"} ${list} could not be made (${failed[0]!.reason}); ${one ? "its table is" : "their tables are"} on the sheet.`;
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
    const lang = langOfLocale(ss.getSpreadsheetLocale());
    const words = SUMMARY_WORDS[lang];
    const userDirectory = directoryForOneCall();
    const institution = (name: string) =>
      lang === "en" ? name : institutionNameIn(name, lang, userDirectory());
    const sheet = summarySheet(ss, true);
    if (!sheet) throw new Error("there is no sheet to write the summary in");

    const counted = rows.filter((r) => r.kz !== "" || r.partner !== "");
    const everything = countRows(counted, "month");
    const brief = briefRow(
      sheet,
      words,
      writeBrief(
        briefInput(counted, everything, {}, (code) => safeCountryName(code, lang), institution),
        lang,
      ),
    );
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.clear();

    const h = words.headers;
    const countries: Table = {
      title: words.tables.countries,
      header: [h.country, h.code, h.count],
      rows: counts.countries.map((c) => [safeCountryName(c.key, lang), c.key, c.count]),
    };
    const tables: Table[] = [
      countries,
      table(words.tables.institutions, [h.institution, h.count], counts.institutions, institution),
      table(words.tables.agreements, [h.agreement, h.count], counts.agreements, (k) =>
        valueLabel(AGREEMENT_LABELS[lang], k),
      ),
      table(words.tables.statuses, [h.status, h.count], counts.statuses, (k) =>
        valueLabel(STATUS_LABELS[lang], k),
      ),
      table(words.tables.years, [h.year, h.count], counts.years),
      table(words.tables.fields, [h.field, h.count], counts.fields, fieldsLabel(lang)),
    ];
    const stamp = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), "yyyy-MM-dd HH:mm");
    const titleRow: Cell[] = [words.title, words.built(stamp, counts.total, counts.undated)];
    const { grid, columns } = layout(tables, titleRow, brief);
    sheet.getRange(1, 1, grid.length, grid[0]!.length).setValues(grid.map((row) => row.map(toWritten)));
    sheet.getRange(1, 1).setFontWeight("bold").setFontSize(14);
    sheet.getRange(TABLE_ROW - 1, 1, 2, grid[0]!.length).setFontWeight("bold");

    const failed: { title: string; reason: string }[] = [];
    if (counts.total > 0) {
      // The tables are written before any chart is tried: a chart that fails leaves them whole.
      SpreadsheetApp.flush();
      const chartRow = TABLE_ROW + 2 + Math.min(20, Math.max(0, ...tables.map((t) => t.rows.length)));
      const range = (k: number, first: number, n: number, width = 2) =>
        sheet.getRange(TABLE_ROW, columns[k]! + 1 + first, Math.max(1, n) + 1, width);
      const C = Charts.ChartType;
      const specs: ChartSpec[] = [
        {
          type: C.PIE,
          range: range(3, 0, tables[3]!.rows.length),
          at: { row: chartRow, column: 8 },
          title: words.charts.statuses,
        },
        {
          type: C.BAR,
          range: range(2, 0, tables[2]!.rows.length),
          at: { row: chartRow + 20, column: 1 },
          title: words.charts.agreements,
        },
        {
          type: C.COLUMN,
          range: range(4, 0, tables[4]!.rows.length),
          at: { row: chartRow + 20, column: 8 },
          title: words.charts.years,
        },
        {
          type: C.BAR,
          range: range(1, 0, Math.min(CHART_TOP, tables[1]!.rows.length)),
          at: { row: chartRow + 40, column: 1 },
          title: words.charts.institutions,
        },
      ];
      if (countries.rows.length > 0) {
        specs.unshift({
          type: C.GEO,
          range: range(0, 1, countries.rows.length),
          at: { row: chartRow, column: 1 },
          title: words.charts.countries,
        });
      }
      for (const spec of specs) {
        const reason = addChart(sheet, spec);
        if (reason !== null) failed.push({ title: spec.title, reason });
      }
    }
    const message =
      counts.total === 0
        ? `The ${sheet.getName()} sheet is ready, but there are no partnerships yet: run Extract partnerships first.`
        : `${sheet.getName()} rebuilt: ${plural(counts.total, "partnership")}, ${plural(counts.countries.length, "partner country", "partner countries")}, ${plural(counts.institutions.length, "Kazakhstan institution")}.${chartsNotMade(failed)}`;
    toast(message);
    return message;
  } catch (error) {
    const message = `Could not build the summary: ${errorText(error)}.`;
    alert(message);
    return message;
  }
}
