// "Merge duplicates": rows reporting the same pair and agreement become one row listing all their sources. The
// user sees the plan in a dialog first; the merge applies only if the rows are still as previewed.
import type { Cell } from "../core/rows/cells";
import { PARTNERSHIP_HEADERS, SHEETS, SOURCE_HEADERS } from "../core/rows/columns";
import { giveRowIds, IdAllocator, idsInTable } from "../core/rows/ids";
import { applyMerge, joinOwnCells, type MergePlan, planMerge, renameIds } from "../core/rows/merge";
import { type PartnershipRow, readPartnership, writePartnership } from "../core/rows/partnership";
import { headerMap, isBlankRow, ownColumns, RowAccess } from "../core/rows/table";
import { mergePreviewHtml } from "./dialogs";
import { type IdCounters, readIdCounters } from "./idCounter";
import { documentLock } from "./lock";
import { filledRows, readSheet, type TableRead, writeChanges } from "./tableIo";
import { alert, errorText, plural, type TellResult, toast } from "./tell";

interface Planned {
  plan: MergePlan;
  rows: PartnershipRow[];
  cells: Cell[][];
  access: RowAccess;
  /** The IDs given to rows that had none of their own, when any was. */
  ids: IdAllocator | null;
}

/**
 * The merge plan of the Partnerships rows. Rows typed in without an ID, or copied with their twin's, get one
 * first (the same ones in the preview and when applied, as nothing else hands out IDs meanwhile), so the plan
 * tells every row apart and folds away only the rows it names.
 */
function planOf(table: TableRead, counters: IdCounters): Planned {
  const header = table.values[0] ?? [];
  const access = new RowAccess(headerMap(header), header.length);
  const cells = filledRows(table.values).map((row) => row.slice());
  const idColumn = access.map.get("ID")!;
  const holds = (row: readonly Cell[]) => !isBlankRow(row);
  let ids: IdAllocator | null = null;
  if (
    giveRowIds(
      cells.map((row) => row.slice()),
      idColumn,
      new IdAllocator("P", []),
      holds,
    ).length > 0
  ) {
    const { table: sources } = readSheet(SHEETS.sources, SOURCE_HEADERS);
    ids = new IdAllocator(
      "P",
      [...idsInTable(table.values, "P", ["ID"]), ...idsInTable(sources.values, "P", ["Result"])],
      counters.floor("P"),
    );
    giveRowIds(cells, idColumn, ids, holds);
  }
  const rows = cells.map((row) => readPartnership(row, access));
  return { plan: planMerge(rows), rows, cells, access, ids };
}

/** Menu: Merge duplicates… (shows what would be merged). */
export function mergeDuplicates(): TellResult {
  try {
    const { table } = readSheet(SHEETS.partnerships, PARTNERSHIP_HEADERS);
    const { plan } = planOf(table, readIdCounters());
    if (plan.groups.length === 0) {
      const message = "No duplicates: each partnership (same sides and agreement) has one row.";
      toast(message);
      return message;
    }
    const html = HtmlService.createHtmlOutput(mergePreviewHtml(plan)).setWidth(760).setHeight(480);
    SpreadsheetApp.getUi().showModalDialog(html, "Merge duplicates");
    const message = `${plural(plan.groups.length, "partnership")} reported in several rows: see the dialog.`;
    return message;
  } catch (error) {
    const message = `Could not look for duplicates: ${errorText(error)}.`;
    alert(message);
    return message;
  }
}

/** Points the Sources' Result cells at the rows the merged ones were folded into (one read, one write). */
function renameInSources(renamed: ReadonlyMap<string, string>): void {
  const { sheet, table } = readSheet(SHEETS.sources, SOURCE_HEADERS);
  const header = table.values[0] ?? [];
  const column = headerMap(header).get("Result");
  if (column === undefined) return;
  const after = table.values.map((row, r) => {
    const text = row[column];
    if (r === 0 || typeof text !== "string") return row;
    const next = renameIds(text, renamed);
    if (next === text) return row;
    const copy = row.slice();
    copy[column] = next;
    return copy;
  });
  writeChanges(sheet, table, after);
}

/** Server function of the Merge preview: applies the plan the user saw. */
export function mergeDuplicatesApply(fingerprint: unknown): TellResult {
  const lock = documentLock();
  if (!lock.tryLock(10_000))
    return "Someone is changing the Partnerships sheet right now: try again in a minute.";
  try {
    const { sheet, table } = readSheet(SHEETS.partnerships, PARTNERSHIP_HEADERS);
    const counters = readIdCounters();
    const { plan, rows, cells, access, ids } = planOf(table, counters);
    if (plan.groups.length === 0) return "Nothing to merge any more: the duplicates are gone.";
    if (plan.fingerprint !== fingerprint) {
      return "The Partnerships rows changed since this preview: close it and choose Merge duplicates again.";
    }
    const header = table.values[0] ?? [];
    const index = new Map(rows.map((row, i) => [row, i]));
    const own = ownColumns(header, PARTNERSHIP_HEADERS, Math.max(0, ...cells.map((r) => r.length)));
    // A kept row in its merged form: its own cells with the merged values, and the user's own columns of the
    // rows folded into it joined into its cells.
    const keptCells = new Map<PartnershipRow, Cell[]>();
    for (const group of plan.groups) {
      const i = index.get(group.rows[0]!)!;
      const base = cells[i]!.slice();
      const joined = joinOwnCells(
        header,
        base,
        table.formulas[i + 1] ?? [],
        group.rows.slice(1).map((row) => cells[index.get(row)!]!),
        own,
      );
      for (const [c, value] of joined.cells) base[c] = value;
      const merged = { ...group.merged };
      if (joined.notes.length > 0)
        merged.notes = [merged.notes, ...joined.notes].filter((n) => n !== "").join("\n");
      writePartnership(merged, base, access);
      keptCells.set(group.merged, base);
    }
    const after: Cell[][] = [header];
    for (const row of applyMerge(rows, plan)) after.push(keptCells.get(row) ?? cells[index.get(row)!]!);
    // The counter first, then the rows bearing the IDs it covers.
    if (ids) counters.save(ids);
    writeChanges(sheet, table, after);
    let sourcesNote = "";
    try {
      renameInSources(new Map(plan.groups.flatMap((g) => g.dropIds.map((id) => [id, g.keepId] as const))));
    } catch (error) {
      // The merge itself is written: only the Sources' pointers are left behind.
      sourcesNote = ` (The Result cells of Sources still name the old rows: ${errorText(error)}.)`;
    }
    const removed = rows.length - (after.length - 1);
    const message = `Merged ${plural(plan.groups.length, "partnership")}: ${plural(removed, "duplicate row")} folded into ${listSome(plan.groups.map((g) => g.keepId))}.${sourcesNote}`;
    toast(message);
    return message;
  } catch (error) {
    return `Merge stopped: ${errorText(error)}. Nothing was changed.`;
  } finally {
    lock.releaseLock();
  }
}

/** The first few items of a list, then "and N more": a toast must stay readable with thousands of rows. */
function listSome(items: readonly string[], shown = 5): string {
  if (items.length <= shown) return items.join(", ");
  return `${items.slice(0, shown).join(", ")} and ${items.length - shown} more`;
}
