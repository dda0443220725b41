// Reading a sheet's data once and writing a batch's changes once: the adapters' only spreadsheet traffic.
import { type Block, changedBlock } from "../core/rows/block";
import { type Cell, cellText } from "../core/rows/cells";
import { canonicalHeader, headerMap } from "../core/rows/table";
import { markColumns, markedColumns } from "./markers";
import { ensureSheets, ourSheet } from "./setup";

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
  // Sheets refuses a range past the sheet's last row: grow it first when rows are appended.
  const lastRow = block.row + rows;
  if (lastRow > before.values.length) {
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  }
  sheet.getRange(block.row + 1, block.column + 1, rows, columns).setValues(block.values);
  return true;
}

/**
 * A Seriktes sheet's data with its header row as Seriktes reads it (each managed column where its marker is,
 * see canonicalHeader), or null when a managed column is missing. A sheet set up before column markers gets
 * them here, where its headers are.
 */
export function readManaged(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headers: readonly string[],
): TableRead | null {
  const table = readTable(sheet);
  const marked = markedColumns(sheet);
  const header = canonicalHeader(table.values[0] ?? [], marked, headers);
  const map = headerMap(header);
  if (!headers.every((h) => map.has(h))) return null;
  markColumns(sheet, new Map(headers.map((h) => [h, map.get(h)!] as const)), marked);
  table.values[0] = header;
  return table;
}

/**
 * A Seriktes sheet (found by its marker) and its data, set up (or repaired) first when it is missing or lacks
 * one of its columns, so an action never writes into a half-made sheet.
 */
export function readSheet(
  name: string,
  headers: readonly string[],
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; table: TableRead } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const found = ourSheet(ss, name);
  const table = found && readManaged(found, headers);
  if (found && table) return { sheet: found, table };
  ensureSheets();
  const sheet = ourSheet(ss, name)!;
  return { sheet, table: readManaged(sheet, headers) ?? readTable(sheet) };
}

/** Data rows without the blank ones a data range may end with. */
export function filledRows(values: readonly Cell[][]): Cell[][] {
  const rows = values.slice(1);
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => cellText(v) === "")) rows.pop();
  return rows;
}
