// How many letters of each script a text has, counted in one pass over its characters. Matching each class
// with a global pattern built an array of every letter found: the language check cost more than reading
// the text.

export interface LetterCounts {
  /** A-Z, a-z and the Latin letters with marks (U+00C0–U+024F). */
  latin: number;
  /** The Cyrillic block (U+0400–U+04FF). */
  cyrillic: number;
  /** Cyrillic letters of Kazakh that Russian has not. */
  kazakh: number;
  /** Letters of the Kazakh Latin alphabets (2018 acute, 2021) that English never uses. */
  kazakhLatin: number;
}

const KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
const KAZAKH_LATIN_LETTERS = "áǵńóúýıqǧŋūÁǴŃÓÚÝǦŊŪ";

let kinds: Uint8Array | undefined;
const KAZAKH = 1;
const KAZAKH_LATIN = 2;

/** Per character code below U+0500: whether it is a Kazakh letter of either script (every one is there). */
function kindTable(): Uint8Array {
  if (kinds) return kinds;
  kinds = new Uint8Array(0x500);
  for (const ch of KAZAKH_LETTERS) kinds[ch.charCodeAt(0)] = KAZAKH;
  for (const ch of KAZAKH_LATIN_LETTERS) kinds[ch.charCodeAt(0)] = KAZAKH_LATIN;
  return kinds;
}

export function letterCounts(text: string): LetterCounts {
  const table = kindTable();
  let latin = 0;
  let cyrillic = 0;
  let kazakh = 0;
  let kazakhLatin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x500) continue;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) latin++;
    else if (code >= 0x400) cyrillic++;
    const kind = table[code];
    if (kind === KAZAKH) kazakh++;
    else if (kind === KAZAKH_LATIN) kazakhLatin++;
  }
  return { latin, cyrillic, kazakh, kazakhLatin };
}
