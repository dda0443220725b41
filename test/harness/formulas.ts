// Computes what a formula cell shows, for the formulas the add-on writes or a test types: a call of one of
// the bundle's custom functions (or HYPERLINK) whose arguments are literals or A1 references. Anything else
// shows "#ERROR!", which keeps a formula distinguishable from text in getValues.
import { parseA1, resolveA1 } from "./a1";
import { CellDate, type Stored } from "./spreadsheet/cells";
import type { FakeSheet } from "./spreadsheet/sheet";

export type Arg = string | number | boolean | { ref: string };

/** Splits `=NAME(arg, ...)` into the name and literal or reference arguments; null when it isn't that shape. */
export function parseCall(formula: string): { name: string; args: Arg[] } | null {
  const m = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/.exec(formula);
  if (!m) return null;
  const args: Arg[] = [];
  const src = m[2] ?? "";
  let i = 0;
  const skip = () => {
    while (src[i] === " ") i++;
  };
  skip();
  if (i >= src.length) return { name: (m[1] ?? "").toUpperCase(), args };
  while (i <= src.length) {
    skip();
    if (src[i] === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) return null;
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      args.push(s);
    } else {
      const tok = /^[^,]*/.exec(src.slice(i))?.[0] ?? "";
      i += tok.length;
      const t = tok.trim();
      if (/^-?\d+(\.\d+)?$/.test(t)) args.push(Number(t));
      else if (/^(TRUE|FALSE)$/i.test(t)) args.push(t.toUpperCase() === "TRUE");
      else if (parseA1(t)) args.push({ ref: t });
      else return null;
    }
    skip();
    if (i >= src.length) break;
    if (src[i] !== ",") return null;
    i++;
  }
  return { name: (m[1] ?? "").toUpperCase(), args };
}

/** The value a reference passes to a custom function: a single value, or a 2D array for a range. */
export function refValue(ref: string, sheet: FakeSheet, toDate: (ms: number) => unknown): unknown {
  const p = parseA1(ref);
  if (!p) return "";
  const target = p.sheet === undefined ? sheet : sheet.parent.sheets.find((s) => s.name === p.sheet);
  if (!target) return "#REF!";
  const r = resolveA1(p, target.maxRows, target.maxColumns);
  const out = (v: Stored | undefined) => (v instanceof CellDate ? toDate(v.ms) : (v ?? ""));
  if (r.numRows === 1 && r.numCols === 1) return out(target.cellAt(r.row, r.col)?.value);
  // A bounded range ("A1:A4") reaches the function whole, trailing blanks included; an open-ended one
  // ("A:A", "A2:C") is cut to the content here, where real Sheets would pass every row of the grid.
  const { rows, cols } = target.contentSize();
  const lastRow = p.endRow !== undefined ? r.row + r.numRows - 1 : Math.max(rows, r.row);
  const lastCol = p.endCol !== undefined ? r.col + r.numCols - 1 : Math.max(cols, r.col);
  const grid: unknown[][] = [];
  for (let i = r.row; i <= lastRow; i++) {
    const line: unknown[] = [];
    for (let j = r.col; j <= lastCol; j++) line.push(out(target.cellAt(i, j)?.value));
    grid.push(line);
  }
  return grid;
}
