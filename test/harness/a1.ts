// A1 notation: "B2", "A1:C3", "A:C", "2:5", "A2:C" (open-ended), with an optional 'Sheet name'! prefix.

export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ParsedA1 {
  sheet?: string;
  /** Ends left open ("A:A", "1:1", "A2:C") are filled to the sheet's size by `resolveA1`. */
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parseCell(s: string): { row?: number; col?: number } | null {
  const m = CELL.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
}

/** Parses A1 notation; null when it isn't A1 notation. */
export function parseA1(notation: string): ParsedA1 | null {
  let rest = notation.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b, extra] = rest.split(":");
  if (a === undefined || extra !== undefined) return null;
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return null;
  if (b === undefined && (start.row === undefined || start.col === undefined)) return null;
  return { sheet, startRow: start.row, startCol: start.col, endRow: end.row, endCol: end.col };
}

/** Fills the open ends of a parsed A1 range with the sheet's size. */
export function resolveA1(p: ParsedA1, maxRows: number, maxCols: number): GridRect {
  const row = p.startRow ?? 1;
  const col = p.startCol ?? 1;
  const endRow = p.endRow ?? maxRows;
  const endCol = p.endCol ?? maxCols;
  const r0 = Math.min(row, endRow);
  const c0 = Math.min(col, endCol);
  return { row: r0, col: c0, numRows: Math.abs(endRow - row) + 1, numCols: Math.abs(endCol - col) + 1 };
}

/** "A1" for one cell, "A1:C3" for more. */
export function toA1(r: GridRect): string {
  const first = `${columnLetter(r.col)}${r.row}`;
  if (r.numRows === 1 && r.numCols === 1) return first;
  return `${first}:${columnLetter(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

/** Sheet names that need quoting in A1 notation get single quotes. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
