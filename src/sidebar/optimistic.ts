// An edit shown at once, before the server confirms it: the same change the server makes, applied to the
// rows the page holds. The page keeps the server's rows apart and re-applies pending edits on top, so a
// failed write simply drops its edit.
import type { RowEdit, SidebarRow } from "../sheets/sidebar-types";

const sameTag = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;

export function applyEdit(row: SidebarRow, edit: RowEdit): SidebarRow {
  switch (edit.kind) {
    case "addTag":
      return row.tags.some((t) => sameTag(t, edit.tag)) ? row : { ...row, tags: [...row.tags, edit.tag] };
    case "removeTag":
      return { ...row, tags: row.tags.filter((t) => !sameTag(t, edit.tag)) };
    case "reviewed":
      return { ...row, reviewed: edit.value };
    case "set":
      return { ...row, [edit.column]: edit.value };
  }
}

export interface PendingEdit {
  id: number;
  /** Sheet row numbers it applies to. */
  rows: ReadonlySet<number>;
  edit: RowEdit;
}

/** The rows as the user should see them: the server's, with every pending edit applied in order. */
export function withPending(rows: readonly SidebarRow[], pending: readonly PendingEdit[]): SidebarRow[] {
  return rows.map((row) => pending.reduce((r, p) => (p.rows.has(row.row) ? applyEdit(r, p.edit) : r), row));
}

/** The server's rows with the ones it just returned swapped in. */
export function mergeRows(rows: readonly SidebarRow[], updated: readonly SidebarRow[]): SidebarRow[] {
  const byRow = new Map(updated.map((r) => [r.row, r]));
  return rows.map((r) => byRow.get(r.row) ?? r);
}

/** The problem with a tag the user typed, or null when the server will take it (it checks again). */
export function tagProblem(tag: string): "empty" | "separator" | "long" | null {
  const clean = tag.replace(/\s+/g, " ").trim();
  if (clean === "") return "empty";
  if (/[,;]/.test(clean)) return "separator";
  if (clean.length > 40) return "long";
  return null;
}
