// The optional `directory` argument of INSTITUTION, INSTITUTION_COUNTRY and PARTNERSHIPS: the user's Directory
// rows handed to the formula as a range. Sheets runs a custom formula again only when a cell it refers to
// changes, so a formula given the range follows every edit of it, which one reading the sheet by itself cannot.
import type { Cell } from "../rows/cells";
import { DIRECTORY_HEADERS } from "../rows/columns";
import { parseDirectoryRows } from "../rows/directory";
import { headerMap } from "../rows/table";
import type { Institution } from "../types";
import { FormulaError, isRange } from "./cells";

/**
 * The institutions of a range laid out like the Directory sheet: found by header when its first row has a
 * "Name" column (Directory!A:E, in any column order), else read as Name | Aliases | Country | Type | City
 * (Directory!A2:E). Blank rows, which an open range brings many of, are skipped.
 */
export function directoryFromRange(value: unknown, formula: string): Institution[] {
  if (!isRange(value)) {
    throw new FormulaError(
      `${formula}: directory must be a range laid out like the Directory sheet, such as Directory!A:E.`,
    );
  }
  const rows = value as readonly (readonly Cell[])[];
  const hasHeader = headerMap(rows[0] ?? []).has("Name");
  return parseDirectoryRows(hasHeader ? rows : [[...DIRECTORY_HEADERS], ...rows]);
}

/** True when the optional argument was left out (or left empty). */
export const omitted = (value: unknown): boolean => value === undefined || value === null || value === "";
