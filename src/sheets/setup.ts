// "Set up this spreadsheet": creates the Sources, Partnerships, Directory and Summary sheets, or repairs them
// (a missing header is added at the end, the user's own columns and every row stay). Running it twice gives
// the same sheets.

import en from "i18n-iso-countries/langs/en.json";
import { asText, type Cell, cellText } from "../core/rows/cells";
import {
  DIRECTORY_HEADERS,
  FEED_HEADERS,
  PARTNERSHIP_HEADERS,
  SHEETS,
  SOURCE_HEADERS,
} from "../core/rows/columns";
import { canonicalHeader, headerMap, missingHeaders } from "../core/rows/table";
import { AGREEMENTS, LANGUAGES, PARTNER_TYPES, STATUSES, type Status } from "../core/schema";
import { SUMMARY_TITLES, SUMMARY_WORDS } from "../core/summary/sheet-words";
import { createSheet, findSheet, markColumns, markedColumns, markedSheets, markSheet } from "./markers";
import { errorText, type TellResult, toast } from "./tell";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = "#1f3b57";
const HEADER_FONT = "#ffffff";
/** Status colours, faint to strong as a partnership moves forward. */
export const STATUS_COLOURS: Record<Status, string> = {
  discussed: "#fff2cc",
  planned: "#cfe2f3",
  signed: "#d9ead3",
  launched: "#93c47d",
};
export const SUMMARY_TITLE = SUMMARY_WORDS.en.title;
/** The Sources sheet's Processed column: an ISO date and time. */
export const PROCESSED_FORMAT = "yyyy-mm-dd hh:mm";

const COUNTRY_CODES = Object.keys(en.countries).sort();

interface SheetSpec {
  name: string;
  headers: readonly string[];
  hidden: readonly string[];
  widths: Partial<Record<string, number>>;
  notes: Partial<Record<string, string>>;
}

const SPECS: readonly SheetSpec[] = [
  {
    name: SHEETS.sources,
    headers: SOURCE_HEADERS,
    hidden: ["Page text"],
    widths: { "Text or URL": 360, Title: 240, Result: 260 },
    notes: {
      "Text or URL":
        "One article a row: paste its text, or its URL (Partnerships › Add articles fetches the page).",
      Processed: "When Extract read the row. Clear it to have the next Extract read the row again.",
    },
  },
  {
    name: SHEETS.partnerships,
    headers: PARTNERSHIP_HEADERS,
    hidden: ["Extracted"],
    widths: { "Kazakhstan side": 220, Partner: 220, Summary: 320, Notes: 200 },
    notes: {
      Sources: "The IDs of the Sources rows (or links) reporting this partnership.",
      Reviewed: "Tick when you have checked the row: Extract never deletes a reviewed row.",
      History: "The date of each status step, e.g. discussed 2025-01-10; signed 2025-03-12.",
      Extracted: "What Seriktes extracted (kept so your edits are recognised and never overwritten).",
    },
  },
  {
    name: SHEETS.directory,
    headers: DIRECTORY_HEADERS,
    hidden: [],
    widths: { Name: 280, Aliases: 360 },
    notes: {
      Name: "Your own institutions: Extract and the formulas recognise them besides the built-in directory.",
      Aliases: 'Other names, separated by ";" (short forms, Russian and Kazakh names).',
      Country: "ISO code, e.g. KZ, CN, GB (KZ when blank).",
    },
  },
  {
    name: SHEETS.feeds,
    headers: FEED_HEADERS,
    hidden: ["Failures"],
    widths: { "Feed URL": 360, Outlet: 180, "Last result": 420 },
    notes: {
      "Feed URL":
        "One feed a row: the address of an RSS or Atom feed, or of a page listing news. Partnerships › Check feeds now reads each, and adds the news about partnerships to Sources.",
      Language: "en, ru or kk: given to the articles it brings (blank: detected from each article).",
      Active:
        "Untick to stop checking a feed. Blank counts as ticked. A feed that fails five checks in a row is unticked for you.",
      "Last result": "What the last check found, or why it failed.",
    },
  },
];

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Markers = ReturnType<typeof markedSheets>;

/** A Summary sheet without our marker is ours only if it is empty or an older Seriktes wrote its title. */
function oldSummary(sheet: Sheet): boolean {
  if (sheet.getLastRow() === 0) return true;
  return SUMMARY_TITLES.includes(cellText(sheet.getRange(1, 1).getValue() as Cell));
}

/**
 * Seriktes's sheet of this kind (`name` is its default name): the one our marker names, else an unmarked sheet
 * of that name made before markers existed (any for Sources, Partnerships and Directory, which Set up always
 * adopted and repaired; for Summary only an empty one or one bearing our title), marked on the way.
 */
export function ourSheet(ss: Spreadsheet, name: string, markers: Markers = markedSheets(ss)): Sheet | null {
  if (name !== SHEETS.summary) return findSheet(ss, name, () => true, markers);
  const found = findSheet(ss, name, oldSummary, markers);
  if (found) return found;
  // An older Seriktes put its summary here when the user had a Summary of their own.
  const older = ss.getSheetByName(`Seriktes ${name.toLowerCase()}`);
  if (!older || !oldSummary(older)) return null;
  markSheet(older, name);
  return older;
}

/** Our sheet of that kind, created when missing; `created` tells which. */
function sheetFor(ss: Spreadsheet, name: string, markers: Markers): { sheet: Sheet; created: boolean } {
  const found = ourSheet(ss, name, markers);
  return found ? { sheet: found, created: false } : { sheet: createSheet(ss, name), created: true };
}

function listRule(values: readonly string[], help: string): GoogleAppsScript.Spreadsheet.DataValidation {
  // allowInvalid: a value outside the list is flagged, not refused, so nothing a user types is lost.
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(true)
    .setHelpText(help)
    .build();
}

function columnRange(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(2, column, Math.max(1, sheet.getMaxRows() - 1), 1);
}

/**
 * Puts the header row right: each managed column found by its marker (or, unmarked, by its header), the
 * missing ones added at the end and marked, styled, frozen. Only the added cells are written, as text: the
 * user's own headers (a formula, a number typed as text) and a managed header they renamed stay as they are.
 */
function repairHeader(sheet: Sheet, spec: SheetSpec): { header: Cell[]; added: string[] } {
  const width = Math.max(1, sheet.getLastColumn());
  const current = sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[];
  const marked = markedColumns(sheet);
  const header = canonicalHeader(current, marked, spec.headers);
  while (header.length > 0 && cellText(header[header.length - 1]) === "") header.pop();
  const added = missingHeaders(header, spec.headers);
  const start = header.length;
  header.push(...added);
  if (header.length > sheet.getMaxColumns()) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
  }
  if (added.length > 0) sheet.getRange(1, start + 1, 1, added.length).setValues([added.map(asText)]);
  const map = headerMap(header);
  markColumns(sheet, new Map(spec.headers.map((h) => [h, map.get(h)!] as const)), marked);
  const headerRange = sheet.getRange(1, 1, 1, header.length);
  headerRange.setFontWeight("bold").setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT);
  sheet.setFrozenRows(1);
  for (const [name, note] of Object.entries(spec.notes)) {
    const column = map.get(name);
    if (column !== undefined && note) sheet.getRange(1, column + 1).setNote(note);
  }
  for (const [name, width] of Object.entries(spec.widths)) {
    const column = map.get(name);
    if (column !== undefined && width) sheet.setColumnWidth(column + 1, width);
  }
  for (const name of spec.hidden) {
    const column = map.get(name);
    if (column !== undefined) sheet.hideColumns(column + 1);
  }
  return { header, added };
}

function isStatusRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const values = condition.getCriteriaValues();
  const colours = Object.values(STATUS_COLOURS);
  return (
    values.length === 1 &&
    (STATUSES as readonly unknown[]).includes(values[0]) &&
    colours.includes(String(condition.getBackground() ?? ""))
  );
}

function setPartnershipRules(sheet: Sheet, header: Cell[]): void {
  const map = headerMap(header);
  const column = (name: string) => map.get(name);
  const lists: [string, readonly string[], string][] = [
    ["Agreement", AGREEMENTS, "memorandum, agreement, joint_program, ..."],
    ["Status", STATUSES, "discussed → planned → signed → launched"],
    ["Partner type", PARTNER_TYPES, "university, college, company, government, embassy, other"],
    ["Country", COUNTRY_CODES, "The partner's country as an ISO code: CN, GB, RU, US, ..."],
  ];
  for (const [name, values, help] of lists) {
    const c = column(name);
    if (c !== undefined) columnRange(sheet, c + 1).setDataValidation(listRule(values, help));
  }
  const reviewed = column("Reviewed");
  if (reviewed !== undefined) {
    columnRange(sheet, reviewed + 1).setDataValidation(
      SpreadsheetApp.newDataValidation().requireCheckbox().build(),
    );
  }
  const status = column("Status");
  if (status === undefined) return;
  // Our status colours are replaced; any rule of the user's own stays.
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isStatusRule(rule));
  const range = columnRange(sheet, status + 1);
  const ours = STATUSES.map((s) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(s)
      .setBackground(STATUS_COLOURS[s])
      .setRanges([range])
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

function setSourceRules(sheet: Sheet, header: Cell[]): void {
  const language = headerMap(header).get("Language");
  if (language !== undefined) {
    columnRange(sheet, language + 1).setDataValidation(listRule(LANGUAGES, "en, ru or kk"));
  }
  // When Extract read the row, as an ISO date and time whatever the spreadsheet's locale.
  const processed = headerMap(header).get("Processed");
  if (processed !== undefined) columnRange(sheet, processed + 1).setNumberFormat(PROCESSED_FORMAT);
}

function setFeedRules(sheet: Sheet, header: Cell[]): void {
  const map = headerMap(header);
  const url = map.get("Feed URL");
  if (url !== undefined) {
    columnRange(sheet, url + 1).setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireTextIsUrl()
        .setAllowInvalid(true)
        .setHelpText("The address of an RSS or Atom feed, or of a news page: https://...")
        .build(),
    );
  }
  const language = map.get("Language");
  if (language !== undefined) {
    columnRange(sheet, language + 1).setDataValidation(listRule(LANGUAGES, "en, ru or kk (or blank)"));
  }
  const active = map.get("Active");
  if (active !== undefined) {
    columnRange(sheet, active + 1).setDataValidation(
      SpreadsheetApp.newDataValidation().requireCheckbox().build(),
    );
  }
}

function setDirectoryRules(sheet: Sheet, header: Cell[]): void {
  const type = headerMap(header).get("Type");
  if (type !== undefined) {
    columnRange(sheet, type + 1).setDataValidation(
      listRule(PARTNER_TYPES, "university, college, company, ..."),
    );
  }
}

/** Seriktes's Summary sheet, created when missing and asked to; a user's own sheet of that name is never touched. */
export function summarySheet(ss: Spreadsheet, create: boolean, markers?: Markers): Sheet | null {
  const found = ourSheet(ss, SHEETS.summary, markers);
  if (found || !create) return found;
  const made = createSheet(ss, SHEETS.summary);
  made
    .getRange(1, 1, 2, 1)
    .setValues([[SUMMARY_TITLE], ["Run Partnerships › Build summary to fill this sheet."]]);
  made.getRange(1, 1).setFontWeight("bold").setFontSize(14);
  return made;
}

export interface SetupReport {
  created: string[];
  repaired: { sheet: string; added: string[] }[];
}

/** Creates or repairs the five sheets. Called by the menu item and, when a sheet is missing, by the actions. */
export function ensureSheets(): SetupReport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const active = ss.getActiveSheet();
  const report: SetupReport = { created: [], repaired: [] };
  const markers = markedSheets(ss);
  for (const spec of SPECS) {
    const { sheet, created } = sheetFor(ss, spec.name, markers);
    const { header, added } = repairHeader(sheet, spec);
    if (created) report.created.push(spec.name);
    else if (added.length > 0) report.repaired.push({ sheet: spec.name, added });
    if (spec.name === SHEETS.partnerships) setPartnershipRules(sheet, header);
    if (spec.name === SHEETS.sources) setSourceRules(sheet, header);
    if (spec.name === SHEETS.directory) setDirectoryRules(sheet, header);
    if (spec.name === SHEETS.feeds) setFeedRules(sheet, header);
  }
  if (!summarySheet(ss, false, markers)) {
    report.created.push(summarySheet(ss, true, markers)!.getName());
  }
  // Inserting a sheet activates it: give the user back the sheet they were on.
  if (active) ss.setActiveSheet(active);
  return report;
}

export function setupMessage(report: SetupReport): string {
  const parts: string[] = [];
  if (report.created.length > 0)
    parts.push(`Created the ${listNames(report.created)} sheet${report.created.length > 1 ? "s" : ""}.`);
  for (const r of report.repaired)
    parts.push(
      `Added the missing column${r.added.length > 1 ? "s" : ""} ${listNames(r.added)} to ${r.sheet}.`,
    );
  if (parts.length === 0)
    parts.push("Everything was in order: Sources, Partnerships, Directory, Feeds and Summary are set up.");
  parts.push("Next: Partnerships › Add articles.");
  return parts.join(" ");
}

function listNames(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/** Menu: Set up this spreadsheet. */
export function setUpSpreadsheet(): TellResult {
  try {
    const message = setupMessage(ensureSheets());
    toast(message);
    return message;
  } catch (error) {
    const message = `Set up stopped: ${errorText(error)}. Nothing was deleted; run it again.`;
    toast(message, 30);
    return message;
  }
}
