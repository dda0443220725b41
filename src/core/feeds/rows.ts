// A check's results written into the sheets' values as read just before writing, so a row a user added or an
// edit made while the feeds were being read is kept: Feeds rows are found again by their URL, and new Sources
// rows go after the last filled row, with IDs from the caller's allocator (the document's counter and every ID
// in use, see ../rows/ids).
import { type Cell, MAX_CELL_CHARS } from "../rows/cells";
import type { IdAllocator } from "../rows/ids";
import { isUrl } from "../rows/paste";
import { headerMap, isBlankRow, RowAccess } from "../rows/table";
import type { FeedUpdate, NewSource } from "./check";
import { normaliseLink } from "./link";

/** The Feeds values with each update applied to its feed's row; a row deleted meanwhile is left out. */
export function applyFeedUpdates(
  values: readonly (readonly Cell[])[],
  updates: readonly FeedUpdate[],
  checkedAt: Date,
): Cell[][] {
  const out = values.map((row) => row.slice());
  const header = out[0] ?? [];
  const f = new RowAccess(headerMap(header), header.length);
  for (const u of updates) {
    let row = out[u.row + 1];
    if (!row || f.text(row, "Feed URL") !== u.address) {
      row = out.slice(1).find((r) => f.text(r, "Feed URL") === u.address);
      if (!row) continue;
    }
    if (u.active !== null) f.set(row, "Active", u.active);
    f.set(row, "Last checked", checkedAt);
    f.set(row, "Last result", u.lastResult);
    f.set(row, "Failures", u.failures === 0 ? "" : u.failures);
  }
  return out;
}

/** The Sources values with the new rows appended (an article already there is left out), and their IDs. */
export function appendSources(
  values: readonly (readonly Cell[])[],
  sources: readonly NewSource[],
  ids: IdAllocator,
): { values: Cell[][]; ids: string[] } {
  const [header = [], ...rest] = values;
  const rows = rest.map((row) => row.slice());
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) rows.pop();
  const s = new RowAccess(headerMap(header), header.length);
  const present = new Set<string>();
  for (const row of rows) {
    const value = s.text(row, "Text or URL");
    present.add(isUrl(value) ? (normaliseLink(value) ?? value) : value);
  }
  const added: string[] = [];
  for (const source of sources) {
    const key = isUrl(source.value) ? (normaliseLink(source.value) ?? source.value) : source.value;
    if (present.has(key)) continue;
    present.add(key);
    const row = s.blank();
    const id = ids.next();
    s.set(row, "ID", id);
    s.set(row, "Text or URL", source.value.slice(0, MAX_CELL_CHARS - 1));
    s.set(row, "Title", source.title);
    s.set(row, "Outlet", source.outlet);
    if (source.language) s.set(row, "Language", source.language);
    if (source.date) s.set(row, "Date", source.date);
    if (source.pageText) s.set(row, "Page text", source.pageText.slice(0, MAX_CELL_CHARS - 1));
    if (source.error) s.set(row, "Result", `Error: ${source.error}`);
    rows.push(row);
    added.push(id);
  }
  return { values: [header.slice(), ...rows], ids: added };
}
