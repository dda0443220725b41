// How far apart two spellings of one word are, counting the differences romanisations of one name make
// as half an edit: a vowel for another ("Tarem" / "Tarim"), an "h" or a vowel more or less ("Chonbuk" /
// "Jeonbuk"), a consonant for its kin ("k" / "g", "p" / "b", "v" / "w"), a doubled letter.

// Consonants that romanisations swap for one another: "k" / "g", "ch" / "j" ("Chonbuk" / "Jeonbuk").
const KIN_PAIRS = "kg kc kq gc cq pb td vw sz jc jz";
// Per character code below 128: 0 other, 1 vowel, 2 "h", 3 a consonant with kin.
const KIND = new Uint8Array(128);
const KIN = new Set<number>();
for (const ch of "aeiouy") KIND[ch.charCodeAt(0)] = 1;
KIND["h".charCodeAt(0)] = 2;
for (const pair of KIN_PAIRS.split(" ")) {
  const a = pair.charCodeAt(0);
  const b = pair.charCodeAt(1);
  KIND[a] = KIND[b] = 3;
  KIN.add(a * 128 + b).add(b * 128 + a);
}
const kindOf = (code: number) => (code < 128 ? KIND[code]! : 0);
// One letter for kin consonants in a skeleton. Narrower than the pairs ("j" keeps its own, "s" and "z" are
// one): a pair this leaves apart costs the skeleton one edit, which its keys allow for.
const GROUP: Record<string, string> = {
  k: "k",
  g: "k",
  c: "k",
  q: "k",
  s: "s",
  z: "s",
  p: "p",
  b: "p",
  t: "t",
  d: "t",
  v: "v",
  w: "v",
};

function substitution(a: number, b: number): number {
  if (a === b) return 0;
  const ka = kindOf(a);
  if (ka === 1) return kindOf(b) === 1 ? 0.5 : 1;
  return ka === 3 && KIN.has(a * 128 + b) ? 0.5 : 1;
}

/** The cost of writing a letter or leaving it out: half for a vowel, an "h" or a doubled letter. */
function indel(code: number, before: number): number {
  const kind = kindOf(code);
  return kind === 1 || kind === 2 || code === before ? 0.5 : 1;
}

/**
 * The most a distinctive word of `length` letters may differ and still be the same word: nothing in four
 * letters, a vowel in five ("Tarem" / "Tarim", not "Ertis" / "Arts").
 */
export function spellingLimit(length: number): number {
  if (length <= 4) return 0;
  if (length <= 5) return 0.5;
  if (length <= 6) return 1;
  if (length <= 9) return 1.5;
  return 2;
}

// Two rows of the table, reused: this runs over thousands of words for one unknown one.
let previous = new Float64Array(64);
let current = new Float64Array(64);

/** The weighted edit distance of two folded words, or Infinity once it exceeds `limit`. */
export function spellingDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit * 2) return Infinity;
  if (b.length + 1 > previous.length) {
    previous = new Float64Array(b.length + 1);
    current = new Float64Array(b.length + 1);
  }
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++)
    previous[j] = previous[j - 1]! + indel(b.charCodeAt(j - 1), b.charCodeAt(j - 2));
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const costA = indel(ca, a.charCodeAt(i - 2));
    current[0] = previous[0]! + costA;
    let best = current[0]!;
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = previous[j - 1]! + substitution(ca, cb);
      const up = previous[j]! + costA;
      if (up < value) value = up;
      const left = current[j - 1]! + indel(cb, b.charCodeAt(j - 2));
      if (left < value) value = left;
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return Infinity;
    const swap = previous;
    previous = current;
    current = swap;
  }
  const distance = previous[b.length]!;
  return distance > limit ? Infinity : distance;
}

/**
 * A word's consonants in order, kin letters as one ("k" for "g", "c", "q", "j", "z", "s"; "p" for "b"...),
 * vowels and "h" left out, a doubled one once: "Tarem" and "Tarim" are both "trm". Spellings within
 * the limit differ here by one letter at most (two for the longest words), which makes it a cheap key to
 * find them by.
 */
export function skeleton(word: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const kind = kindOf(ch.charCodeAt(0));
    if (kind === 1 || kind === 2) continue;
    const letter = GROUP[ch] ?? ch;
    if (letter !== last) out += letter;
    last = letter;
  }
  return out;
}

/**
 * The key itself and, for a skeleton of four letters or more, every key one letter shorter: two skeletons
 * one edit apart share one of these. Three letters allow no edit: two-letter keys are shared by thousands.
 */
export function skeletonKeys(key: string): string[] {
  const keys = [key];
  if (key.length >= 4) for (let i = 0; i < key.length; i++) keys.push(key.slice(0, i) + key.slice(i + 1));
  return keys;
}
