// A Latin-script Kazakh text in Cyrillic, word by word, with a map from every offset of the Cyrillic form
// back to the text as written. Names that are not Kazakh stay as written ("Huawei", "Tianjin Youxin
// Intelligent Technology Co., Ltd.", "ELTE"): a word is kept when it has a letter no Kazakh spelling uses,
// or when it is a capitalised word the directory or an English word list knows in Latin letters and not in
// Cyrillic; the capitalised words next to a kept one in the same name are kept with it.
import { type Letter, lettersOf, readWord, type WordReading } from "./letters";
import { ENGLISH_NAME_WORDS, KAZAKH_COMMON_WORDS, NAME_ENDINGS, NAME_JOINERS, type Spelling } from "./tables";

/** What is known of words, in the directory and the word lists (lower case, as written). */
export interface WordLookup {
  latin(word: string): boolean;
  cyrillic(word: string): boolean;
}

export interface Converted {
  text: string;
  spelling: Spelling;
  /** For each offset of `text` (and its end), the offset in the text as written. */
  origin: Int32Array;
}

const wordSet = (list: string) => new Set(list.trim().split(/\s+/));
let lists:
  | { endings: Set<string>; english: Set<string>; joiners: Set<string>; common: Set<string> }
  | undefined;
const listsOf = () => {
  lists ??= {
    endings: wordSet(NAME_ENDINGS),
    english: wordSet(ENGLISH_NAME_WORDS),
    joiners: wordSet(NAME_JOINERS),
    common: wordSet(KAZAKH_COMMON_WORDS),
  };
  return lists;
};

// Why a word is read as it is; "known", "loose" and "joiner" may change with the words around them.
type Kind =
  | "foreign" // a letter no Kazakh spelling of this text uses: as written
  | "known" // a capitalised word known in Latin letters, not in Cyrillic: as written, unless Kazakh is hyphened to it
  | "marked" // a letter only Kazakh writes: Cyrillic
  | "loose" // capitalised, nothing tells: Cyrillic, or as written inside a name kept as written
  | "joiner" // "of", "and": as written between two words kept as written
  | "plain" // any other word: Cyrillic
  | "split"; // a name known in Latin letters with a Kazakh ending: the name as written, "-", the ending

interface Word {
  start: number;
  end: number;
  letters: Letter[];
  reading: WordReading;
  kind: Kind;
  /** For "split": the letter index where the ending starts. */
  endingAt?: number;
  latin?: boolean;
}

const LATIN = /[A-Za-z\u00c0-\u024f]/;
const COMBINING = /[\u0300-\u036f]/;
const APOSTROPHE = /['’ʼ`´]/;
const APOSTROPHE_LETTERS = /[agnouyiscAGNOUYISC]/;

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x400 && code <= 0x4ff)
  );
}

/** Where the word starting at `start` ends: letters, their marks, apostrophes inside it (or after one of the apostrophe spelling's letters). */
function wordEnd(text: string, start: number, spelling: Spelling): number {
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (isLetter(ch) || COMBINING.test(ch)) {
      i++;
      continue;
    }
    if (APOSTROPHE.test(ch)) {
      const next = text[i + 1] ?? "";
      if (isLetter(next) || (spelling === "apostrophe" && APOSTROPHE_LETTERS.test(text[i - 1] ?? ""))) {
        i++;
        continue;
      }
    }
    break;
  }
  return i;
}

const OPENERS = /[\s«"“„'([—–-]/;

/** Whether a word starting at `start` starts its sentence (or line). */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.test(text[i]!) && text[i] !== "\n") i--;
  return i < 0 || /[\n.!?…:]/.test(text[i]!);
}

const cyrillicKey = (word: string) => word.toLowerCase().replace(/ё/g, "е");
const isCapitalised = (word: string) => word.charAt(0) !== word.charAt(0).toLowerCase();

function knownCyrillic(word: string, lookup: WordLookup): boolean {
  const key = cyrillicKey(word);
  return listsOf().common.has(key) || lookup.cyrillic(key);
}

function knownLatin(word: string, lookup: WordLookup): boolean {
  const key = word.toLowerCase();
  return listsOf().english.has(key) || lookup.latin(key);
}

/** Where a Kazakh ending starts on a name known in Latin letters ("Harvard|pen"), if it has one. */
function endingOf(word: string, w: Word, lookup: WordLookup): number | undefined {
  const pieces = w.reading.pieces;
  let ending = "";
  for (let p = pieces.length - 1; p > 0 && ending.length < 5; p--) {
    ending = pieces[p]!.text.toLowerCase() + ending;
    if (!listsOf().endings.has(ending)) continue;
    const at = pieces[p]!.first;
    const head = word.slice(0, w.letters[at]!.from);
    if (head.length < 4) continue;
    const cyrillicHead = pieces
      .slice(0, p)
      .map((piece) => piece.text)
      .join("");
    if (knownLatin(head, lookup) && !knownCyrillic(cyrillicHead, lookup)) return at;
  }
  return undefined;
}

/**
 * A name's first "E" is э in Cyrillic when the directory writes it so ("Emre" Эмре, "Edinbýrg" Эдинбург):
 * the Latin spellings write е and э alike.
 */
function readFirstE(w: Word, lookup: WordLookup): void {
  const first = w.reading.pieces[0];
  if (first?.text.charAt(0) !== "Е" || w.letters[0]?.key !== "e") return;
  const other = `Э${w.reading.text.slice(1)}`;
  if (!knownCyrillic(other, lookup) || knownCyrillic(w.reading.text, lookup)) return;
  first.text = `Э${first.text.slice(1)}`;
  w.reading.text = other;
}

function classify(word: string, w: Word, opens: boolean, lookup: WordLookup): Kind {
  if (!LATIN.test(word)) return "plain";
  const capital = isCapitalised(word);
  if (capital) readFirstE(w, lookup);
  if (capital && !knownLatin(word, lookup)) {
    const at = endingOf(word, w, lookup);
    if (at !== undefined) {
      w.endingAt = at;
      return "split";
    }
  }
  if (w.reading.foreign) return "foreign";
  if (capital && knownLatin(word, lookup) && !knownCyrillic(w.reading.text, lookup)) return "known";
  if (w.reading.marked) return "marked";
  // "Ol", "Bul" at a sentence's start are Kazakh words, never part of a name; so is any word the
  // directory does not know there ("Taraptar ELTE men ...").
  if (capital && !listsOf().common.has(cyrillicKey(w.reading.text)) && (!opens || knownLatin(word, lookup)))
    return "loose";
  return listsOf().joiners.has(word) ? "joiner" : "plain";
}

// What may stand between two words of one name: spaces, "&", a comma ("Co., Ltd."), a hyphen.
const NAME_GAP = /^(?:[ \t]+|[ \t]*&[ \t]*|\.?,[ \t]*|-)$/;

/** Decides, for the words of one name, which are kept as written. */
function settleNames(text: string, words: Word[]): void {
  const isLatin = (w: Word) => w.kind === "foreign" || w.kind === "known" || w.kind === "split";
  // A Kazakh word hyphened to a known one makes it Kazakh too ("Is-sharaǵa", "Äl-Farabi"); an ending
  // does not ("Rockwell Automation-nyń").
  const kazakh = (w: Word) => w.kind === "marked" && !listsOf().endings.has(w.reading.text.toLowerCase());
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (text.slice(a.end, b.start) !== "-") continue;
    if (a.kind === "known" && kazakh(b)) a.kind = "marked";
    if (b.kind === "known" && kazakh(a)) b.kind = "marked";
  }
  for (let i = 0; i < words.length; ) {
    let j = i + 1;
    const member = (w: Word) => w.kind !== "marked" && w.kind !== "plain";
    if (!member(words[i]!)) {
      i++;
      continue;
    }
    while (
      j < words.length &&
      member(words[j]!) &&
      NAME_GAP.test(text.slice(words[j - 1]!.end, words[j]!.start))
    )
      j++;
    const run = words.slice(i, j);
    if (run.some(isLatin)) {
      // Joiners only inside the name: "University of Tokyo", not a trailing "of".
      let last = run.length - 1;
      while (last >= 0 && run[last]!.kind === "joiner") last--;
      let first = 0;
      while (first < run.length && run[first]!.kind === "joiner") first++;
      for (let k = first; k <= last; k++) run[k]!.latin = true;
    }
    i = j;
  }
  for (const w of words) if (w.latin === undefined) w.latin = isLatin(w);
}

/** The text in Cyrillic, with the map back to the text as written. */
export function convertText(text: string, spelling: Spelling, lookup: WordLookup): Converted {
  const words: Word[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text[i]!)) {
      i++;
      continue;
    }
    const end = wordEnd(text, i, spelling);
    const raw = text.slice(i, end);
    const letters = lettersOf(raw, spelling);
    const w: Word = { start: i, end, letters, reading: readWord(letters, spelling), kind: "plain" };
    w.kind = classify(raw, w, opensSentence(text, i), lookup);
    words.push(w);
    i = end;
  }
  settleNames(text, words);

  const out: string[] = [];
  const origin: number[] = [];
  const emit = (piece: string, at: number) => {
    out.push(piece);
    for (let k = 0; k < piece.length; k++) origin.push(at);
  };
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    out.push(text.slice(from, to));
    for (let k = from; k < to; k++) origin.push(k);
  };
  let at = 0;
  for (const w of words) {
    copy(at, w.start);
    if (w.kind === "split") {
      const cut = w.start + w.letters[w.endingAt!]!.from;
      copy(w.start, cut);
      emit("-", cut);
      for (const piece of w.reading.pieces)
        if (piece.first >= w.endingAt!) emit(piece.text, w.start + w.letters[piece.first]!.from);
    } else if (w.latin) copy(w.start, w.end);
    else for (const piece of w.reading.pieces) emit(piece.text, w.start + w.letters[piece.first]!.from);
    at = w.end;
  }
  copy(at, text.length);
  origin.push(text.length);
  return { text: out.join(""), spelling, origin: Int32Array.from(origin) };
}

/** The text as written that the Cyrillic form's `start`..`end` came from. */
export function originalSlice(converted: Converted, written: string, start: number, end: number): string {
  const from = converted.origin[Math.max(0, Math.min(start, converted.origin.length - 1))]!;
  const to = converted.origin[Math.max(0, Math.min(end, converted.origin.length - 1))]!;
  return written.slice(from, Math.max(from, to));
}
