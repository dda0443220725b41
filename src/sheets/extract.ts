// "Extract partnerships": new (or selected) Sources rows become Partnerships rows. One read and one write per
// sheet whatever the number of rows; a run stops taking articles at its time box, saves where it is (the
// "Processed" column is the cursor, the running totals are in DocumentProperties) and a one-off trigger
// continues a minute later. The document lock keeps two runs from writing the same rows.
import { checkArticle, extractArticle } from "../core/api";
import { ARTICLE_BUDGET_MS, timeBudget } from "../core/budget";
import { type Cell, cellText } from "../core/rows/cells";
import { PARTNERSHIP_HEADERS, SHEETS, SOURCE_HEADERS } from "../core/rows/columns";
import {
  applySourceWrites,
  assignSourceIds,
  type ExtractReport,
  emptyReport,
  pendingRows,
  runExtract,
} from "../core/rows/extractRun";
import { IdAllocator, idsInTable } from "../core/rows/ids";
import { splitList } from "../core/rows/partnership";
import { canonicalHeader, headerMap } from "../core/rows/table";
import { fetchPage } from "./fetchPage";
import { type IdCounters, readIdCounters } from "./idCounter";
import { markedColumns } from "./markers";
import { ourSheet } from "./setup";
import { readManaged, readSheet, readTable, type TableRead, writeChanges } from "./tableIo";
import { alert, errorText, plural, type TellResult, toast } from "./tell";
import { readUserDirectory } from "./userDirectory";

/** Apps Script ends a run at 6 minutes: no article is started after 4, leaving time to write. */
export const READ_BUDGET_MS = 4 * 60_000;
/** How long the next run waits. */
export const CONTINUE_AFTER_MS = 60_000;
export const CONTINUE_HANDLER = "continueExtract";
const STATE_KEY = "seriktes.extract.run";
const PROGRESS_EVERY_MS = 20_000;

interface RunState {
  runs: number;
  totals: ExtractReport;
}

type Mode = "new" | "selected" | "continue";

function loadState(): RunState | null {
  const text = PropertiesService.getDocumentProperties().getProperty(STATE_KEY);
  if (!text) return null;
  try {
    const state = JSON.parse(text) as RunState;
    return typeof state.runs === "number" && typeof state.totals === "object" ? state : null;
  } catch {
    return null;
  }
}

function saveState(state: RunState | null): void {
  const props = PropertiesService.getDocumentProperties();
  if (state) props.setProperty(STATE_KEY, JSON.stringify(state));
  else props.deleteProperty(STATE_KEY);
}

function deleteContinuations(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}

function scheduleContinuation(): void {
  deleteContinuations();
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
}

function add(a: ExtractReport, b: ExtractReport): ExtractReport {
  const out = emptyReport();
  for (const key of Object.keys(out) as (keyof ExtractReport)[]) out[key] = a[key] + b[key];
  out.remaining = b.remaining;
  return out;
}

/** The sheet rows (1-based) the user selected, if the selection is on `sheet`. */
function selectedSheetRows(sheet: GoogleAppsScript.Spreadsheet.Sheet | null): number[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!sheet || ss.getActiveSheet()?.getSheetId() !== sheet.getSheetId()) return [];
  const list = ss.getActiveRangeList();
  const ranges = list ? list.getRanges() : [ss.getActiveRange()].filter((r) => r !== null);
  const rows = new Set<number>();
  for (const range of ranges) {
    for (let r = Math.max(2, range.getRow()); r <= range.getLastRow(); r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * The Sources data rows (0 = first row under the header) to extract again: those selected in Sources, or the
 * sources of the rows selected in Partnerships.
 */
function selectedSourceRows(
  sourcesSheet: GoogleAppsScript.Spreadsheet.Sheet,
  sources: readonly (readonly Cell[])[],
): Set<number> {
  const picked = new Set(selectedSheetRows(sourcesSheet).map((r) => r - 2));
  const sheet = ourSheet(SpreadsheetApp.getActiveSpreadsheet(), SHEETS.partnerships);
  const partnershipRows = selectedSheetRows(sheet);
  if (!sheet || partnershipRows.length === 0) return picked;
  const width = sheet.getLastColumn();
  const last = partnershipRows[partnershipRows.length - 1]!;
  // One read: the header and the selected rows' span (and the columns' markers).
  const values = sheet.getRange(1, 1, last, width).getValues() as Cell[][];
  const header = canonicalHeader(values[0] ?? [], markedColumns(sheet), PARTNERSHIP_HEADERS);
  const column = headerMap(header).get("Sources");
  if (column === undefined) return picked;
  const wanted = new Set<string>();
  for (const r of partnershipRows) {
    for (const id of splitList(cellText(values[r - 1]?.[column]))) wanted.add(id);
  }
  const idColumn = headerMap(sources[0] ?? []).get("ID");
  sources.slice(1).forEach((row, i) => {
    if (idColumn !== undefined && wanted.has(cellText(row[idColumn]))) picked.add(i);
  });
  return picked;
}

/**
 * Gives the Sources rows that lack an ID of their own one (above the counter and every ID either sheet
 * mentions) and writes those IDs at once, before any other write: a run stopped later leaves no Partnerships
 * row naming a source the sheet doesn't. Returns the table as written.
 */
function giveSourceIds(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  table: TableRead,
  counters: IdCounters,
): Cell[][] {
  const values = table.values.map((row) => row.slice());
  if (
    assignSourceIds(
      values.map((row) => row.slice()),
      new IdAllocator("S", []),
    ).length === 0
  )
    return values;
  const { table: partnerships } = readSheet(SHEETS.partnerships, PARTNERSHIP_HEADERS);
  const ids = new IdAllocator(
    "S",
    [...idsInTable(values, "S", ["ID"]), ...idsInTable(partnerships.values, "S", ["Sources"])],
    counters.floor("S"),
  );
  assignSourceIds(values, ids);
  counters.save(ids);
  writeChanges(sheet, table, values);
  return values;
}

/** The plain-words account of a finished (or paused) Extract. */
export function reportMessage(r: ExtractReport, runs: number): string {
  const rows: string[] = [];
  if (r.created > 0) rows.push(`${plural(r.created, "new row")}`);
  if (r.updated > 0) rows.push(`${r.updated} updated`);
  if (r.removed > 0) rows.push(`${r.removed} no longer found and removed`);
  let text = `${plural(r.articles, "article")}, ${plural(r.partnerships, "partnership")}`;
  if (rows.length > 0) text += ` (${rows.join(", ")})`;
  text += `, ${r.needReview} need${r.needReview === 1 ? "s" : ""} review.`;
  if (r.failed > 0)
    text += ` ${plural(r.failed, "article")} could not be read: see the Result column of Sources.`;
  if (r.empty > 0) text += ` ${plural(r.empty, "article")} reported no partnership.`;
  if (r.keptEdits > 0) text += ` Your edits in ${plural(r.keptEdits, "cell")} were kept.`;
  if (runs > 1) text += ` (${runs} runs.)`;
  return text;
}

function extractAction(mode: Mode): TellResult {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(5_000)) {
    if (mode === "continue") scheduleContinuation();
    const message =
      "Another Extract is running on this spreadsheet right now (yours or someone else's). Try again in a minute.";
    if (mode === "continue") toast(message);
    else alert(message);
    return message;
  }
  try {
    const started = Date.now();
    const { sheet: sourcesSheet, table: sources } = readSheet(SHEETS.sources, SOURCE_HEADERS);
    let selected: Set<number> | undefined;
    if (mode === "selected") {
      selected = selectedSourceRows(sourcesSheet, sources.values);
      if (selected.size === 0) {
        const message =
          "Select the rows to extract again (in Sources, or their partnerships in Partnerships), then choose this again.";
        alert(message);
        return message;
      }
    }
    if (pendingRows(sources.values, selected).length === 0) {
      deleteContinuations();
      saveState(null);
      const message =
        mode === "selected"
          ? "The selected rows hold no article: put a text or URL in their Text or URL column."
          : "No new articles in Sources. Add some with Partnerships › Add articles, or select rows and use Extract again from selected articles.";
      if (mode !== "continue") toast(message);
      return message;
    }
    const counters = readIdCounters();
    const withIds = giveSourceIds(sourcesSheet, sources, counters);
    const extra = readUserDirectory();
    let partnerships: { sheet: GoogleAppsScript.Spreadsheet.Sheet; table: TableRead } | undefined;
    let lastToast = started;
    const out = runExtract({
      sources: withIds,
      idFloor: { S: counters.floor("S"), P: counters.floor("P") },
      partnerships: () => {
        partnerships = readSheet(SHEETS.partnerships, PARTNERSHIP_HEADERS);
        return partnerships.table.values;
      },
      extract: (text) => {
        // Empty, binary or formula-only text: the reason goes in the Result cell.
        const check = checkArticle(text);
        if (!check.ok) throw new Error(check.message);
        // One article may take ARTICLE_BUDGET_MS; past it, it is recorded as an error and the run goes on.
        return extractArticle(text, { extra, checkpoint: timeBudget(ARTICLE_BUDGET_MS) });
      },
      fetchPage,
      selected,
      now: () => Date.now(),
      deadline: started + READ_BUDGET_MS,
      processedAt: new Date(),
      onProgress: (done, total) => {
        if (Date.now() - lastToast < PROGRESS_EVERY_MS) return;
        lastToast = Date.now();
        toast(`Reading articles: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}…`, 10);
      },
    });
    // Partnerships first: a source is marked processed only once its rows are written. The counter before
    // the rows bearing the new IDs.
    counters.save(out.ids.P);
    if (partnerships) writeChanges(partnerships.sheet, partnerships.table, out.partnerships as Cell[][]);
    // Sources as they are now (the user may have edited, sorted or deleted rows while articles were read):
    // the run's own cells set on the rows found by their IDs, the user's cells left as they are.
    const now = readManaged(sourcesSheet, SOURCE_HEADERS) ?? readTable(sourcesSheet);
    writeChanges(sourcesSheet, now, applySourceWrites(now.values, out.sourceWrites));

    const previous = loadState();
    const state: RunState = {
      runs: (previous?.runs ?? 0) + 1,
      totals: add(previous?.totals ?? emptyReport(), out.report),
    };
    if (out.report.remaining > 0) {
      saveState(state);
      scheduleContinuation();
      const message = `So far: ${reportMessage(state.totals, state.runs)} ${plural(out.report.remaining, "article")} left: Extract continues by itself in a minute (or run it again now).`;
      toast(message, 20);
      return message;
    }
    saveState(null);
    deleteContinuations();
    const message = `Extract done: ${reportMessage(state.totals, state.runs)}`;
    toast(message, 20);
    return message;
  } catch (error) {
    const message = `Extract stopped: ${errorText(error)}. Run Extract again: it takes up the articles not processed yet.`;
    if (mode === "continue") toast(message, 30);
    else alert(message);
    return message;
  } finally {
    lock.releaseLock();
  }
}

/** Menu: Extract partnerships from new articles. */
export function extractNewArticles(): TellResult {
  return extractAction("new");
}

/** Menu: Extract again from the selected Sources rows. */
export function extractSelectedArticles(): TellResult {
  return extractAction("selected");
}

/** Time-driven trigger: continues an Extract that stopped at its time box. */
export function continueExtract(_e?: GoogleAppsScript.Events.TimeDriven): TellResult {
  deleteContinuations();
  return extractAction("continue");
}
