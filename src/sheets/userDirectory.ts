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
  return sheet ? parseDirectoryRows(sheet.getDataRange().getValues()) : [];
}

/**
 * The Directory for one custom-formula call: at most one cache or sheet read, however many cells the call
 * covers. Nothing is kept between calls, whose contexts Apps Script may or may not reuse.
 */
export function directoryForOneCall(): () => Institution[] {
  let entries: Institution[] | undefined;
  return () => {
    entries ??= cachedUserDirectory();
    return entries;
  };
}

function cachedUserDirectory(): Institution[] {
  const cache = CacheService.getDocumentCache();
  const cached = cache?.get(CACHE_KEY);
  if (cached) return JSON.parse(cached) as Institution[];
  const entries = readUserDirectory();
  const json = JSON.stringify(entries);
  if (cache && json.length <= CACHE_MAX_CHARS) cache.put(CACHE_KEY, json, CACHE_SECONDS);
  return entries;
}

/** Forgets the cached Directory, so the next formula call reads the sheet again. */
export function forgetUserDirectory(): void {
  CacheService.getDocumentCache()?.remove(CACHE_KEY);
}

/** onEdit: an edit of the Directory sheet makes formulas see it at once. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  // An add-on not yet used in the document may touch nothing.
  if (e?.authMode === ScriptApp.AuthMode.NONE) return;
  if (e?.range?.getSheet().getName() === SHEETS.directory) forgetUserDirectory();
}
