// Sentence splitting that knows abbreviations and initials in English, Russian and Kazakh.

export interface Sentence {
  text: string;
  /** Offsets in the text that was split. */
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence is in. */
  paragraph: number;
}

// Words that end with a dot without ending a sentence (folded, without the dot).
const ABBREVIATIONS = new Set([
  // English
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "jr",
  "sr",
  "dept",
  "univ",
  "assoc",
  "gen",
  "gov",
  "sen",
  "rep",
  "approx",
  "fig",
  "vol",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  // Russian
  "г",
  "гг",
  "им",
  "ул",
  "пр",
  "проф",
  "акад",
  "доц",
  "т",
  "д",
  "т.е",
  "т.д",
  "т.п",
  "др",
  "пр",
  "см",
  "стр",
  "обл",
  "р",
  "руб",
  "млн",
  "млрд",
  "тыс",
  "чел",
  "каз",
  "англ",
  "рус",
  "кит",
  "мин",
  "зам",
  "напр",
  "ок",
  "янв",
  "февр",
  "апр",
  "авг",
  "сент",
  "окт",
  "нояб",
  "дек",
  "с",
  "н",
  "э",
  "тел",
  "корп",
  // Kazakh
  "ж",
  "жж",
  "б",
  "т.б",
  "т.с.с",
  "қ",
  "құр",
  "мыс",
  "млн",
  "млрд",
  "ғ",
  "ә",
  // Two-letter transliterated initials: "Sh. Yessenov", "Zh. Abdildin"
  "sh",
  "kh",
  "zh",
  "ch",
  "yu",
  "ya",
  "ts",
  "ye",
  "yo",
]);

// A sentence ends at a run of these, then closing quotes or brackets, then space, then (after an opening
// quote, bracket or dash) a capital or a digit: "... signed. The", "... году». В", "... 2025. 12".
const TERMINAL = /[.!?…]/;
/** TERMINAL by character code: the paragraph scan asks it of every character. */
const isTerminal = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026;
const CLOSER = /["»”’)\]]/;
const OPENER = /["«“„([—–-]/;
const SPACE = /\s/;
const SENTENCE_START = /[\p{Lu}\p{N}]/u;
/** Longer than any abbreviation or run of initials: a longer word before a dot is not one. */
const MAX_ABBREVIATION = 16;

/** The letters and dots right before `index` ("L.N", "Prof"), or null when they run longer than an abbreviation. */
function wordBefore(text: string, index: number): string | null {
  let start = index;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? "")) {
    start--;
    if (index - start > MAX_ABBREVIATION) return null;
  }
  return text.slice(start, index);
}

function isAbbreviation(word: string | null): boolean {
  if (word === null || word === "") return false;
  const bare = word.replace(/^\.+|\.+$/g, "");
  // A single letter is an initial ("L.N. Gumilyov", "Қ.И. Сәтбаев"); "L.N" is two initials.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare) && bare.replace(/\./g, "").length <= 3 && bare.length <= 5) {
    if (bare.replace(/\./g, "").length === 1 || bare.includes(".")) return true;
  }
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/**
 * Where the sentence ending at the punctuation run starting at `at` ends (after its closers), or -1 when no
 * sentence starts after it. One look at each run: a pattern that retried inside "!!!!..." took quadratic time.
 */
function sentenceEndAt(text: string, at: number): { runEnd: number; end: number } {
  let i = at;
  while (i < text.length && TERMINAL.test(text[i]!)) i++;
  const runEnd = i;
  while (i < text.length && CLOSER.test(text[i]!)) i++;
  const end = i;
  if (i >= text.length || !SPACE.test(text[i]!)) return { runEnd, end: -1 };
  while (i < text.length && SPACE.test(text[i]!)) i++;
  if (OPENER.test(text[i] ?? "")) {
    i++;
    while (i < text.length && SPACE.test(text[i]!)) i++;
  }
  const next = String.fromCodePoint(text.codePointAt(i) ?? 32);
  return { runEnd, end: SENTENCE_START.test(next) ? end : -1 };
}

function splitParagraph(text: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isTerminal(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    const { runEnd, end } = sentenceEndAt(text, at);
    i = runEnd;
    if (end < 0) continue;
    if (runEnd - at === 1 && end === runEnd && text[at] === "." && isAbbreviation(wordBefore(text, at)))
      continue;
    push(text, start, end, offset, paragraph, out);
    start = end;
    i = end;
  }
  push(text, start, text.length, offset, paragraph, out);
}

/**
 * The longest sentence the engine reads as one (the longest in our news is about 800 characters): longer
 * "sentences" (a list, a page without punctuation, junk) are cut at a space, so that no step of the
 * reading, which looks at a sentence's words in pairs and windows, costs more than a bounded amount each.
 */
export const MAX_SENTENCE_CHARS = 2000;

function push(text: string, start: number, end: number, offset: number, paragraph: number, out: Sentence[]) {
  while (end - start > MAX_SENTENCE_CHARS) {
    const limit = start + MAX_SENTENCE_CHARS;
    let space = limit;
    while (space > start + MAX_SENTENCE_CHARS / 2 && text[space] !== " ") space--;
    let cut = text[space] === " " ? space + 1 : limit;
    // Never between the two halves of a surrogate pair.
    if (cut === limit && /[\ud800-\udbff]/.test(text[cut - 1] ?? "")) cut--;
    pushOne(text, start, cut, offset, paragraph, out);
    start = cut;
  }
  pushOne(text, start, end, offset, paragraph, out);
}

function pushOne(
  text: string,
  start: number,
  end: number,
  offset: number,
  paragraph: number,
  out: Sentence[],
) {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed === "") return;
  out.push({
    text: trimmed,
    start: offset + start + lead,
    end: offset + start + lead + trimmed.length,
    paragraph,
  });
}

/** Splits a text into sentences; a line break always ends a sentence (titles, datelines, list items). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "") {
      splitParagraph(line, offset, paragraph, out);
      paragraph++;
    }
    offset += line.length + 1;
  }
  return out;
}
