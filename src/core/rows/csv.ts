// CSV as spreadsheets import it. A cell that starts like a formula (=, +, -, @, or a tab or carriage return
// before one, which some importers strip) would run as one when the file is opened: a leading apostrophe
// keeps it text, as the sheet's own writes do.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-looking text kept as text, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
