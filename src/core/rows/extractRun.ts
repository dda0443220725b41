// One Extract run over the Sources and Partnerships tables, as pure computation: the adapter reads each sheet
// once, hands the values here, and writes what comes back once. It stops taking new articles at the deadline;
// what is left stays unprocessed (blank "Processed") for the next run, so nothing is lost or done twice.
import type { ArticleResult, Partnership } from "../types";
import { type Cell, cellText } from "./cells";
import { PARTNERSHIP_HEADERS, SOURCE_HEADERS, type SourceHeader } from "./columns";
import { IdAllocator, type IdPrefix, idsInTable } from "./ids";
import { classifyLine } from "./linkLine";
import { needsReview, type PartnershipRow, readPartnership, writePartnership } from "./partnership";
import { PartnershipBook } from "./reconcile";
import { headerMap, ownColumns, RowAccess } from "./table";

/** A fetched page's article, or why it could not be had. */
export type FetchedPage = { title: string; date: string | null; text: string } | { error: string };

export interface ExtractRunInput {
  /** The Sources sheet's values, header row first. */
  sources: readonly (readonly Cell[])[];
  /**
   * The Partnerships sheet's values, header row first, or a function reading them: it is called after the
   * articles are read, so a user's edits made meanwhile are not lost.
   */
  partnerships: readonly (readonly Cell[])[] | (() => readonly (readonly Cell[])[]);
  extract: (text: string) => ArticleResult;
  /** Fetches a URL row's page when its text was not taken yet. */
  fetchPage?: (url: string) => FetchedPage;
  /** Data rows (0 = first row under the header) to extract again although already processed. */
  selected?: ReadonlySet<number>;
  now: () => number;
  /** No article is started after this time (ms since the epoch). */
  deadline: number;
  processedAt: Date;
  onProgress?: (done: number, total: number) => void;
  /** The last ID numbers the document's counters record: new IDs go above them. */
  idFloor?: Partial<Record<IdPrefix, number>>;
}

/** What a run writes into one Sources row, found again by its ID when written (the sheet may have moved on). */
export interface SourceWrite {
  id: string;
  /** The article (Text or URL) as the run read it: a row whose text changed meanwhile is left for the next run. */
  text: string;
  /** The cells the run owns, written whatever they hold (Processed, Result). */
  set: Partial<Record<SourceHeader, Cell>>;
  /** Cells filled only while still blank, so a value the user typed wins (Language, Date, Title, Page text). */
  fill: Partial<Record<SourceHeader, Cell>>;
}

export interface ExtractReport {
  articles: number;
  failed: number;
  /** Articles read without any partnership in them. */
  empty: number;
  partnerships: number;
  created: number;
  updated: number;
  removed: number;
  keptEdits: number;
  needReview: number;
  /** Articles still waiting for a next run. */
  remaining: number;
}

export interface ExtractRunOutput {
  /** The Sources table as the run leaves it. */
  sources: Cell[][];
  /** The same changes row by row, to apply to the sheet as it is when written (applySourceWrites). */
  sourceWrites: SourceWrite[];
  partnerships: Cell[][];
  report: ExtractReport;
  /** The allocators that handed out this run's IDs, for the document's counters. */
  ids: Record<IdPrefix, IdAllocator>;
}

/** Sources data rows waiting for Extract: a text or URL, and never processed (or selected again). */
export function pendingRows(sources: readonly (readonly Cell[])[], selected?: ReadonlySet<number>): number[] {
  const [header = [], ...rows] = sources;
  const access = new RowAccess(headerMap(header), header.length);
  const out: number[] = [];
  rows.forEach((row, i) => {
    if (access.text(row, "Text or URL") === "") return;
    if (access.text(row, "Processed") === "" || selected?.has(i)) out.push(i);
  });
  return out;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

interface Read {
  index: number;
  id: string;
  write: SourceWrite;
  found?: Partnership[];
  error?: string;
}

/** A report of nothing done yet. */
export const emptyReport = (): ExtractReport => ({
  articles: 0,
  failed: 0,
  empty: 0,
  partnerships: 0,
  created: 0,
  updated: 0,
  removed: 0,
  keptEdits: 0,
  needReview: 0,
  remaining: 0,
});

/**
 * Gives every Sources row holding an article an ID of its own: a row without one, and each but one of the rows
 * sharing an ID (a copied row: the processed one keeps it, else the first), so one article's extraction never
 * touches another's rows. Changes `sources` in place; returns the data rows (0-based) given an ID.
 */
export function assignSourceIds(sources: Cell[][], ids: IdAllocator): number[] {
  const [header = [], ...rows] = sources;
  const s = new RowAccess(headerMap(header), header.length);
  const holds = (row: readonly Cell[]) => s.text(row, "Text or URL") !== "";
  const keeper = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = s.text(row, "ID");
    if (id === "" || !holds(row)) return;
    const kept = keeper.get(id);
    if (kept === undefined || (s.text(rows[kept]!, "Processed") === "" && s.text(row, "Processed") !== "")) {
      keeper.set(id, i);
    }
  });
  const given: number[] = [];
  rows.forEach((row, i) => {
    if (!holds(row) || keeper.get(s.text(row, "ID")) === i) return;
    s.set(row, "ID", ids.next());
    given.push(i);
  });
  return given;
}

/**
 * The run's writes applied to the Sources table as it is now: each row found by its ID (a row deleted
 * meanwhile is skipped, one moved is found where it went), only the cells the run owns changed.
 */
export function applySourceWrites(
  current: readonly (readonly Cell[])[],
  writes: readonly SourceWrite[],
): Cell[][] {
  const [header = [], ...rows] = current;
  const s = new RowAccess(headerMap(header), header.length);
  const after: Cell[][] = [header.slice(), ...rows.map((row) => row.slice())];
  const byId = new Map<string, Cell[]>();
  for (const row of after.slice(1)) {
    const id = s.text(row, "ID");
    if (id !== "" && !byId.has(id)) byId.set(id, row);
  }
  for (const write of writes) {
    const row = byId.get(write.id);
    if (!row) continue;
    if (s.text(row, "Text or URL") !== write.text) {
      // The user changed the article while it was read: the next Extract reads it as it is now.
      s.set(row, "Processed", "");
      continue;
    }
    for (const [header, value] of Object.entries(write.set)) s.set(row, header, value);
    for (const [header, value] of Object.entries(write.fill)) {
      if (s.text(row, header) === "") s.set(row, header, value);
    }
  }
  return after;
}

export function runExtract(input: ExtractRunInput): ExtractRunOutput {
  const [sHeader = [...SOURCE_HEADERS], ...sRows] = input.sources;
  const s = new RowAccess(headerMap(sHeader), sHeader.length);
  const sourcesAfter: Cell[][] = [sHeader.slice(), ...sRows.map((row) => row.slice())];
  const floor = input.idFloor ?? {};

  // Every source gets its stable ID as soon as Extract sees it (the adapter gives them first, and writes them
  // before anything else, so a run stopped half-way leaves no row naming a source that has no ID).
  const given =
    typeof input.partnerships === "function" ? [] : idsInTable(input.partnerships, "S", ["Sources"]);
  const sourceIds = new IdAllocator("S", [...idsInTable(sourcesAfter, "S", ["ID"]), ...given], floor.S);
  assignSourceIds(sourcesAfter, sourceIds);

  const report = emptyReport();
  const writes: SourceWrite[] = [];
  const own = (row: Cell[], write: SourceWrite, header: SourceHeader, value: Cell, fill = false) => {
    if (fill && s.text(row, header) !== "") return;
    s.set(row, header, value);
    (fill ? write.fill : write.set)[header] = value;
  };

  // 1. Read the articles, until the deadline.
  const pending = pendingRows(input.sources, input.selected);
  const reads: Read[] = [];
  for (const [done, index] of pending.entries()) {
    const row = sourcesAfter[index + 1]!;
    const write: SourceWrite = { id: s.text(row, "ID"), text: s.text(row, "Text or URL"), set: {}, fill: {} };
    writes.push(write);
    if (input.now() >= input.deadline) {
      report.remaining = pending.length - done;
      // A selected row not reached yet is left unprocessed, so the next run takes it.
      for (const left of pending.slice(done)) {
        const rest = sourcesAfter[left + 1]!;
        const w =
          left === index
            ? write
            : { id: s.text(rest, "ID"), text: s.text(rest, "Text or URL"), set: {}, fill: {} };
        if (w !== write) writes.push(w);
        own(rest, w, "Processed", "");
      }
      break;
    }
    input.onProgress?.(done, pending.length);
    const read: Read = { index, id: write.id, write };
    try {
      const result = input.extract(
        articleText(row, s, (h, v) => own(row, write, h, v, true), input.fetchPage),
      );
      const sourceDate = s.text(row, "Date");
      read.found = result.partnerships.map((q) => ({
        ...q,
        date: q.date ?? (result.date || sourceDate || null),
      }));
      // A Language already in the cell is the user's correction (or what Extract found before): it stays.
      own(row, write, "Language", result.lang, true);
      if (result.date) own(row, write, "Date", result.date, true);
      if (result.title) own(row, write, "Title", result.title, true);
    } catch (error) {
      read.error = errorText(error);
    }
    own(row, write, "Processed", input.processedAt);
    reads.push(read);
  }

  // 2. Bring the Partnerships rows up to date with what was read.
  const pTable = typeof input.partnerships === "function" ? input.partnerships() : input.partnerships;
  const [pHeader = [...PARTNERSHIP_HEADERS], ...pRows] = pTable;
  const p = new RowAccess(headerMap(pHeader), pHeader.length);
  const rows: PartnershipRow[] = pRows.map((cells) => readPartnership(cells, p));
  const cellsOf = new Map<PartnershipRow, readonly Cell[]>(rows.map((row, i) => [row, pRows[i]!]));
  const partnershipIds = new IdAllocator(
    "P",
    [...rows.map((row) => row.id), ...idsInTable(sourcesAfter, "P", ["Result"])],
    floor.P,
  );
  const userColumns = ownColumns(pHeader, PARTNERSHIP_HEADERS, Math.max(0, ...pRows.map((r) => r.length)));
  const book = new PartnershipBook(rows, partnershipIds, (row) => {
    const cells = cellsOf.get(row);
    return cells !== undefined && userColumns.some((c) => cellText(cells[c]) !== "");
  });
  const touched = new Set<string>();
  for (const read of reads) {
    const row = sourcesAfter[read.index + 1]!;
    report.articles += 1;
    if (read.found === undefined) {
      report.failed += 1;
      own(row, read.write, "Result", `Error: ${read.error ?? "unknown"}`);
      continue;
    }
    const changes = book.applyExtraction(read.id, read.found);
    report.partnerships += read.found.length;
    report.created += changes.created.length;
    report.updated += changes.updated.length;
    report.removed += changes.removed.length;
    report.keptEdits += changes.keptEdits;
    // Every row the articles report now, changed or not: a row still waiting for a look is counted again.
    for (const pid of changes.current) touched.add(pid);
    if (read.found.length === 0) report.empty += 1;
    const ids = changes.current;
    let result =
      ids.length === 0
        ? "No partnership found"
        : `${ids.length} partnership${ids.length === 1 ? "" : "s"}: ${ids.join(", ")}`;
    if (changes.kept.length > 0) {
      result += ` (no longer reported, kept as you reviewed or edited: ${changes.kept.join(", ")})`;
    }
    own(row, read.write, "Result", result);
  }
  report.needReview = book.rows.filter((row) => touched.has(row.id) && needsReview(row)).length;

  const partnershipsAfter: Cell[][] = [pHeader.slice()];
  for (const row of book.rows) {
    if (book.removed.has(row)) continue;
    const before = cellsOf.get(row);
    const cells = before ? before.slice() : p.blank();
    if (!before || book.changed.has(row)) writePartnership(row, cells, p);
    partnershipsAfter.push(cells);
  }
  return {
    sources: sourcesAfter,
    sourceWrites: writes,
    partnerships: partnershipsAfter,
    report,
    ids: { S: sourceIds, P: partnershipIds },
  };
}

/**
 * The article a Sources row stands for: its pasted text, or the text taken out of its page (fetched now when
 * never taken; what the page gives is filled in through `fill`).
 */
function articleText(
  row: Cell[],
  s: RowAccess,
  fill: (header: SourceHeader, value: Cell) => void,
  fetchPage?: (url: string) => FetchedPage,
): string {
  const text = s.text(row, "Text or URL");
  const line = classifyLine(text);
  if (line.kind === "invalid")
    throw new Error(`the link is not valid (${line.reason}): correct it, or paste the article's text`);
  if (line.kind !== "url") return text;
  const page = s.text(row, "Page text");
  if (page !== "") return [s.text(row, "Title"), page].filter((t) => t !== "").join("\n\n");
  if (!fetchPage) throw new Error("the page was not fetched: use Add articles, or paste the article's text");
  const fetched = fetchPage(text);
  if ("error" in fetched) throw new Error(fetched.error);
  fill("Page text", fetched.text);
  if (fetched.title) fill("Title", fetched.title);
  if (fetched.date) fill("Date", fetched.date);
  return [fetched.title, fetched.text].filter((t) => t !== "").join("\n\n");
}
