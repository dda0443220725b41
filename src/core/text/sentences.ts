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

const SENTENCE_END = /[.!?…]+["»”’)\]]*(?=\s+(?:["«“„([—–-]\s*)?[\p{Lu}\p{N}])/gu;

function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? "")) start--;
  return text.slice(start, index);
}

function isAbbreviation(word: string): boolean {
  if (word === "") return false;
  const bare = word.replace(/^\.+|\.+$/g, "");
  // A single letter is an initial ("L.N. Gumilyov", "Қ.И. Сәтбаев"); "L.N" is two initials.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare) && bare.replace(/\./g, "").length <= 3 && bare.length <= 5) {
    if (bare.replace(/\./g, "").length === 1 || bare.includes(".")) return true;
  }
  return ABBREVIATIONS.has(bare.toLowerCase());
}

function splitParagraph(text: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const at = match.index ?? 0;
    if (match[0][0] === "." && match[0].length === 1 && isAbbreviation(wordBefore(text, at))) continue;
    const end = at + match[0].length;
    push(text, start, end, offset, paragraph, out);
    start = end;
  }
  push(text, start, text.length, offset, paragraph, out);
}

function push(text: string, start: number, end: number, offset: number, paragraph: number, out: Sentence[]) {
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
