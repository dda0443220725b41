// "Extract partnerships": new (or selected) Sources rows become Partnerships rows. One read and one write per
// sheet whatever the number of rows; a run stops taking articles at its time box, saves where it is (the
// "Processed" column is the cursor, the running totals are in DocumentProperties) and the "extract" job of
// this document's trigger continues it (a minute later in a bound script, an hour later in an add-on). A run
// that goes on long arms that job first, so a run the platform kills is taken up again; a run that fails
// clears its state and says so, now or at the next open. The document lock keeps two runs apart.
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
import { IS_ADDON } from "./deployment";
import { fetchPage } from "./fetchPage";
import { type IdCounters, readIdCounters } from "./idCounter";
import { documentLock } from "./lock";
import { markedColumns } from "./markers";
import { cancelJob, jobOverdue, MIN_DELAY_MS, RUN_LIMIT_MS, scheduleJob } from "./schedule";
import { ourSheet } from "./setup";
import { readManaged, readSheet, readTable, type TableRead, writeChanges } from "./tableIo";
import { alert, errorText, plural, type TellResult, toast } from "./tell";
import { readUserDirectory } from "./userDirectory";

/** Apps Script ends a run at 6 minutes: no article is started after 4, leaving time to write. */
export const READ_BUDGET_MS = 4 * 60_000;
/** The job of this document's trigger that continues a long Extract. */
export const EXTRACT_JOB = "extract";
/** A run this long arms its continuation before going on, in case the platform kills it. */
const ARM_AFTER_MS = 30_000;
const STATE_KEY = "seriktes.extract.run";
/** Why the last run stopped, for the next open to say when no one saw it (a trigger's run). */
const STOPPED_KEY = "seriktes.extract.stopped";
const PROGRESS_EVERY_MS = 20_000;
/** When the next part runs, in the words of the messages. */
const NEXT_RUN = IS_ADDON ? "in about an hour" : "in a minute";

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

/** Remembers (or forgets) why the last run stopped, for the next open. */
function saveStopped(message: string | null): void {
  const props = PropertiesService.getDocumentProperties();
  if (message) props.setProperty(STOPPED_KEY, message);
  else props.deleteProperty(STOPPED_KEY);
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
  const lock = documentLock();
  if (!lock.tryLock(5_000)) {
    if (mode === "continue") scheduleJob(EXTRACT_JOB, MIN_DELAY_MS);
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
      cancelJob(EXTRACT_JOB);
      saveState(null);
      saveStopped(null);
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
    // The trigger armed this run before it started; a run from the menu arms it once it runs long.
    let armed = mode === "continue";
    const clock = () => {
      const t = Date.now();
      if (!armed && t - started > ARM_AFTER_MS) {
        armed = true;
        scheduleJob(EXTRACT_JOB, RUN_LIMIT_MS + MIN_DELAY_MS);
      }
      return t;
    };
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
      now: clock,
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
    saveStopped(null);
    if (out.report.remaining > 0) {
      saveState(state);
      scheduleJob(EXTRACT_JOB, MIN_DELAY_MS);
      const message = `So far: ${reportMessage(state.totals, state.runs)} ${plural(out.report.remaining, "article")} left: Extract continues by itself ${NEXT_RUN} (or run it again now).`;
      toast(message, 20);
      return message;
    }
    saveState(null);
    cancelJob(EXTRACT_JOB);
    const message = `Extract done: ${reportMessage(state.totals, state.runs)}`;
    toast(message, 20);
    return message;
  } catch (error) {
    const message = `Extract stopped: ${errorText(error)}. Run Extract again: it takes up the articles not processed yet.`;
    // A failed run neither continues nor leaves totals behind; a trigger's run, which no one may be
    // watching, also leaves its message for the next open.
    forgetRun(mode === "continue" ? message : null);
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

/** The "extract" job of this document's trigger: continues an Extract that stopped at its time box. */
export function continueExtract(): TellResult {
  return extractAction("continue");
}

/** Clears a failed run's state and its continuation, keeping `stopped` to tell at the next open. */
function forgetRun(stopped: string | null): void {
  try {
    saveState(null);
    saveStopped(stopped);
    cancelJob(EXTRACT_JOB);
  } catch {
    // The services themselves failing: the message the caller shows is all that can be done.
  }
}

/**
 * What the next open should tell about Extract (read from the document's properties only, as a simple
 * trigger may): why a run no one watched stopped, or that a long run's continuation never came (Apps
 * Script's daily trigger time used up, the trigger deleted). Null when all is well.
 */
export function extractNotice(): string | null {
  const props = PropertiesService.getDocumentProperties();
  const stopped = props.getProperty(STOPPED_KEY);
  if (stopped) {
    props.deleteProperty(STOPPED_KEY);
    return stopped;
  }
  const state = loadState();
  if (state && state.totals.remaining > 0 && jobOverdue(EXTRACT_JOB)) {
    return `Extract has ${plural(state.totals.remaining, "article")} left that did not continue by itself (Apps Script may have used up today's trigger time). Choose Extract partnerships from new articles to go on.`;
  }
  return null;
}
