// "Merge duplicates": rows reporting the same pair and agreement become one row listing all their sources. The
// user sees the plan in a dialog first; the merge applies only if the rows are still as previewed.
import type { Cell } from "../core/rows/cells";
import { PARTNERSHIP_HEADERS, SHEETS, SOURCE_HEADERS } from "../core/rows/columns";
import { applyMerge, type MergePlan, planMerge, renameIds } from "../core/rows/merge";
import { type PartnershipRow, readPartnership, writePartnership } from "../core/rows/partnership";
import { headerMap, RowAccess } from "../core/rows/table";
import { mergePreviewHtml } from "./dialogs";
import { documentLock } from "./lock";
import { filledRows, readSheet, type TableRead, writeChanges } from "./tableIo";
import { alert, errorText, plural, type TellResult, toast } from "./tell";

function planOf(table: TableRead): {
  plan: MergePlan;
  rows: PartnershipRow[];
  cells: Cell[][];
  access: RowAccess;
} {
  const header = table.values[0] ?? [];
  const access = new RowAccess(headerMap(header), header.length);
  const cells = filledRows(table.values);
  const rows = cells.map((row) => readPartnership(row, access));
  return { plan: planMerge(rows), rows, cells, access };
}

/** Menu: Merge duplicates… (shows what would be merged). */
export function mergeDuplicates(): TellResult {
  try {
    const { table } = readSheet(SHEETS.partnerships, PARTNERSHIP_HEADERS);
    const { plan } = planOf(table);
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
    const { plan, rows, cells, access } = planOf(table);
    if (plan.groups.length === 0) return "Nothing to merge any more: the duplicates are gone.";
    if (plan.fingerprint !== fingerprint) {
      return "The Partnerships rows changed since this preview: close it and choose Merge duplicates again.";
    }
    const cellsOf = new Map(rows.map((row, i) => [row, cells[i]!]));
    const merged = applyMerge(rows, plan);
    const after: Cell[][] = [table.values[0] ?? []];
    for (const row of merged) {
      const original = cellsOf.get(row);
      if (original) {
        after.push(original.slice());
        continue;
      }
      // A kept row in its merged form: its own cells (the user's columns too) with the merged values.
      const base = cells[rows.findIndex((r) => r.id === row.id)]!.slice();
      writePartnership(row, base, access);
      after.push(base);
    }
    writeChanges(sheet, table, after);
    let sourcesNote = "";
    try {
      renameInSources(new Map(plan.groups.flatMap((g) => g.dropIds.map((id) => [id, g.keepId] as const))));
    } catch (error) {
      // The merge itself is written: only the Sources' pointers are left behind.
      sourcesNote = ` (The Result cells of Sources still name the old rows: ${errorText(error)}.)`;
    }
    const removed = rows.length - merged.length;
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
