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
