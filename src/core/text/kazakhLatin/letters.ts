// One word of Latin-script Kazakh in Cyrillic letters, by a spelling's table (tables.ts), compiled once.
import { type Spelling, TABLES } from "./tables";

interface Rule {
  start?: string;
  afterVowel?: string;
  anywhere?: string;
}

interface Compiled {
  rules: Map<string, Rule>;
  /** Every beginning of a group ("d", "de", ..., "delegası"): a group is only looked for while it can still be one. */
  prefixes: ReadonlySet<string>;
  marks: ReadonlySet<string>;
  capitalI: { front: ReadonlySet<string>; frontLetter: string; otherLetter: string } | undefined;
}

const CYRILLIC_VOWELS = new Set("аәеёиоөұүуыіэюяАӘЕЁИОӨҰҮУЫІЭЮЯ");
const LATIN_VOWELS = new Set("aáäeiıoóöuúüūyý");
const APOSTROPHES = new Set(["'", "’", "ʼ", "`", "´"]);

function compile(spelling: Spelling): Compiled {
  const table = TABLES[spelling];
  const rules = new Map<string, Rule>();
  const prefixes = new Set<string>();
  for (const pair of table.rules.trim().split(/\s+/)) {
    const eq = pair.indexOf("=", 1);
    const to = pair.slice(eq + 1);
    let from = pair.slice(0, eq);
    const place = from.startsWith("^") ? "start" : from.startsWith("+") ? "afterVowel" : "anywhere";
    if (place !== "anywhere") from = from.slice(1);
    const rule = rules.get(from) ?? {};
    rule[place] = to;
    rules.set(from, rule);
    for (let end = 1; end <= from.length; end++) prefixes.add(from.slice(0, end));
  }
  const capitalI = table.capitalI && {
    front: new Set(table.capitalI.front),
    frontLetter: table.capitalI.frontLetter,
    otherLetter: table.capitalI.otherLetter,
  };
  return { rules, prefixes, marks: new Set(table.marks), capitalI };
}

const compiled = new Map<Spelling, Compiled>();

function tableOf(spelling: Spelling): Compiled {
  let table = compiled.get(spelling);
  if (!table) {
    table = compile(spelling);
    compiled.set(spelling, table);
  }
  return table;
}

/** One letter of a word as the tables read it: lower case, marks composed, apostrophes alike. */
export interface Letter {
  key: string;
  /** As written. */
  raw: string;
  upper: boolean;
  /** Where it is in the word as written, end exclusive. */
  from: number;
  to: number;
}

const COMBINING = /[\u0300-\u036f]/;

/** The letters of a word as written (a letter and its combining marks are one letter). */
export function lettersOf(word: string, spelling: Spelling): Letter[] {
  const letters: Letter[] = [];
  const table = tableOf(spelling);
  for (let i = 0; i < word.length; ) {
    const from = i;
    let ch = word[i++]!;
    while (i < word.length && COMBINING.test(word[i]!)) ch += word[i++];
    if (ch.length > 1) ch = ch.normalize("NFC");
    if (APOSTROPHES.has(ch)) {
      letters.push({ key: "'", raw: ch, upper: false, from, to: i });
      continue;
    }
    const lower = ch === "İ" ? "i" : ch.toLowerCase();
    letters.push({ key: lower, raw: ch, upper: lower !== ch, from, to: i });
  }
  // A capital I where the spelling has one capital for і and и: by the word's other vowels (the first
  // letter of a word, any letter of a word in capitals).
  const capitalI = table.capitalI;
  if (capitalI) {
    const allCaps = letters.every((l) => l.upper || !/[a-z\u00c0-\u024f]/.test(l.key));
    const capitals = allCaps
      ? letters.filter((l) => l.raw === "I")
      : letters.slice(0, 1).filter((l) => l.raw === "I");
    // The other vowels decide, and they are the same for every capital I of the word: one look.
    if (capitals.length > 0) {
      const front = letters.every(
        (l) => l.raw === "I" || !LATIN_VOWELS.has(l.key) || capitalI.front.has(l.key),
      );
      for (const letter of capitals) letter.key = front ? capitalI.frontLetter : capitalI.otherLetter;
    }
  }
  return letters;
}

/** A piece of the Cyrillic form and the letters it came from. */
export interface Piece {
  text: string;
  /** Letter indices, end exclusive. */
  first: number;
  end: number;
}

export interface WordReading {
  pieces: Piece[];
  /** The Cyrillic form. */
  text: string;
  /** It has a letter only Kazakh in this spelling writes. */
  marked: boolean;
  /** It has a Latin letter the spelling does not use ("w", "x", "é"): not a Kazakh word. */
  foreign: boolean;
}

const isLatinLetter = (ch: string) => /[a-z\u00c0-\u024f]/.test(ch);

function cased(text: string, letters: readonly Letter[], first: number, end: number, allUpper: boolean) {
  if (!letters[first]!.upper) return text;
  if (allUpper && (end - first > 1 || letters.length > 1)) return text.toUpperCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A word's letters in Cyrillic: the longest group whose rule holds at each place, letters it lacks as they are. */
export function readWord(letters: readonly Letter[], spelling: Spelling): WordReading {
  const table = tableOf(spelling);
  const pieces: Piece[] = [];
  let text = "";
  let marked = false;
  let foreign = false;
  // The last letter written, kept apart: reading the end of a string built piece by piece flattens it.
  let last = "";
  const n = letters.length;
  const allUpper = letters.every((l) => l.upper || !isLatinLetter(l.key));
  for (let at = 0; at < n; ) {
    let done = false;
    // The groups starting here, shortest first: one step a letter, while the letters can still make one.
    const found: Array<[number, Rule]> = [];
    let key = "";
    for (let k = at; k < n; k++) {
      key += letters[k]!.key;
      if (!table.prefixes.has(key)) break;
      const rule = table.rules.get(key);
      if (rule) found.push([k + 1 - at, rule]);
    }
    for (let f = found.length - 1; f >= 0 && !done; f--) {
      const [length, rule] = found[f]!;
      const out =
        (at === 0 ? rule.start : undefined) ??
        (CYRILLIC_VOWELS.has(last) ? rule.afterVowel : undefined) ??
        rule.anywhere;
      if (out === undefined) continue;
      const piece = cased(out, letters, at, at + length, allUpper);
      pieces.push({ text: piece, first: at, end: at + length });
      text += piece;
      last = piece.charAt(piece.length - 1);
      for (let k = at; k < at + length; k++) {
        const letter = letters[k]!.key;
        // "q" is Kazakh except in "qu" ("Qualcomm", "Quebec"); a capital I is any language's.
        if (letters[k]!.raw === "I") continue;
        if (table.marks.has(letter) || (letter === "q" && letters[k + 1]?.key !== "u")) marked = true;
      }
      at += length;
      done = true;
    }
    if (done) continue;
    const letter = letters[at]!;
    if (isLatinLetter(letter.key)) foreign = true;
    pieces.push({ text: letter.raw, first: at, end: at + 1 });
    text += letter.raw;
    last = letter.raw;
    at++;
  }
  return { pieces, text, marked, foreign };
}
