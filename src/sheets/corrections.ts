// A user's corrections typed into Partnerships: the row's one-line Summary follows its cells (another partner,
// a later status) as soon as the edit is made, unless the user wrote the Summary themselves. Runs in the onEdit
// simple trigger, so it reads and writes only the edited rows, in a fixed number of calls.
import { changedBlock } from "../core/rows/block";
import type { Cell } from "../core/rows/cells";
import { PARTNERSHIP_HEADERS, SHEETS } from "../core/rows/columns";
import { readPartnership } from "../core/rows/partnership";
import { refreshedSummary } from "../core/rows/summaryLine";
import { canonicalHeader, headerMap, RowAccess } from "../core/rows/table";
import { markedColumns, SHEET_KEY } from "./markers";

/** The columns whose correction changes what the Summary says. */
const SUMMARY_INPUTS = ["Kazakhstan side", "Partner", "Country", "Agreement", "Status", "Fields"] as const;
/** More rows than this in one edit (a paste over the sheet) are left to Extract again. */
const MAX_ROWS = 2_000;

/** onEdit: rewrites the Summary of the edited Partnerships rows that the user corrected. */
export function refreshEditedSummaries(range: GoogleAppsScript.Spreadsheet.Range): void {
  const sheet = range.getSheet();
  const first = Math.max(2, range.getRow());
  const last = range.getLastRow();
  if (last < first || last - first + 1 > MAX_ROWS) return;
  const ours = sheet
    .getDeveloperMetadata()
    .some((m) => m.getKey() === SHEET_KEY && m.getValue() === SHEETS.partnerships);
  if (!ours) return;
  const width = sheet.getLastColumn();
  if (width === 0) return;
  const header = canonicalHeader(
    sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[],
    markedColumns(sheet),
    PARTNERSHIP_HEADERS,
  );
  const access = new RowAccess(headerMap(header), width);
  const inputs = SUMMARY_INPUTS.map((h) => access.map.get(h)).filter((c) => c !== undefined);
  const edited = (c: number) => c >= range.getColumn() - 1 && c <= range.getLastColumn() - 1;
  if (!inputs.some(edited)) return;
  const rows = sheet.getRange(first, 1, last - first + 1, width);
  const before = rows.getValues() as Cell[][];
  const after = before.map((cells) => {
    const refreshed = refreshedSummary(readPartnership(cells, access));
    if (!refreshed) return cells;
    const out = cells.slice();
    access.set(out, "Summary", refreshed.summary);
    access.set(out, "Extracted", JSON.stringify(refreshed.extracted));
    return out;
  });
  if (after.every((cells, i) => cells === before[i])) return;
  const block = changedBlock(before, after, rows.getFormulas());
  if (!block) return;
  sheet
    .getRange(first + block.row, block.column + 1, block.values.length, block.values[0]!.length)
    .setValues(block.values);
}
