// The user's Directory sheet as extra institutions for the engine. Menu actions read it once per run;
// custom formulas, which may run thousands of times, also keep it in the document cache, which an edit
// of the Directory sheet clears (onEdit).
import { SHEETS } from "../core/rows/columns";
import { parseDirectoryRows } from "../core/rows/directory";
import type { Institution } from "../core/types";

const CACHE_KEY = "seriktes.directory.v1";
/** Long enough to spare thousands of formula calls a sheet read, short enough to heal a missed onEdit. */
const CACHE_SECONDS = 600;
/** CacheService keeps at most 100 KB a value: a larger Directory is read from the sheet every run. */
const CACHE_MAX_CHARS = 100_000;

/** The Directory sheet's institutions (none when the sheet is missing). One read. */
export function readUserDirectory(): Institution[] {
  const sheet = SpreadsheetApp.getActiveSpreadsheet()?.getSheetByName(SHEETS.directory);
  if (!sheet || sheet.getLastRow() < 2) return [];
  return parseDirectoryRows(sheet.getDataRange().getValues());
}

let memo: Institution[] | undefined;

/** The Directory for custom formulas: at most one cache or sheet read per run. */
export function cachedUserDirectory(): Institution[] {
  if (memo) return memo;
  const cache = CacheService.getDocumentCache();
  const cached = cache?.get(CACHE_KEY);
  if (cached) {
    memo = JSON.parse(cached) as Institution[];
    return memo;
  }
  memo = readUserDirectory();
  const json = JSON.stringify(memo);
  if (cache && json.length <= CACHE_MAX_CHARS) cache.put(CACHE_KEY, json, CACHE_SECONDS);
  return memo;
}

/** Forgets the cached Directory, so the next formula call reads the sheet again. */
export function forgetUserDirectory(): void {
  memo = undefined;
  CacheService.getDocumentCache()?.remove(CACHE_KEY);
}

/** onEdit: an edit of the Directory sheet makes formulas see it at once. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (e?.range?.getSheet().getName() === SHEETS.directory) forgetUserDirectory();
}
