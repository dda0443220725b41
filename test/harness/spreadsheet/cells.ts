// One cell as Sheets keeps it, and what Sheets does to a value written by a script: "=..." becomes a
// formula, "'=..." stays the text "=...", "42" becomes a number, "TRUE" a boolean, "2025-02-19" a date, unless
// the cell's number format is plain text ("@"). Tests rely on this to catch text that turned into a formula.
import { EN_MONTHS } from "../../../src/core/text/months";

/** A date cell: epoch ms, turned into a Date of the bundle's realm when read. */
export class CellDate {
  constructor(readonly ms: number) {}
}

export type Stored = string | number | boolean | CellDate;

export interface Cell {
  /** What getValues returns ("" when empty); for a formula, what the harness computed for it. */
  value: Stored;
  /** The formula text ("=SUM(A1:A3)") when the cell holds a formula. */
  formula?: string;
  /** Recorded formatting: fontWeight, background, numberFormat, fontColor, ... */
  format: Record<string, unknown>;
  validation?: object;
  note?: string;
  /** On a formula cell whose array result spilled: the size of the spilled block. */
  spill?: { rows: number; cols: number };
  /** On a cell filled by another cell's array result: that cell, "row,col". */
  spilledFrom?: string;
  /** On a formula cell: the values of the arguments it was last computed with, as a key. */
  argumentsKey?: string;
  /** On a formula cell showing an error (#ERROR!, #NAME?, #REF!): the message Sheets shows on hover. */
  error?: string;
}

/** A formula that failed: the error value the cell shows and the message Sheets shows on hover. */
export class FormulaFailure {
  constructor(
    readonly value: "#ERROR!" | "#NAME?" | "#REF!",
    readonly message: string,
  ) {}
}

/** What a formula computes: one value, an array that spills right and down, or a failure. */
export type FormulaResult = Stored | Stored[][] | FormulaFailure;

export const MAX_CELL_CHARS = 50_000;

export const isEmpty = (c: Cell | undefined): boolean => !c || (c.value === "" && !c.formula);

export function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** Epoch ms of a wall-clock time in a time zone. */
export function zonedMs(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  tz: string,
): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = guess - tzOffset(guess, tz);
  return guess - tzOffset(first, tz);
}

/** The offset of a time zone from UTC at a moment, in ms. */
export function tzOffset(ms: number, tz: string): number {
  const p = zonedParts(ms, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

export function zonedParts(ms: number, tz: string): ZonedParts {
  let f = partFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    partFormats.set(tz, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) out[p.type] = p.value;
  const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: weekdays.indexOf(out.weekday ?? "Sun"),
  };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export interface Interpreted {
  value: Stored;
  formula?: string;
}

/**
 * What Sheets stores for a value written with setValue(s). Throws Sheets' own message for a cell over
 * 50,000 characters.
 */
export function interpret(input: unknown, numberFormat: unknown, tz: string): Interpreted {
  if (input === null || input === undefined) return { value: "" };
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (isDateLike(input)) return { value: new CellDate(input.getTime()) };
  const s = String(input);
  if (s.length > MAX_CELL_CHARS) {
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
  if (numberFormat === "@") return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith("=") && s.length > 1) return { value: "", formula: s };
  const t = s.trim();
  if (NUMBER.test(t)) return { value: Number(t) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const d = ISO_DATE.exec(t);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    const check = new Date(Date.UTC(y, m - 1, day));
    if (check.getUTCMonth() === m - 1 && check.getUTCDate() === day) {
      return { value: new CellDate(zonedMs(y, m, day, 0, 0, 0, tz)) };
    }
  }
  return { value: s };
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** A date in a Sheets number format ("yyyy-mm-dd", "dd.mm.yyyy hh:mm", "mmm d, yyyy"). */
export function formatSheetsDate(ms: number, pattern: string, tz: string): string {
  const p = zonedParts(ms, tz);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  let lastWasHour = false;
  return pattern.replace(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|"[^"]*"/gi, (tok) => {
    const t = tok.toLowerCase();
    if (t.startsWith('"')) return tok.slice(1, -1);
    let out: string;
    if (t === "yyyy") out = String(p.year);
    else if (t === "yy") out = pad(p.year % 100);
    else if (t === "mmmm") out = EN_MONTHS[p.month - 1] ?? "";
    else if (t === "mmm") out = (EN_MONTHS[p.month - 1] ?? "").slice(0, 3);
    else if (t === "mm" || t === "m") out = lastWasHour ? pad(p.minute, t.length) : pad(p.month, t.length);
    else if (t === "dddd") out = DAYS[p.weekday] ?? "";
    else if (t === "ddd") out = (DAYS[p.weekday] ?? "").slice(0, 3);
    else if (t === "dd" || t === "d") out = pad(p.day, t.length);
    else if (t === "hh" || t === "h") out = pad(p.hour, t.length);
    else if (t === "ss" || t === "s") out = pad(p.second, t.length);
    else out = p.hour < 12 ? "AM" : "PM";
    lastWasHour = t === "hh" || t === "h";
    return out;
  });
}

function formatNumber(n: number, fmt: string): string {
  const pct = fmt.endsWith("%");
  const body = pct ? fmt.slice(0, -1) : fmt;
  const decimals = /\.(0+)/.exec(body)?.[1]?.length ?? 0;
  const value = pct ? n * 100 : n;
  const grouped = body.includes(",");
  const s = grouped
    ? value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : value.toFixed(decimals);
  return pct ? `${s}%` : s;
}

/** What Sheets shows for a cell (getDisplayValues), in the spreadsheet's locale and time zone. */
export function display(cell: Cell | undefined, locale: string, tz: string): string {
  if (!cell) return "";
  const v = cell.value;
  const fmt = typeof cell.format.numberFormat === "string" ? cell.format.numberFormat : "";
  if (v instanceof CellDate) {
    const pattern = /[ydm]/i.test(fmt) ? fmt : locale.startsWith("en") ? "m/d/yyyy" : "dd.mm.yyyy";
    return formatSheetsDate(v.ms, pattern, tz);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (/^[#0.,]+%?$/.test(fmt)) return formatNumber(v, fmt);
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  }
  return v;
}
