// What a custom formula receives: one cell's value, or a 2D array for a range. Blank cells give blank
// results; a value of the wrong kind gives a message that says what to pass.

export type CellValue = string | number | boolean | Date | null | undefined;

/** The error values Sheets shows in a cell (a referenced error cell may reach a formula as its text). */
const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

export type Cell =
  | { kind: "blank" }
  | { kind: "text"; text: string }
  | { kind: "error"; code: string }
  | { kind: "wrong"; got: string };

/** The message a user sees in the cell: thrown for one cell, written into the cell for a range. */
export class FormulaError extends Error {
  override name = "FormulaError";
}

function describe(value: unknown): string {
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return "a date";
  if (Array.isArray(value)) return "a list";
  return `a value of type ${typeof value}`;
}

export function readCell(value: unknown): Cell {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "string") {
    const text = value.trim();
    if (!text) return { kind: "blank" };
    if (ERROR_VALUE.test(text)) return { kind: "error", code: text };
    return { kind: "text", text: value };
  }
  return { kind: "wrong", got: describe(value) };
}

export const isRange = (value: unknown): value is readonly unknown[][] =>
  Array.isArray(value) && value.every((row) => Array.isArray(row));

/** What to pass, for the messages: `INSTITUTION needs text, such as =INSTITUTION("КазНУ")`. */
export interface Expectation {
  formula: string;
  needs: string;
  example: string;
}

export function wrongKindMessage(cell: Cell, expect: Expectation): string {
  if (cell.kind === "error")
    return `${expect.formula}: the cell holds the error ${cell.code}; fix that cell first.`;
  const got = cell.kind === "wrong" ? cell.got : "something else";
  return `${expect.formula} needs ${expect.needs}, such as ${expect.example}; it got ${got}.`;
}

/**
 * Applies `fn` to the text of one cell, or of every cell of a range (one call for the whole range, since
 * every formula call loads the whole script). Blanks give `blank`; in a range a bad cell gets its message
 * as its result, while a single bad cell throws it so Sheets shows it as the cell's error.
 */
export function mapCells(
  input: unknown,
  expect: Expectation,
  fn: (text: string) => string,
): string | string[][] {
  const one = (value: unknown, inRange: boolean): string => {
    const cell = readCell(value);
    if (cell.kind === "blank") return "";
    if (cell.kind === "error" && inRange) return "";
    if (cell.kind !== "text") {
      const message = wrongKindMessage(cell, expect);
      if (inRange) return `Error: ${message}`;
      throw new FormulaError(message);
    }
    try {
      return fn(cell.text);
    } catch (error) {
      if (inRange && error instanceof FormulaError) return `Error: ${error.message}`;
      throw error;
    }
  };
  if (isRange(input)) return input.map((row) => row.map((value) => one(value, true)));
  return one(input, false);
}
