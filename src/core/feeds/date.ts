// Publication dates as feeds write them: RFC 822 in RSS ("Wed, 12 Mar 2025 10:00:00 +0500"), ISO 8601 in
// Atom and Dublin Core ("2025-03-12T10:00:00+05:00"). The day is kept as the publisher wrote it (its own time
// zone), so the same item gives the same date wherever the script runs.
import { articleDate } from "../api";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const pad = (n: number) => String(n).padStart(2, "0");

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** The ISO day of a feed's date field, or null when it says none we can read. */
export function feedDate(value: string): string | null {
  const text = value.trim().slice(0, 200);
  if (text === "") return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = /^(?:[A-Za-z]{2,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})\b/.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.slice(0, 3).toLowerCase()) + 1;
    let year = Number(rfc[3]);
    if (year < 100) year += 2000;
    if (month > 0) return isoDay(year, month, Number(rfc[1]));
  }
  // A date written in words in Russian or Kazakh ("12 марта 2025"): the engine's own date reader.
  const words = articleDate(text);
  return words && /^\d{4}-\d{2}-\d{2}$/.test(words) ? words : null;
}
