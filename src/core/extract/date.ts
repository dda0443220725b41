// Dates in English, Russian and Kazakh news: "26 февраля 2025 года", "February 26, 2025", "2025 жылғы 19
// ақпан", "15.10.2024", "In September 2024", "2025 жылдың наурыз айында". ISO output as precise as the text.

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:jan|январ|янв|қаңтар)/, 1],
  [/^(?:feb|феврал|февр|ақпан)/, 2],
  [/^(?:mar|март|мар|наурыз)/, 3],
  [/^(?:apr|апрел|апр|сәуір)/, 4],
  [/^(?:may|ма[йя]|мамыр)/, 5],
  [/^(?:jun|июн|маусым)/, 6],
  [/^(?:jul|июл|шілде)/, 7],
  [/^(?:aug|август|авг|тамыз)/, 8],
  [/^(?:sep|сентябр|сент|қыркүйек)/, 9],
  [/^(?:oct|октябр|окт|қазан)/, 10],
  [/^(?:nov|ноябр|нояб|қараша)/, 11],
  [/^(?:dec|декабр|дек|желтоқсан)/, 12],
];

const MONTH_WORD =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|январ[ья]|январе|феврал[ья]|феврале|марта?|марте|апрел[ья]|апреле|ма[йя]|мае|июн[ья]|июне|июл[ья]|июле|августа?|августе|сентябр[ья]|сентябре|октябр[ья]|октябре|ноябр[ья]|ноябре|декабр[ья]|декабре|қаңтар\\S*|ақпан\\S*|наурыз\\S*|сәуір\\S*|мамыр\\S*|маусым\\S*|шілде\\S*|тамыз\\S*|қыркүйек\\S*|қазан\\S*|қараша\\S*|желтоқсан\\S*)";

const YEAR = "((?:19|20)\\d\\d)";
const DAY = "(\\d{1,2})";

interface Found {
  iso: string;
  at: number;
  precision: number;
}

type DatePattern = { pattern: RegExp; read: (m: RegExpExecArray) => string | null };
let patterns: DatePattern[] | undefined;

/** The patterns, compiled at first use. */
const datePatterns = (): DatePattern[] =>
  (patterns ??= [
    { pattern: new RegExp(`${YEAR}-(\\d\\d)-(\\d\\d)`, "g"), read: (m) => iso(m[1], m[2], m[3]) },
    {
      pattern: new RegExp(`(?<!\\d)${DAY}[./]${"(\\d{1,2})"}[./]${YEAR}(?!\\d)`, "g"),
      read: (m) => iso(m[3], m[2], m[1]),
    },
    // 14 March 2025 / 26 февраля 2025 / 28 шілде 2025
    {
      pattern: new RegExp(`(?<!\\d)${DAY}\\s+${MONTH_WORD}\\.?,?\\s+${YEAR}`, "g"),
      read: (m) => iso(m[3], month(m[2]), m[1]),
    },
    // March 14, 2025 / Nov 18, 2024
    {
      pattern: new RegExp(`${MONTH_WORD}\\.?\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}`, "g"),
      read: (m) => iso(m[3], month(m[1]), m[2]),
    },
    // 2025 жылғы 19 ақпан / 2024 жылғы 12 қыркүйекте
    {
      pattern: new RegExp(`${YEAR}\\s+жыл\\S*\\s+${DAY}\\s+${MONTH_WORD}`, "g"),
      read: (m) => iso(m[1], month(m[3]), m[2]),
    },
    // 2025 жылдың наурыз айында / 2024 жылдың желтоқсанында
    {
      pattern: new RegExp(`${YEAR}\\s+жыл\\S*\\s+${MONTH_WORD}`, "g"),
      read: (m) => iso(m[1], month(m[2])),
    },
    // In September 2024 / в ноябре 2024 года / March 2025
    { pattern: new RegExp(`${MONTH_WORD}\\s+${YEAR}`, "g"), read: (m) => iso(m[2], month(m[1])) },
  ]);

const YEAR_ONLY_SOURCE = `(?:\\bin |(?<![\\p{L}])в |(?<![\\p{L}]))${YEAR}\\s*(?:году|г\\.|жылы|year)?`;

function month(word: string | undefined): string | undefined {
  const folded = (word ?? "").toLowerCase();
  const found = MONTHS.find(([pattern]) => pattern.test(folded));
  return found ? String(found[1]).padStart(2, "0") : undefined;
}

function iso(year: string | undefined, monthNumber: string | undefined, day?: string): string | null {
  if (!year) return null;
  if (!monthNumber) return year;
  const m = Number(monthNumber);
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, "0");
  if (day === undefined) return `${year}-${mm}`;
  const d = Number(day);
  if (d < 1 || d > 31) return null;
  return `${year}-${mm}-${String(d).padStart(2, "0")}`;
}

const YEAR_DIGITS = /(?:19|20)\d\d/g;

/** Every date a text gives, in reading order: the patterns run only around the years the text has. */
export function datesIn(text: string): Found[] {
  const found: Found[] = [];
  YEAR_DIGITS.lastIndex = 0;
  let window: [number, number] | undefined;
  for (let m = YEAR_DIGITS.exec(text); m; m = YEAR_DIGITS.exec(text)) {
    const a = Math.max(0, m.index - 40);
    const b = Math.min(text.length, m.index + 44);
    if (window && a <= window[1]) window[1] = b;
    else {
      if (window) datesInWindow(text, window[0], window[1], found);
      window = [a, b];
    }
  }
  if (window) datesInWindow(text, window[0], window[1], found);
  return found.sort((x, y) => x.at - y.at);
}

function datesInWindow(whole: string, from: number, to: number, found: Found[]): void {
  // Lower case: the patterns need no case-insensitive (and slow to compile) flag.
  const text = whole.slice(from, to).toLowerCase();
  // Characters already part of a date (a mark per character: checking every earlier match was quadratic).
  const taken = new Uint8Array(to - from);
  for (const { pattern, read } of datePatterns()) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index + from;
      const end = start + m[0].length;
      if (taken.subarray(start - from, end - from).includes(1)) continue;
      const value = read(m);
      if (!value) continue;
      taken.fill(1, start - from, end - from);
      found.push({ iso: value, at: start, precision: value.length });
    }
  }
}

/** The date of an article: its first full or month date; a bare year only when the opening lines give one. */
export function articleDateOf(text: string): string | null {
  const found = datesIn(text);
  const first = found[0];
  if (first) return first.iso;
  const head = text.slice(0, 400);
  const m = new RegExp(YEAR_ONLY_SOURCE, "iu").exec(head);
  if (m && /жылы|году|г\.|year/i.test(m[0])) return m[1] ?? null;
  return null;
}

/** The most precise date within one sentence, or null. */
export function sentenceDate(text: string): string | null {
  const found = datesIn(text);
  if (found.length === 0) return null;
  return found.reduce((best, next) => (next.precision > best.precision ? next : best)).iso;
}
