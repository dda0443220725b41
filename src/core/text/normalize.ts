// Folding and tokenising shared by every matcher: one definition of "the same word" across scripts.

/** One word of a text, with where it sits in that text. */
export interface Token {
  /** As written, apostrophes removed ("Xi'an" -> "Xian"), possessive "'s" dropped. */
  raw: string;
  /** Folded: lower case, "ё" -> "е", Latin diacritics removed. */
  norm: string;
  start: number;
  end: number;
}

// Anything beyond ASCII and Cyrillic may carry Latin diacritics.
const NEEDS_MARK_FOLDING = /[^ -~\t\n\r\u0400-\u04ff]/;
const LATIN_MARKS = /([a-z])[\u0300-\u036f]+/g;
const KAZAKH_LETTERS = /[әғқңөұүһі]/;
const CYRILLIC = /[\u0400-\u04ff]/;
// Letters and digits, with apostrophes kept inside a word so that "Xi'an" and "China's" stay one word.
const WORD = /[\p{L}\p{N}]+(?:['’ʼ`][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’ʼ`]/g;
const APOSTROPHE_INSIDE = /['’ʼ`]/;
// The same words recur across an article and across articles: fold each once.
const foldMemo = new Map<string, string>();
const POSSESSIVE = /['’ʼ`]s$/i;

/** Lower case, "ё" -> "е", Latin letters without diacritics ("Universität" -> "universitat"). */
export function fold(text: string): string {
  const lower = text.toLowerCase().replace(/ё/g, "е");
  // Only Latin marks go: NFD would also split Cyrillic "й" into "и" + breve, which must stay.
  if (!NEEDS_MARK_FOLDING.test(lower)) return lower;
  return lower.normalize("NFD").replace(LATIN_MARKS, "$1").normalize("NFC").replace(/ı/g, "i");
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

/** Splits a text into words; hyphens and dots separate words ("Al-Farabi" -> "Al", "Farabi"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    const start = match.index ?? 0;
    const end = start + raw.length;
    if (raw.length > 2 && APOSTROPHE_INSIDE.test(raw)) raw = raw.replace(POSSESSIVE, "").replace(APOSTROPHES, "");
    if (raw === "") continue;
    let norm = foldMemo.get(raw);
    if (norm === undefined) {
      norm = fold(raw);
      if (foldMemo.size > 50000) foldMemo.clear();
      foldMemo.set(raw, norm);
    }
    tokens.push({ raw, norm, start, end });
  }
  return tokens;
}

/** The folded words of a text, for comparisons that ignore case and punctuation. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.norm);
}
