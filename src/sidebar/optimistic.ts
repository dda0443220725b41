// An edit shown at once, before the server confirms it: the same change the server makes, applied to the
// rows the page holds (a full row, or a many-rows digest). The page keeps the server's answer apart and
// re-applies pending edits on top, so a failed write simply drops its edit.
import type { RowEdit, RowsDigest, SelectedRows, SidebarRow } from "../sheets/sidebar-types";

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

/** A digest after an edit of all its rows: what its view shows (tag counts, the shared status). */
export function applyDigestEdit(digest: RowsDigest, edit: RowEdit): RowsDigest {
  const n = digest.rows.length;
  switch (edit.kind) {
    case "addTag":
      return {
        ...digest,
        tags: digest.tags.some((t) => sameTag(t.tag, edit.tag))
          ? digest.tags.map((t) => (sameTag(t.tag, edit.tag) ? { ...t, count: n } : t))
          : [...digest.tags, { tag: edit.tag, count: n }],
      };
    case "removeTag":
      return { ...digest, tags: digest.tags.filter((t) => !sameTag(t.tag, edit.tag)) };
    case "set":
      return edit.column === "status" ? { ...digest, status: edit.value } : digest;
    case "reviewed":
      return digest;
  }
}

/** The rows as the user should see them: the server's, with every pending edit applied in order. */
export function withPending(view: SelectedRows, pending: readonly PendingEdit[]): SelectedRows {
  const { one, many } = view;
  return {
    one: one && pending.reduce((r, p) => (p.rows.has(r.row) ? applyEdit(r, p.edit) : r), one),
    // A digest has no per-row tags: an edit shows on it when it targets all its rows (the view's edits do).
    many:
      many &&
      pending.reduce((d, p) => (d.rows.every((r) => p.rows.has(r)) ? applyDigestEdit(d, p.edit) : d), many),
  };
}

/** The problem with a tag the user typed, or null when the server will take it (it checks again). */
export function tagProblem(tag: string): "empty" | "separator" | "long" | null {
  const clean = tag.replace(/\s+/g, " ").trim();
  if (clean === "") return "empty";
  if (/[,;]/.test(clean)) return "separator";
  if (clean.length > 40) return "long";
  return null;
}
