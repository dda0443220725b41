// Folding and tokenising shared by every matcher: one definition of "the same word" across scripts.

/** One word of a text, with where it sits in that text. */
export interface Token {
  /** As written, apostrophes removed ("Xi'an" -> "Xian"), possessive "'s" dropped. */
  raw: string;
  /** Folded: lower case, "ё" -> "е", Latin diacritics removed. */
  norm: string;
  start: number;
  end: number;
  /** The word's matching keys, filled in by the matcher the first time it needs them. */
  keys?: readonly string[];
  /** What the matchers know of the word (text/wordFacts.ts), found the first time one of them asks. */
  word?: unknown;
}

// Anything beyond ASCII and Cyrillic may carry Latin diacritics.
const NEEDS_MARK_FOLDING = /[^ -~\t\n\r\u0400-\u04ff]/;
const LATIN_MARKS = /([a-z])[\u0300-\u036f]+/g;
const KAZAKH_LETTERS = /[әғқңөұүһі]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const APOSTROPHES = /['’ʼ`]/g;
const POSSESSIVE = /['’ʼ`]s$/i;

/** Lower case, "ё" -> "е", Latin letters without diacritics ("Universität" -> "universitat"). */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes("ё")) lower = lower.replace(/ё/g, "е");
  // Only Latin marks go: NFD would also split Cyrillic "й" into "и" + breve, which must stay.
  if (!NEEDS_MARK_FOLDING.test(lower) || marksStay(lower)) return lower;
  return lower.normalize("NFD").replace(LATIN_MARKS, "$1").normalize("NFC").replace(/ı/g, "i");
}

// Characters that folding's decomposing and recomposing gives back as they were, among those news puts
// beside ASCII and Cyrillic: quotes, dashes, "№", "°" (a letter with a mark or a mark itself is not one).
// Read from the Unicode tables at first use, for the blocks where they are.
const KEPT_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x80, 0xff],
  [0x400, 0x4ff],
  [0x2000, 0x21ff],
];
let keptWhole: Uint8Array | undefined;

function keptWholeTable(): Uint8Array {
  if (keptWhole) return keptWhole;
  keptWhole = new Uint8Array(0x2200);
  for (const [from, to] of KEPT_BLOCKS) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const whole =
        code >= 0x400 && code <= 0x4ff
          ? ch.normalize("NFD").normalize("NFC") === ch
          : ch.normalize("NFD") === ch && ch.normalize("NFC") === ch && !/\p{M}/u.test(ch);
      keptWhole[code] = whole ? 1 : 0;
    }
  }
  return keptWhole;
}

/** Whether folding's marks step would give a text back unchanged (a Russian sentence with «quotes»). */
function marksStay(text: string): boolean {
  const table = keptWholeTable();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && (code >= 0x2200 || table[code] === 0)) return false;
  }
  return true;
}

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

export function hasKazakhLetters(word: string): boolean {
  return KAZAKH_LETTERS.test(word.toLowerCase());
}

/** "KazNU", "ЕНУ", "AITU": two or more capitals in a short word. */
export function isAcronym(raw: string): boolean {
  if (raw.length > 8) return false;
  let capitals = 0;
  for (const ch of raw) if (ch !== ch.toLowerCase()) capitals++;
  return capitals >= 2;
}

export function isCapitalised(raw: string): boolean {
  const first = raw[0] ?? "";
  return first !== first.toLowerCase();
}

const OTHER_LETTER = /[\p{L}\p{N}]/u;
/** ' ’ ʼ ` */
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x60;

/** Letters and digits: a plain range check for the scripts of the news, a Unicode test for the rest. */
function isWordCode(code: number): boolean {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0x400 && code <= 0x4ff) return true;
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return OTHER_LETTER.test(String.fromCharCode(code));
}

/** A letter of ASCII or Cyrillic: these lower-case one for one, each alone, and need no other folding. */
const isPlainScript = (code: number) => code < 0x80 || (code >= 0x400 && code <= 0x4ff);

let cyrillicFolds: Uint8Array | undefined;
/** Whether folding changes a letter of ASCII or Cyrillic (a capital, or "ё"). */
function foldChanges(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  if (!cyrillicFolds) {
    cyrillicFolds = new Uint8Array(0x100);
    for (let c = 0x400; c <= 0x4ff; c++) {
      const ch = String.fromCharCode(c);
      cyrillicFolds[c - 0x400] = ch.toLowerCase() !== ch || ch === "ё" ? 1 : 0;
    }
  }
  return cyrillicFolds[code - 0x400] === 1;
}

/** Splits a text into words; hyphens and dots separate words ("Al-Farabi" -> "Al", "Farabi"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // The text lower-cased at once, not word by word (which cost more than finding the words): a word of
  // ASCII and Cyrillic letters has its folded form at its own place in it. A letter lower-cased into two
  // ("İ") moves everything after it: then every word is folded alone.
  let lower: string | undefined = text.toLowerCase();
  if (lower.length !== n) lower = undefined;
  else if (lower.includes("ё")) lower = lower.replace(/ё/g, "е");
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    let apostrophe = false;
    let plain = isPlainScript(code);
    let changes = plain && foldChanges(code);
    i++;
    for (;;) {
      while (i < n) {
        code = text.charCodeAt(i);
        if (!isWordCode(code)) break;
        if (!isPlainScript(code)) plain = false;
        else if (!changes && foldChanges(code)) changes = true;
        i++;
      }
      // An apostrophe between letters stays inside the word: "Xi'an", "China's".
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
        apostrophe = true;
        i++;
        continue;
      }
      break;
    }
    let raw = text.slice(start, i);
    if (apostrophe) raw = raw.replace(POSSESSIVE, "").replace(APOSTROPHES, "");
    if (raw === "") continue;
    // A plain word already folded (most are) is its own folded form: no new string.
    const norm =
      !plain || apostrophe || lower === undefined ? fold(raw) : changes ? lower.slice(start, i) : raw;
    // The matcher's slots set now, though empty, so that filling them later does not reshape a million objects.
    tokens.push({ raw, norm, start, end: i, keys: undefined, word: undefined });
  }
  return tokens;
}

const SPACE_RUN = /\s+/g;

/** `text.split(/\s+/).length`, counted without making the pieces; the count stops once it reaches `enough`. */
export function pieceCount(text: string, enough = Number.POSITIVE_INFINITY): number {
  SPACE_RUN.lastIndex = 0;
  let count = 1;
  while (count < enough && SPACE_RUN.test(text)) count++;
  return count;
}

/** The folded words of a text, for comparisons that ignore case and punctuation. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.norm);
}
