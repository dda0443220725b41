// A sheet's data as a header row and rows, with columns found by header name so a user who reorders or adds
// columns breaks nothing.
import { type Cell, cellText } from "./cells";

/** Column index (0-based) of each header, by name. */
export type HeaderMap = ReadonlyMap<string, number>;

/** Header name (trimmed; the first of duplicates wins) -> column index. */
export function headerMap(header: readonly Cell[]): HeaderMap {
  const map = new Map<string, number>();
  header.forEach((value, index) => {
    const name = cellText(value);
    if (name !== "" && !map.has(name)) map.set(name, index);
  });
  return map;
}

/** The expected headers the header row lacks, in their expected order. */
export function missingHeaders(header: readonly Cell[], expected: readonly string[]): string[] {
  const map = headerMap(header);
  return expected.filter((name) => !map.has(name));
}

/** A header row repaired in place: every expected header present, the user's own columns kept where they are. */
export function repairedHeader(header: readonly Cell[], expected: readonly string[]): string[] {
  const row = header.map(cellText);
  while (row.length > 0 && row[row.length - 1] === "") row.pop();
  return [...row, ...missingHeaders(row, expected)];
}

/**
 * The header row as Seriktes reads it: each managed column where its marker says (`marked`, 0-based, by name),
 * whatever the user renamed its header to; a managed name typed over another column is not that column. Other
 * cells as they are. Both sides of a write use this row, so it is never written back.
 */
export function canonicalHeader(
  header: readonly Cell[],
  marked: ReadonlyMap<string, number>,
  managed: readonly string[],
): Cell[] {
  const names = new Set(managed);
  const out = header.slice();
  for (const [name, column] of marked) {
    if (!names.has(name)) continue;
    while (out.length <= column) out.push("");
  }
  out.forEach((value, i) => {
    const name = cellText(value);
    const at = marked.get(name);
    if (names.has(name) && at !== undefined && at !== i) out[i] = "";
  });
  for (const [name, column] of marked) if (names.has(name)) out[column] = name;
  return out;
}

/**
 * The columns (0-based) that are not one of the managed ones: the user's own, a column with a blank header
 * and a second column bearing a managed name included. `width` counts the data's widest row.
 */
export function ownColumns(
  header: readonly Cell[],
  managed: readonly string[],
  width = header.length,
): number[] {
  const map = headerMap(header);
  const ours = new Set(managed.map((name) => map.get(name)).filter((c) => c !== undefined));
  return Array.from({ length: Math.max(width, header.length) }, (_, c) => c).filter((c) => !ours.has(c));
}

/** A column's letters (1 -> "A", 27 -> "AA"), for A1 notation. */
export function columnLetter(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Reads and writes one row's cells by header name. */
export class RowAccess {
  constructor(
    readonly map: HeaderMap,
    readonly width: number,
  ) {}

  get(row: readonly Cell[], header: string): Cell {
    const index = this.map.get(header);
    return index === undefined ? null : (row[index] ?? null);
  }

  text(row: readonly Cell[], header: string): string {
    return cellText(this.get(row, header));
  }

  set(row: Cell[], header: string, value: Cell): void {
    const index = this.map.get(header);
    if (index !== undefined) row[index] = value;
  }

  blank(): Cell[] {
    return new Array<Cell>(this.width).fill("");
  }
}

/** True when a row holds nothing at all. */
export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((value) => cellText(value) === "");
}
