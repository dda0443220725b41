// Cell values as Sheets hands them over (getValues) and takes them back (setValues).

/** One cell as getValues returns it. */
export type Cell = string | number | boolean | Date | null;

/** The most Sheets keeps in one cell. */
export const MAX_CELL_CHARS = 50_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** A moment's ISO day in the runtime's own time zone (the script's, in Apps Script). */
export const localDay = (date: Date): string =>
  `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

// Sheets hands a typed date over as the moment its day starts in the *spreadsheet's* time zone, which may not
// be the script's: the adapter says how to read days (src/sheets/timeZone.ts); core code and its tests read
// them in the runtime's zone.
let dayOf: (date: Date) => string = localDay;

/** Sets how dates become days (null: back to the runtime's zone). */
export function readDaysWith(reader: ((date: Date) => string) | null): void {
  dayOf = reader ?? localDay;
}

/** A Date cell (or a moment, such as now) as an ISO day ("2025-02-19"), the day the spreadsheet shows. */
export function isoDay(date: Date): string {
  return dayOf(date);
}

/** A cell as the text a user sees in it (dates as ISO days, booleans as TRUE/FALSE). */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDay(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/** A checkbox cell: TRUE, or the text "true"/"yes"/"x" a user may type instead. */
export function cellChecked(value: Cell | undefined): boolean {
  if (value === true) return true;
  return typeof value === "string" && /^(?:true|yes|y|x|✓|✔|да|иә)$/i.test(value.trim());
}

// Sheets turns a written string into a formula (= + - @), a number, a date or a boolean when it can. A leading
// apostrophe tells it to keep the string as text (the apostrophe itself is not stored).
const REINTERPRETED = /^(?:[=+\-@'\d.,(]|\s|(?:true|false)$)/i;

/** A string as setValues must receive it to store exactly this text. */
export function asText(value: string): string {
  const cut = value.length > MAX_CELL_CHARS ? value.slice(0, MAX_CELL_CHARS - 1) : value;
  return REINTERPRETED.test(cut) ? `'${cut}` : cut;
}

/** A value ready for setValues: strings made literal text, the rest (numbers, dates, booleans) as they are. */
export function toWritten(value: Cell): Cell {
  if (value === null) return "";
  return typeof value === "string" ? asText(value) : value;
}
