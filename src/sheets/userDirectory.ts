// The user's Directory sheet as extra institutions for the engine. Menu actions read it once per run;
// custom formulas, which may run thousands of times, also keep it in the document cache (in pieces within
// its byte limit), which an edit of the Directory sheet clears (onEdit). A formula given the Directory's
// range uses those rows instead (src/sheets/formulas.ts).
import { SHEETS } from "../core/rows/columns";
import { parseDirectoryRows } from "../core/rows/directory";
import { packPieces, unpackPieces } from "../core/text/utf8";
import type { Institution } from "../core/types";

const CACHE_KEY = "seriktes.directory.v2";
/** Long enough to spare thousands of formula calls a sheet read, short enough to heal a missed onEdit. */
const CACHE_SECONDS = 600;
/**
 * CacheService keeps at most 100 KB a value, counted in bytes (a Cyrillic letter is two): the Directory is
 * kept in pieces under that, and a Directory needing more pieces than this is read from the sheet each call.
 */
const PIECE_BYTES = 90_000;
const MAX_PIECES = 20;
const pieceKey = (i: number): string => `${CACHE_KEY}.${i}`;
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
  const cached = readCache();
  if (cached) return cached;
  const entries = readUserDirectory();
  writeCache(entries);
  return entries;
}

// The cache only spares reads: whatever it does (no cache, a failure, a value it refuses), the formula
// reads the sheet instead.

function readCache(): Institution[] | null {
  try {
    const cache = CacheService.getDocumentCache();
    if (!cache) return null;
    const keys = Array.from({ length: MAX_PIECES }, (_, i) => pieceKey(i));
    const found = cache.getAll(keys) as Record<string, string | undefined>;
    const text = unpackPieces(keys.map((key) => found[key]));
    return text === null ? null : (JSON.parse(text) as Institution[]);
  } catch {
    return null;
  }
}

function writeCache(entries: readonly Institution[]): void {
  try {
    const cache = CacheService.getDocumentCache();
    const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const pieces = packPieces(JSON.stringify(entries), PIECE_BYTES, stamp);
    if (!cache || pieces.length > MAX_PIECES) return;
    cache.putAll(Object.fromEntries(pieces.map((piece, i) => [pieceKey(i), piece])), CACHE_SECONDS);
  } catch {
    // Not kept: the next call reads the sheet again.
  }
}

/** Forgets the cached Directory, so the next formula call reads the sheet again (its first piece suffices). */
export function forgetUserDirectory(): void {
  try {
    CacheService.getDocumentCache()?.remove(pieceKey(0));
  } catch {
    // The pieces expire within CACHE_SECONDS anyway.
  }
}

/** onEdit: an edit of the Directory sheet makes formulas see it at once. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  // An add-on not yet used in the document may touch nothing.
  if (e?.authMode === ScriptApp.AuthMode.NONE) return;
  if (e?.range?.getSheet().getName() === SHEETS.directory) forgetUserDirectory();
}
