// "Add articles": a dialog to paste articles or URLs; each becomes a Sources row. URLs are fetched and the
// article text taken out of the page; a page that fails is recorded with its reason and the rest go on.
import { type Cell, MAX_CELL_CHARS } from "../core/rows/cells";
import { PARTNERSHIP_HEADERS, SHEETS, SOURCE_HEADERS } from "../core/rows/columns";
import { IdAllocator, idsInTable } from "../core/rows/ids";
import { outletOf, splitPasted } from "../core/rows/paste";
import { headerMap, RowAccess } from "../core/rows/table";
import { checkFetchUrl } from "../core/web/policy";
import { addArticlesHtml, NOT_LINKS } from "./dialogs";
import { FETCH_POLICY, fetchPage } from "./fetchPage";
import { type IdCounters, readIdCounters } from "./idCounter";
import { documentLock } from "./lock";
import { filledRows, readManaged, readSheet, writeChanges } from "./tableIo";
import { errorText, plural, type TellResult, toast } from "./tell";

/** The most articles one paste adds (a bigger paste: add the rest next time). */
export const MAX_ITEMS = 200;
/** Fetching stops after this long; URLs not fetched yet are added all the same (Extract fetches them). */
const FETCH_BUDGET_MS = 4 * 60_000;

/** Menu: Add articles… */
export function showAddArticles(): void {
  const html = HtmlService.createHtmlOutput(addArticlesHtml()).setWidth(620).setHeight(460);
  SpreadsheetApp.getUi().showModalDialog(html, "Add articles");
}

// Control characters (of binary junk) other than tab and line breaks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

function invalidLinks(lines: readonly { line: number; text: string; reason: string }[]): string {
  const each = lines.map(
    (l) => `line ${l.line} "${l.text.length > 80 ? `${l.text.slice(0, 79)}…` : l.text}" (${l.reason})`,
  );
  const n = lines.length;
  const what =
    n === 1 ? `1 line is not a ${NOT_LINKS}, so it was` : `${n} lines are not ${NOT_LINKS}s, so they were`;
  return `${what} not added: ${each.join("; ")}.`;
}

/** Server function of the Add articles dialog: adds the pasted articles to Sources; returns what it did. */
export function addArticles(pasted: unknown): TellResult {
  if (typeof pasted !== "string" || pasted.trim() === "") {
    return "Nothing to add: paste the text of an article, or its URL.";
  }
  const pieces = splitPasted(pasted.replace(CONTROL, ""));
  const invalid = pieces.filter((p) => p.kind === "invalid");
  const items = pieces.filter((p) => p.kind !== "invalid");
  if (pieces.length === 0) return "Nothing to add: paste the text of an article, or its URL.";
  if (items.length === 0) return `No article was added. ${invalidLinks(invalid)}`;
  const lock = documentLock();
  if (!lock.tryLock(10_000))
    return "Someone else is changing the Sources sheet right now: try again in a minute.";
  try {
    const { sheet, table } = readSheet(SHEETS.sources, SOURCE_HEADERS);
    const header = table.values[0] ?? [];
    const s = new RowAccess(headerMap(header), header.length);
    const knownIn = (values: readonly Cell[][]) => {
      const known = new Map<string, string>();
      for (const row of filledRows(values)) known.set(s.text(row, "Text or URL"), s.text(row, "ID"));
      return known;
    };
    let known = knownIn(table.values);

    // The rows to add, before they have IDs: pages are fetched first (minutes, maybe).
    const made: { row: Cell[]; value: string; error?: string; cut: boolean }[] = [];
    const duplicates: string[] = [];
    const start = Date.now();
    const taken = new Set<string>();
    const refused: string[] = [];
    for (const item of items.slice(0, MAX_ITEMS)) {
      // A link the URL policy refuses (a private address, a site the add-on may not fetch) is never added.
      const verdict = item.kind === "url" ? checkFetchUrl(item.url, FETCH_POLICY) : null;
      if (verdict && !verdict.ok && item.kind === "url") {
        refused.push(`${item.url.length > 80 ? `${item.url.slice(0, 79)}…` : item.url} (${verdict.reason})`);
        continue;
      }
      const value = item.kind === "url" ? item.url : item.text;
      const already = known.get(value);
      if (already !== undefined || taken.has(value)) {
        duplicates.push(already || "a row");
        continue;
      }
      taken.add(value);
      const row = s.blank();
      const entry: (typeof made)[number] = { row, value, cut: value.length > MAX_CELL_CHARS };
      s.set(row, "Text or URL", value.slice(0, MAX_CELL_CHARS - 1));
      if (item.kind === "url") {
        s.set(row, "Outlet", outletOf(item.url));
        if (Date.now() - start < FETCH_BUDGET_MS) {
          const page = fetchPage(item.url);
          if ("error" in page) {
            s.set(row, "Result", `Error: ${page.error}`);
            entry.error = page.error;
          } else {
            s.set(row, "Title", page.title);
            if (page.date) s.set(row, "Date", page.date);
            s.set(row, "Page text", page.text.slice(0, MAX_CELL_CHARS - 1));
          }
        }
      }
      made.push(entry);
    }

    // Sources as they are now (the user may have typed, sorted or deleted rows while pages were fetched):
    // the new rows go after its last row, with IDs no row of either sheet has had.
    const current = made.length > 0 ? (readManaged(sheet, SOURCE_HEADERS) ?? table) : table;
    const s2 = new RowAccess(headerMap(current.values[0] ?? []), (current.values[0] ?? []).length);
    known = knownIn(current.values);
    const added: Cell[][] = [];
    const failed: string[] = [];
    const cut: string[] = [];
    let ids: IdAllocator | undefined;
    let counters: IdCounters | undefined;
    for (const entry of made) {
      const already = known.get(entry.value);
      if (already !== undefined) {
        duplicates.push(already || "a row");
        continue;
      }
      if (!ids || !counters) {
        counters = readIdCounters();
        const { table: partnerships } = readSheet(SHEETS.partnerships, PARTNERSHIP_HEADERS);
        ids = new IdAllocator(
          "S",
          [...idsInTable(current.values, "S", ["ID"]), ...idsInTable(partnerships.values, "S", ["Sources"])],
          counters.floor("S"),
        );
      }
      const id = ids.next();
      // The row laid out by the sheet's header as it is now.
      const row = s2.blank();
      for (const name of SOURCE_HEADERS) s2.set(row, name, s.get(entry.row, name));
      s2.set(row, "ID", id);
      if (entry.error) failed.push(`${id} (${entry.error})`);
      if (entry.cut) cut.push(id);
      added.push(row);
    }
    if (added.length > 0 && ids && counters) {
      counters.save(ids);
      writeChanges(sheet, current, [current.values[0] ?? [], ...filledRows(current.values), ...added]);
    }
    const parts = [
      invalid.length > 0 ? invalidLinks(invalid) : "",
      added.length > 0
        ? `Added ${plural(added.length, "article")} to Sources (${added.map((r) => s2.text(r, "ID")).join(", ")}).`
        : "No article was added.",
    ];
    if (refused.length > 0) {
      const they = refused.length === 1 ? "it" : "they";
      parts.push(
        `${plural(refused.length, "link")} not added, as ${they} cannot be fetched: ${refused.join("; ")}.`,
      );
    }
    if (failed.length > 0) {
      parts.push(
        `${plural(failed.length, "page")} could not be fetched: ${failed.join("; ")}. Their rows are kept: Extract tries again, or paste the text instead.`,
      );
    }
    if (duplicates.length > 0) {
      parts.push(
        `${plural(duplicates.length, "article")} already in Sources (${duplicates.join(", ")}) left out.`,
      );
    }
    if (cut.length > 0) parts.push(`Longer than a cell holds, cut to 50,000 characters: ${cut.join(", ")}.`);
    if (items.length > MAX_ITEMS) {
      parts.push(
        `Only the first ${MAX_ITEMS} were taken: paste the other ${items.length - MAX_ITEMS} again.`,
      );
    }
    if (added.length > 0) parts.push("Next: Partnerships › Extract partnerships from new articles.");
    const message = parts.filter((p) => p !== "").join(" ");
    toast(message);
    return message;
  } catch (error) {
    return `Adding articles stopped: ${errorText(error)}. Nothing was written; try again.`;
  } finally {
    lock.releaseLock();
  }
}
