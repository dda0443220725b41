// The compact answer for a many-rows selection: what the view shows (a few names, tag counts, the shared
// status) and what an edit needs (row number + key), instead of every field of every row.
import type { Cell } from "../core/rows/cells";
import { type PartnershipRow, splitList } from "../core/rows/partnership";
import type { RowAccess } from "../core/rows/table";
import { rowKey } from "./sidebar-edit";
import { LISTED_ROWS, type RowsDigest, type TagCount } from "./sidebar-types";

/** The part of a row a digest uses. */
export type DigestRow = Pick<PartnershipRow, "id" | "date" | "kz" | "partner" | "status" | "tags">;

/** Reads only the cells a digest uses (a full read also parses each row's Extracted JSON). */
export function readDigestRow(cells: readonly Cell[], access: RowAccess): DigestRow {
  const t = (header: string) => access.text(cells, header);
  return {
    id: t("ID"),
    date: t("Date"),
    kz: t("Kazakhstan side"),
    partner: t("Partner"),
    status: t("Status"),
    tags: splitList(t("Tags")),
  };
}

/** The digest of rows given in sheet order with their sheet row numbers; `name` shows the listed rows' sides. */
export function rowsDigest(
  rows: readonly { row: number; data: DigestRow }[],
  name: (institution: string) => string = (n) => n,
): RowsDigest {
  const tags = new Map<string, TagCount>();
  const statuses = new Set<string>();
  for (const { data } of rows) {
    statuses.add(data.status);
    // A tag counts once per row, whatever its case.
    for (const key of new Set(data.tags.map((t) => t.toLowerCase()))) {
      const tag = tags.get(key) ?? { tag: data.tags.find((t) => t.toLowerCase() === key) ?? key, count: 0 };
      tag.count++;
      tags.set(key, tag);
    }
  }
  return {
    rows: rows.map((r) => r.row),
    keys: rows.map((r) => rowKey(r.data)),
    list: rows
      .slice(0, LISTED_ROWS)
      .map((r) => ({ row: r.row, kz: name(r.data.kz), partner: name(r.data.partner) })),
    tags: [...tags.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
    status: statuses.size === 1 ? [...statuses][0]! : "",
  };
}
