// Reading a sheet's data once and writing a batch's changes once: the adapters' only spreadsheet traffic.
import { type Block, changedBlock } from "../core/rows/block";
import { type Cell, cellText } from "../core/rows/cells";
import { ensureSheets } from "./setup";

/** A sheet's used area as values and formulas (one getDataRange, one getValues, one getFormulas). */
export interface TableRead {
  values: Cell[][];
  formulas: string[][];
}

export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet): TableRead {
  const range = sheet.getDataRange();
  return { values: range.getValues() as Cell[][], formulas: range.getFormulas() };
}

/** Writes the smallest block turning `before` into `after` with one setValues; false when nothing changed. */
export function writeChanges(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  before: TableRead,
  after: Cell[][],
): boolean {
  const block: Block | null = changedBlock(before.values, after, before.formulas);
  if (!block) return false;
  const rows = block.values.length;
  const columns = block.values[0]?.length ?? 0;
  // Sheets refuses a range past the sheet's last row: grow it first (appended rows).
  const lastRow = block.row + rows;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  sheet.getRange(block.row + 1, block.column + 1, rows, columns).setValues(block.values);
  return true;
}

/**
 * A Seriktes sheet and its data, set up (or repaired) first when it is missing or lacks one of its headers, so
 * an action never writes into a half-made sheet.
 */
export function readSheet(
  name: string,
  headers: readonly string[],
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; table: TableRead } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let sheet = ss.getSheetByName(name);
  if (sheet) {
    const table = readTable(sheet);
    const present = new Set((table.values[0] ?? []).map((v) => cellText(v)));
    if (headers.every((h) => present.has(h))) return { sheet, table };
  }
  ensureSheets();
  sheet = ss.getSheetByName(name)!;
  return { sheet, table: readTable(sheet) };
}

/** Data rows without the blank ones a data range may end with. */
export function filledRows(values: readonly Cell[][]): Cell[][] {
  const rows = values.slice(1);
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => cellText(v) === "")) rows.pop();
  return rows;
}
