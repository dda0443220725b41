// Which sheets and columns are Seriktes's own, told by developer metadata (invisible to users, kept with the
// document) rather than guessed from a name or a header's text: a user may rename our sheet or our header, and
// may have a sheet of their own called "Summary". Marker values are the default names ("Partnerships",
// "Sources" for a column), so a new kind of sheet needs no registry here.
//
// DOCUMENT visibility: a bound script and the published add-on are two script projects, and a user who moves
// from one to the other keeps their sheets (PROJECT metadata would be invisible to the other project).
import { columnLetter } from "../core/rows/table";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SHEET_KEY = "seriktes.sheet";
export const COLUMN_KEY = "seriktes.column";

const documentWide = (): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility =>
  SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;

/** Marked sheets by marker value, in tab order of their markers (one read). */
export function markedSheets(ss: Spreadsheet): Map<string, Sheet[]> {
  const out = new Map<string, Sheet[]>();
  for (const m of ss.createDeveloperMetadataFinder().withKey(SHEET_KEY).find()) {
    const sheet = m.getLocation().getSheet();
    const name = m.getValue();
    if (!sheet || !name) continue;
    const list = out.get(name) ?? [];
    list.push(sheet);
    out.set(name, list);
  }
  return out;
}

export function markSheet(sheet: Sheet, name: string): void {
  sheet.addDeveloperMetadata(SHEET_KEY, name, documentWide());
}

/** Whether a sheet with the default name but no marker (made before markers, or by the user) is ours. */
export type Adopt = (sheet: Sheet) => boolean;

/**
 * The Seriktes sheet of this kind: the marked one (the one still bearing the default name when a copy carries
 * the marker too), else a sheet of the default name that `adopt` accepts, marked on the way. Null when none.
 */
export function findSheet(
  ss: Spreadsheet,
  name: string,
  adopt: Adopt,
  markers: Map<string, Sheet[]> = markedSheets(ss),
): Sheet | null {
  const marked = markers.get(name) ?? [];
  if (marked.length > 0) return marked.find((s) => s.getName() === name) ?? marked[0]!;
  const named = ss.getSheetByName(name);
  if (!named || !adopt(named)) return null;
  markSheet(named, name);
  return named;
}

/** A new marked sheet: the default name when free, else "Seriktes <name>" (a user's sheet keeps its name). */
export function createSheet(ss: Spreadsheet, name: string): Sheet {
  const candidates = [name, `Seriktes ${name.toLowerCase()}`];
  for (let n = 2; n < 100; n++) candidates.push(`Seriktes ${name.toLowerCase()} ${n}`);
  const free = candidates.find((c) => ss.getSheetByName(c) === null) ?? `Seriktes ${Date.now()}`;
  const sheet = ss.insertSheet(free);
  markSheet(sheet, name);
  return sheet;
}

/** The columns (0-based) our column markers name on this sheet (one read); the first marker of a name wins. */
export function markedColumns(sheet: Sheet): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const column = m.getLocation().getColumn();
    const name = m.getValue();
    if (column && name && !out.has(name)) out.set(name, column.getColumn() - 1);
  }
  return out;
}

/** Marks the columns (0-based, by name) that lack their marker. */
export function markColumns(
  sheet: Sheet,
  columns: ReadonlyMap<string, number>,
  marked: ReadonlyMap<string, number>,
): void {
  for (const [name, column] of columns) {
    if (marked.has(name)) continue;
    const letter = columnLetter(column + 1);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY, name, documentWide());
  }
}
