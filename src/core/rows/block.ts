// The one write of a batch: the smallest rectangle holding every changed cell. Cells inside it that did not
// change are written back as they were (a formula as its formula), so nothing the user has is lost.
import { type Cell, cellText, toWritten } from "./cells";

export interface Block {
  /** 0-based row and column of the top-left cell within the data (row 0 = the sheet's first row). */
  row: number;
  column: number;
  values: Cell[][];
}

function same(a: Cell | undefined, b: Cell | undefined): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === typeof b && !(a instanceof Date) && !(b instanceof Date)) return a === b;
  // A date cell against its ISO text, 2025 against "2025", blank against null: the same to the user.
  return cellText(a) === cellText(b);
}

/**
 * The block to write to turn `before` into `after` (both start at the same sheet row; `after` may be longer or
 * shorter: rows past its end are cleared). `formulas` are the formulas of `before` ("" where none). Null when
 * nothing changed.
 */
export function changedBlock(
  before: readonly (readonly Cell[])[],
  after: readonly (readonly Cell[])[],
  formulas: readonly (readonly string[])[],
): Block | null {
  const rows = Math.max(before.length, after.length);
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  const widthOf = (r: number) => Math.max(before[r]?.length ?? 0, after[r]?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const width = widthOf(r);
    for (let c = 0; c < width; c++) {
      if (same(before[r]?.[c], after[r]?.[c] ?? "")) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (top < 0) return null;
  const values: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: Cell[] = [];
    for (let c = left; c <= right; c++) {
      const old = before[r]?.[c];
      const next = after[r]?.[c] ?? "";
      const formula = formulas[r]?.[c] ?? "";
      line.push(same(old, next) && formula !== "" ? formula : toWritten(next));
    }
    values.push(line);
  }
  return { row: top, column: left, values };
}
