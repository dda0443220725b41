// The document's ID counters: the last number handed out for each prefix, kept as developer metadata on the
// spreadsheet itself (it travels with the file and its copies, and no user edit reaches it), so an ID is never
// handed out again even once every row that bore it is gone. Read once per action; written only when it moves.
import type { IdAllocator, IdPrefix } from "../core/rows/ids";

const PREFIX_KEY = "seriktes.lastId.";

export interface IdCounters {
  /** The last number handed out for this prefix (0 when none was recorded). */
  floor(prefix: IdPrefix): number;
  /** Records an allocator's last number, before the rows bearing its IDs are written. */
  save(allocator: IdAllocator): void;
}

export function readIdCounters(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): IdCounters {
  const found = new Map<string, GoogleAppsScript.Spreadsheet.DeveloperMetadata[]>();
  for (const m of ss.getDeveloperMetadata()) {
    const key = m.getKey();
    if (key.startsWith(PREFIX_KEY)) found.set(key, [...(found.get(key) ?? []), m]);
  }
  const floor = (prefix: IdPrefix): number => {
    let max = 0;
    for (const m of found.get(PREFIX_KEY + prefix) ?? []) {
      const n = Number(m.getValue() ?? "");
      if (Number.isSafeInteger(n) && n > max) max = n;
    }
    return max;
  };
  return {
    floor,
    save(allocator) {
      const { prefix, last } = allocator;
      if (last <= floor(prefix)) return;
      const key = PREFIX_KEY + prefix;
      const [first] = found.get(key) ?? [];
      if (first) {
        first.setValue(String(last));
      } else {
        ss.addDeveloperMetadata(key, String(last), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
        const [made] = ss
          .createDeveloperMetadataFinder()
          .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SPREADSHEET)
          .withKey(key)
          .find();
        if (made) found.set(key, [made]);
      }
    },
  };
}
