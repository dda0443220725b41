// Days read in the spreadsheet's time zone. A date typed in a cell reaches the script as the moment its day
// starts in the spreadsheet's zone (File › Settings), and the script runs in its own (appsscript.json:
// Asia/Almaty): read with the script's clock, 19 February typed in Tokyo is the 18th. Set at the start of every
// execution; the zone is asked for only when a date is first read.
import { localDay, readDaysWith } from "../core/rows/cells";

export function readDaysInSpreadsheetZone(): void {
  let zone: string | null | undefined;
  const days = new Map<number, string>();
  readDaysWith((date) => {
    const ms = date.getTime();
    let day = days.get(ms);
    if (day === undefined) {
      zone ??= spreadsheetZone();
      day = zone ? Utilities.formatDate(date, zone, "yyyy-MM-dd") : localDay(date);
      days.set(ms, day);
    }
    return day;
  });
}

function spreadsheetZone(): string | null {
  try {
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() || null;
  } catch {
    return null; // no spreadsheet to ask: the script's zone
  }
}
