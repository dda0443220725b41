// One Extract run over the Sources and Partnerships tables, as pure computation: the adapter reads each sheet
// once, hands the values here, and writes what comes back once. It stops taking new articles at the deadline;
// what is left stays unprocessed (blank "Processed") for the next run, so nothing is lost or done twice.
import type { ArticleResult, Partnership } from "../types";
import type { Cell } from "./cells";
import { PARTNERSHIP_HEADERS, SOURCE_HEADERS } from "./columns";
import { IdAllocator } from "./ids";
import { classifyLine } from "./linkLine";
import { needsReview, type PartnershipRow, readPartnership, writePartnership } from "./partnership";
import { PartnershipBook } from "./reconcile";
import { headerMap, RowAccess } from "./table";

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
  sources: Cell[][];
  partnerships: Cell[][];
  report: ExtractReport;
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

export function runExtract(input: ExtractRunInput): ExtractRunOutput {
  const [sHeader = [...SOURCE_HEADERS], ...sRows] = input.sources;
  const s = new RowAccess(headerMap(sHeader), sHeader.length);
  const sourcesAfter: Cell[][] = [sHeader.slice(), ...sRows.map((row) => row.slice())];

  // Every source gets its stable ID as soon as Extract sees it.
  const sourceIds = new IdAllocator(
    "S",
    sRows.map((row) => s.text(row, "ID")),
  );
  for (const row of sourcesAfter.slice(1)) {
    if (s.text(row, "Text or URL") !== "" && s.text(row, "ID") === "") s.set(row, "ID", sourceIds.next());
  }

  const report = emptyReport();

  // 1. Read the articles, until the deadline.
  const pending = pendingRows(input.sources, input.selected);
  const reads: Read[] = [];
  for (const [done, index] of pending.entries()) {
    const row = sourcesAfter[index + 1]!;
    if (input.now() >= input.deadline) {
      report.remaining = pending.length - done;
      // A selected row not reached yet is left unprocessed, so the next run takes it.
      for (const left of pending.slice(done)) s.set(sourcesAfter[left + 1]!, "Processed", "");
      break;
    }
    input.onProgress?.(done, pending.length);
    const read: Read = { index, id: s.text(row, "ID") };
    try {
      const result = input.extract(articleText(row, s, input.fetchPage));
      const sourceDate = s.text(row, "Date");
      read.found = result.partnerships.map((q) => ({
        ...q,
        date: q.date ?? (result.date || sourceDate || null),
      }));
      s.set(row, "Language", result.lang);
      if (sourceDate === "" && result.date) s.set(row, "Date", result.date);
      if (s.text(row, "Title") === "" && result.title) s.set(row, "Title", result.title);
    } catch (error) {
      read.error = errorText(error);
    }
    s.set(row, "Processed", input.processedAt);
    reads.push(read);
  }

  // 2. Bring the Partnerships rows up to date with what was read.
  const pTable = typeof input.partnerships === "function" ? input.partnerships() : input.partnerships;
  const [pHeader = [...PARTNERSHIP_HEADERS], ...pRows] = pTable;
  const p = new RowAccess(headerMap(pHeader), pHeader.length);
  const rows: PartnershipRow[] = pRows.map((cells) => readPartnership(cells, p));
  const cellsOf = new Map<PartnershipRow, readonly Cell[]>(rows.map((row, i) => [row, pRows[i]!]));
  const book = new PartnershipBook(
    rows,
    new IdAllocator(
      "P",
      rows.map((row) => row.id),
    ),
  );
  const touched = new Set<string>();
  for (const read of reads) {
    const row = sourcesAfter[read.index + 1]!;
    report.articles += 1;
    if (read.found === undefined) {
      report.failed += 1;
      s.set(row, "Result", `Error: ${read.error ?? "unknown"}`);
      continue;
    }
    const changes = book.applyExtraction(read.id, read.found);
    report.partnerships += read.found.length;
    report.created += changes.created.length;
    report.updated += changes.updated.length;
    report.removed += changes.removed.length;
    report.keptEdits += changes.keptEdits;
    for (const pid of [...changes.created, ...changes.updated]) touched.add(pid);
    if (read.found.length === 0) report.empty += 1;
    const ids = changes.current;
    let result =
      ids.length === 0
        ? "No partnership found"
        : `${ids.length} partnership${ids.length === 1 ? "" : "s"}: ${ids.join(", ")}`;
    if (changes.kept.length > 0) {
      result += ` (no longer reported, kept as you reviewed or edited: ${changes.kept.join(", ")})`;
    }
    s.set(row, "Result", result);
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
  return { sources: sourcesAfter, partnerships: partnershipsAfter, report };
}

/** The article a Sources row stands for: its pasted text, or the text taken out of its page. */
function articleText(row: Cell[], s: RowAccess, fetchPage?: (url: string) => FetchedPage): string {
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
  s.set(row, "Page text", fetched.text);
  if (s.text(row, "Title") === "" && fetched.title) s.set(row, "Title", fetched.title);
  if (s.text(row, "Date") === "" && fetched.date) s.set(row, "Date", fetched.date);
  return [fetched.title, fetched.text].filter((t) => t !== "").join("\n\n");
}
