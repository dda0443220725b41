// Days read in the spreadsheet's time zone. A date typed in a cell reaches the script as the moment its day
// starts in the spreadsheet's zone (File › Settings), and the script runs in its own (appsscript.json:
// Asia/Almaty): read with the script's clock, 19 February typed in Tokyo is the 18th. Set at the start of every
// execution; the zone is asked for only when a date is first read.
//
// Utilities.formatDate is the documented way to read a moment in a zone, but it is a service call, and a
// sheet may hold thousands of different dates: V8's Intl does the same in the script, so it is used once it
// has given the same day as Utilities for the first date read (else every date goes through Utilities).
import { localDay, readDaysWith } from "../core/rows/cells";

type DayOf = (date: Date) => string;

export function readDaysInSpreadsheetZone(): void {
  let read: DayOf | undefined;
  const days = new Map<number, string>();
  readDaysWith((date) => {
    const ms = date.getTime();
    let day = days.get(ms);
    if (day === undefined) {
      read ??= zoneReader(date);
      day = read(date);
      days.set(ms, day);
    }
    return day;
  });
}

/** How to read days in the spreadsheet's zone, checked on the first date read. */
function zoneReader(first: Date): DayOf {
  const zone = spreadsheetZone();
  if (!zone) return localDay;
  const viaUtilities: DayOf = (date) => Utilities.formatDate(date, zone, "yyyy-MM-dd");
  const viaIntl = intlReader(zone);
  return viaIntl && viaIntl(first) === viaUtilities(first) ? viaIntl : viaUtilities;
}

function intlReader(zone: string): DayOf | null {
  try {
    const format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    return (date) => {
      const parts = format.formatToParts(date);
      const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
      return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
    };
  } catch {
    return null; // no such zone in this runtime's Intl
  }
}

function spreadsheetZone(): string | null {
  try {
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() || null;
  } catch {
    return null; // no spreadsheet to ask: the script's zone
  }
}
