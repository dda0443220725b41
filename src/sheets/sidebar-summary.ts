// The sidebar's server side for the Summarize tab: counts and the brief for the selected rows or the whole
// sheet, and writing the brief into the Summary sheet's "Brief" row.
import { countryName } from "../core/api";
import { institutionNameIn } from "../core/directory/localName";
import { asText, type Cell, cellText, isoDay } from "../core/rows/cells";
import { SHEETS } from "../core/rows/columns";
import { readPartnership } from "../core/rows/partnership";
import { headerMap, RowAccess } from "../core/rows/table";
import type { Lang } from "../core/schema";
import { countBy } from "../core/stats/count";
import { writeBrief } from "../core/summary/brief";
import { briefInput, cleanFilter, countRows, matchesFilter } from "../core/summary/brief-scope";
import { BRIEF_LABELS, langOfLocale, SUMMARY_WORDS } from "../core/summary/sheet-words";
import { documentLock } from "./lock";
import { summarySheet } from "./setup";
import { selectedRowNumbers } from "./sidebar";
import { parseLang } from "./sidebar-edit";
import type { CountItem, InsertedBrief, SummaryFilter, SummaryView } from "./sidebar-types";
import { directoryForOneCall } from "./userDirectory";

// The Summary sheet's row that holds the brief: its label in column A (in the spreadsheet's language), the
// brief in B, the day it was inserted in C.
/** The longest brief we write (a cell holds 50,000 characters; a brief is a few sentences). */
const MAX_BRIEF = 5_000;

const record = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function nameIn(lang: Lang): (code: string) => string {
  return (code) => {
    if (!/^[A-Z]{2}$/.test(code)) return code;
    try {
      return countryName(code, lang);
    } catch {
      return code;
    }
  };
}

/** Sidebar: counts, timeline and brief for the selection or every row, filtered. */
export function sidebarSummary(request: unknown): SummaryView {
  const r = record(request);
  const lang = parseLang(r.lang);
  const by = r.by === "year" ? "year" : "month";
  const filter: SummaryFilter = cleanFilter(record(r.filter));
  const name = nameIn(lang);
  const userDirectory = directoryForOneCall();
  const institution = (kz: string) => (lang === "en" ? kz : institutionNameIn(kz, lang, userDirectory()));

  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEETS.partnerships);
  const lastRow = sheet?.getLastRow() ?? 0;
  const width = sheet?.getLastColumn() ?? 0;
  const values =
    sheet && lastRow > 1 && width > 0 ? (sheet.getRange(1, 1, lastRow, width).getValues() as Cell[][]) : [];
  const access = new RowAccess(headerMap(values[0] ?? []), width);
  let numbers = values.map((_, i) => i + 1).slice(1);
  if (r.scope === "selection") {
    const selection = selectedRowNumbers();
    numbers = selection.sheet.getName() === SHEETS.partnerships ? selection.rows : [];
  }
  const inScope = numbers
    .map((n) => values[n - 1])
    .filter((cells): cells is Cell[] => cells?.some((c) => cellText(c) !== "") === true)
    .map((cells) => readPartnership(cells, access));
  const rows = inScope.filter((row) => matchesFilter(row, filter));
  const counts = countRows(rows, by);
  const labelled = (items: { key: string; count: number }[], label = (k: string) => k): CountItem[] =>
    items.map((i) => ({ key: i.key, label: label(i.key), count: i.count }));
  return {
    inScope: inScope.length,
    total: counts.total,
    // Equal counts in the order of the names the reader sees, as the brief lists them.
    countries: labelled(counts.countries, name).sort(
      (a, b) => b.count - a.count || a.label.localeCompare(b.label),
    ),
    institutions: labelled(counts.institutions, institution),
    agreements: labelled(counts.agreements),
    statuses: labelled(counts.statuses),
    timeline: labelled(counts.timeline),
    undated: counts.undated,
    brief: writeBrief(briefInput(rows, counts, filter, name, institution), lang),
    options: {
      countries: labelled(
        countBy(inScope, (row) => row.country.toUpperCase()),
        name,
      ).sort((a, b) => a.label.localeCompare(b.label)),
      institutions: labelled(
        countBy(inScope, (row) => row.kz),
        institution,
      ).sort((a, b) => a.label.localeCompare(b.label)),
    },
  };
}

/** Sidebar: writes the brief into the Summary sheet's "Brief" row (created at the end when missing). */
export function sidebarInsertBrief(text: unknown): InsertedBrief {
  const brief = typeof text === "string" ? text.trim() : "";
  if (brief === "") throw new Error("There is no brief to insert yet.");
  if (brief.length > MAX_BRIEF) throw new Error(`A brief can be at most ${MAX_BRIEF} characters long.`);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lock = documentLock();
  if (!lock.tryLock(10_000)) throw new Error("Another change is being saved; try again in a moment.");
  try {
    // Seriktes's own summary sheet: a user's own sheet that happens to be called "Summary" is never written.
    const sheet = summarySheet(spreadsheet, true);
    if (!sheet)
      throw new Error("No summary sheet of Seriktes could be made: rename your own “Summary” sheets.");
    const lastRow = sheet.getLastRow();
    const labels = lastRow > 0 ? sheet.getRange(1, 1, lastRow, 1).getValues() : [];
    const found = labels.findIndex((cells) => BRIEF_LABELS.includes(cellText(cells[0] as Cell)));
    const label = SUMMARY_WORDS[langOfLocale(spreadsheet.getSpreadsheetLocale())].brief;
    // A new Brief row leaves one blank row below whatever the Summary sheet already holds.
    const row = found >= 0 ? found + 1 : lastRow === 0 ? 1 : lastRow + 2;
    sheet.getRange(row, 1, 1, 3).setValues([[label, asText(brief), asText(isoDay(new Date()))]]);
    return { sheet: sheet.getName(), cell: `B${row}` };
  } finally {
    lock.releaseLock();
  }
}
