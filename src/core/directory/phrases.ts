// A phrase index: a hash from the key of a phrase's first word to the phrases starting with it, so a text
// is searched in one pass over its words, however many phrases there are. Institutions, countries and
// places all use it.
import { fold, isAcronym, type Token, tokenize } from "../text/normalize";
import { wordFact } from "../text/wordFacts";
import { indexKeys, wordKeys } from "./inflection";
import { NAME_FILLERS } from "./words/fillers";

/** Words a name may carry or drop without becoming another name. */
export const SKIPPED_WORDS: ReadonlySet<string> = new Set(
  NAME_FILLERS.split("\n").flatMap((line) => (line.split("|")[1] ?? "").split(/\s+/).filter((w) => w !== "")),
);

interface PhraseEntry<T> {
  words: ReadonlyArray<readonly string[]>;
  /** Words written with a capital in a Latin-script name: "Shymkent University" is not "shymkent university". */
  capitals: readonly boolean[];
  value: T;
  /** An acronym ("NU", "ЕНУ", "КНР") only matches a word written with capitals. */
  needsCapitals: boolean;
  /** Lower ranks win ties: the user's entries before the built-in ones. */
  rank: number;
}

export interface PhraseIndex<T> {
  byFirstWord: Map<string, PhraseEntry<T>[]>;
  /**
   * Phrases not yet read, by the first letters of their first word. Reading (tokenising, stemming) a
   * thousand institutions' aliases costs more than a custom formula may spend, so a bucket is read the
   * first time a text has a word starting with those letters.
   */
  pending: Map<string, Array<() => void>>;
  /** Bumped whenever phrases are read, so that `candidates` knows when it is stale. */
  version: number;
  /** Per word: the phrases that may start with it (every key's list, joined), as of `version`. */
  candidates: Map<string, Candidates<T>>;
  /** Bumped whenever `candidates` is emptied, so that a word's record (`Word`) knows its lists are gone. */
  generation: number;
}

interface Candidates<T> {
  version: number;
  entries: PhraseEntry<T>[];
  /** The same split by the next word, made the first time a text needs it (see `worthTrying`). */
  byNext?: ByNextWord;
}

interface ByNextWord {
  single: number[];
  bySecond: Map<string, number[]>;
}

export interface PhraseMatch<T> {
  value: T;
  /** Token indices in the token list searched, end exclusive. */
  first: number;
  end: number;
}

export function emptyIndex<T>(): PhraseIndex<T> {
  return { byFirstWord: new Map(), pending: new Map(), version: 0, candidates: new Map(), generation: 0 };
}

const BUCKET = 4;
const SIMPLE_HEAD = /^[a-z0-9а-яәғқңөұүһі]*$/;

/** The bucket of a phrase: the first letters of its first word, folded. */
export function bucketOf(phrase: string): string | undefined {
  // A plain loop: this runs for every alias of the directory at first use.
  let start = 0;
  const n = phrase.length;
  for (;;) {
    while (start < n && !isWordChar(phrase.charCodeAt(start))) start++;
    let end = start;
    while (end < n && isWordChar(phrase.charCodeAt(end))) end++;
    if (start >= n) return undefined;
    const word = phrase.slice(start, end);
    if (end - start === 3 && word.toLowerCase() === "the") {
      start = end;
      continue;
    }
    const head = word.slice(0, BUCKET).toLowerCase();
    // Plain ASCII and Cyrillic need no more folding; "ё" and Latin diacritics take the full fold.
    return SIMPLE_HEAD.test(head) ? head : fold(word.slice(0, BUCKET + 2)).slice(0, BUCKET);
  }
}

// Letters and digits of the scripts the data uses; apostrophes and hyphens end a word, as in tokenize.
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x400 && code <= 0x4ff)
  );
}

/** Adds a phrase; it is read when a text first needs it. */
export function addPhrase<T>(index: PhraseIndex<T>, phrase: string, value: T, rank = 1): void {
  const bucket = bucketOf(phrase);
  if (bucket === undefined) return;
  addPending(index, bucket, () => readPhrase(index, phrase, value, rank));
}

/** Registers work that adds the phrases starting with `bucket` (a whole data line, for instance). */
export function addPending<T>(index: PhraseIndex<T>, bucket: string, read: () => void): void {
  const list = index.pending.get(bucket);
  if (list) list.push(read);
  else index.pending.set(bucket, [read]);
}

/** Reads the pending phrases whose first word could be this key. */
function expand<T>(index: PhraseIndex<T>, key: string): void {
  if (index.pending.size === 0) return;
  const buckets = key.length >= BUCKET ? [key.slice(0, BUCKET)] : [key];
  // Words the synonym table maps ("министр" -> "министерство") share their first letters, so one bucket
  // is enough; a key shorter than a bucket names the whole word.
  for (const bucket of buckets) {
    const list = index.pending.get(bucket);
    if (!list) continue;
    index.pending.delete(bucket);
    for (const read of list) read();
  }
}

export function readPhrase<T>(index: PhraseIndex<T>, phrase: string, value: T, rank: number): void {
  const tokens = tokenize(phrase).filter((token) => !SKIPPED_WORDS.has(token.norm));
  if (tokens.length === 0) return;
  const first = tokens[0]!;
  const needsCapitals =
    tokens.length === 1 &&
    (isAcronym(first.raw) || (first.raw.length <= 4 && first.raw === first.raw.toUpperCase()));
  // An acronym has no stem: "КазНУИ" must not be filed as "КазНУ".
  // A stem shorter than a bucket ("шар" of "Шарите") is no key: it would be found only once its word's
  // bucket had been read for another text (the results of one article would depend on the ones before), and
  // so short a stem is another word's too ("шара" of "іс-шара", an event).
  const words = needsCapitals
    ? [[first.norm]]
    : tokens.map((token, i) => {
        const keys = indexKeys(token.norm).filter((key) => key === token.norm || key.length >= BUCKET);
        // The last word is met as written: an initial only stands for a first name before its surname.
        return i === 0 || i === tokens.length - 1 ? keys : [...keys, ...initialKeys(token, "name")];
      });
  // "the akimat of Turkistan Region", "the ministry of education of Mongolia": these heads are often written
  // in lower case; the rest of the name still has to be capitalised.
  const capitals = tokens.map(
    (token) => /^[A-Z]/.test(token.raw) && tokens.length > 1 && !LOWER_CASE_WORDS.has(token.norm),
  );
  const entry: PhraseEntry<T> = { words, capitals, value, needsCapitals, rank };
  index.version++;
  for (const key of words[0] ?? []) {
    const list = index.byFirstWord.get(key);
    if (list) list.push(entry);
    else index.byFirstWord.set(key, [entry]);
  }
}

// Words of a state body's name news often writes in lower case ("the Aktobe regional akimat", "the ministry
// of education of Mongolia"); the rest of the name still has to be capitalised.
const LOWER_CASE_WORDS = new Set(["akimat", "ministry", "region", "regional", "city", "oblast"]);

function acronymForm(norm: string, acronym: string): boolean {
  if (!norm.startsWith(acronym)) return true; // matched through another key (a Kazakh base, a synonym)
  return norm.length === acronym.length || norm.length - acronym.length >= 2;
}

function capitalCount(raw: string): number {
  let capitals = 0;
  for (const ch of raw) if (ch !== ch.toLowerCase()) capitals++;
  return capitals;
}

const KAZAKH_CLOSING_HEAD = /^(?:университет[іи]|институт[ыі]|колледж[іи]|академия[сc]ы)[\p{L}]*$/u;

function meets(a: readonly string[], b: readonly string[]): boolean {
  for (const key of a) if (b.includes(key)) return true;
  return false;
}

const UPPER_START = /^\p{Lu}/u;

/** What the phrases tried at one place ask of the place's first word: each read once, when first asked. */
interface Place {
  first: Token;
  /** Written as an acronym: two capitals, or all capitals. */
  acronym?: boolean;
  /** A Kazakh head with its possessive ending ("университеті"), which closes a name. */
  closingHead?: boolean;
  capital?: boolean;
}

const isAcronymLike = (place: Place) =>
  (place.acronym ??= capitalCount(place.first.raw) >= 2 || place.first.raw === place.first.raw.toUpperCase());
const isClosingHead = (place: Place) =>
  (place.closingHead ??= place.first.norm.length > 8 && KAZAKH_CLOSING_HEAD.test(place.first.norm));
const isCapital = (place: Place) => (place.capital ??= UPPER_START.test(place.first.raw));

function matchLength<T>(
  entry: PhraseEntry<T>,
  place: Place,
  tokens: readonly Token[],
  at: number,
  kept: readonly number[],
  anyCase: boolean,
): number {
  const length = entry.words.length;
  if (at + length > kept.length) return 0;
  // "Ранее" is no "РАН": the text's word must itself be written as an acronym (two capitals, or all capitals).
  if (entry.needsCapitals && !isAcronymLike(place)) return 0;
  // "КазНУИ" is not "КазНУ" with an ending: an acronym takes only a Kazakh case ending ("КБТУдың").
  if (entry.needsCapitals && !acronymForm(place.first.norm, entry.words[0]![0]!)) return 0;
  // "Ертіс университеті Цинхуа университетімен": a Kazakh head with its possessive ending closes a name,
  // so it cannot open "Университет Цинхуа".
  if (length > 1 && isClosingHead(place)) return 0;
  if (!anyCase && entry.capitals[0] && !isCapital(place)) return 0;
  for (let j = 1; j < length; j++) {
    const token = tokens[kept[at + j]!]!;
    if (!anyCase && entry.capitals[j] && !UPPER_START.test(token.raw)) return 0;
    if (!meets(entry.words[j]!, keysOf(token))) return 0;
  }
  return length;
}

const NONE: never[] = [];

/** A token's keys, computed once per token. */
function keysOf(token: Token): readonly string[] {
  if (token.keys === undefined) {
    const extra = initialKeys(token, "text");
    const { keys } = wordOf(token);
    token.keys = extra.length > 0 ? [...keys, ...extra] : keys;
  }
  return token.keys;
}

// A person's initial stands for the name it begins, both ways: «СКУ им. М. Козыбаева» is «СКУ имени Манаша
// Козыбаева». Extra keys carry the first letter: one kind pairs a directory name's initial with a first name
// written out in the text, the other a directory name's first name with an initial in the text. Never on a
// name's first word (the index is not touched) nor its last (the surname is met as written).
const INITIAL_IN_NAME = "\u0001";
const INITIAL_IN_TEXT = "\u0002";
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;

function initialKeys(token: Token, side: "name" | "text"): string[] {
  if (!UPPER.test(token.raw) || !LETTER.test(token.norm)) return NONE;
  const initial = token.norm.length === 1;
  const letter = token.norm[0]!;
  if (side === "name") return [(initial ? INITIAL_IN_NAME : INITIAL_IN_TEXT) + letter];
  return [(initial ? INITIAL_IN_TEXT : INITIAL_IN_NAME) + letter];
}

function candidatesOf<T>(index: PhraseIndex<T>, norm: string, keys: readonly string[]): Candidates<T> {
  const cached = index.candidates.get(norm);
  if (cached && cached.version === index.version) return cached;
  // First sight of the word: read the buckets its keys fall in (a word seen before has had them read).
  if (!cached && index.pending.size > 0) for (const key of keys) expand(index, key);
  let entries: PhraseEntry<T>[] = NONE;
  for (const key of keys) {
    const list = index.byFirstWord.get(key);
    if (list) entries = entries === NONE ? list : entries.concat(list);
  }
  // An entry filed under two keys of the same word is tried once.
  if (entries.length > 1 && keys.length > 1) entries = [...new Set(entries)];
  if (index.candidates.size > 100000) {
    index.candidates.clear();
    index.generation++;
  }
  const candidates: Candidates<T> = { version: index.version, entries };
  index.candidates.set(norm, candidates);
  return candidates;
}

/**
 * What the matcher keeps of a word (see text/wordFacts.ts): its keys, whether a name may drop it, and per
 * index the phrase list `candidatesOf` last gave for it. The list is only a shortcut: it is the index's own
 * entry for the word as long as the index has neither been emptied (`generation`) nor read more phrases
 * (`version`); otherwise the index is asked again, as before.
 */
interface Word {
  keys: readonly string[];
  skipped: boolean;
  /**
   * Per index asked about the word, four cells in a row: the index, its generation and version then, and the
   * list. One flat array: every word of every sentence is checked here, and each object more to reach costs.
   */
  lists: unknown[];
}

const wordOf = wordFact(
  (norm): Word => ({ keys: wordKeys(norm), skipped: SKIPPED_WORDS.has(norm), lists: [] }),
);

/** `candidatesOf` for a token, through its word's shortcut when that still holds. */
function candidatesAt<T>(index: PhraseIndex<T>, token: Token): Candidates<T> {
  const { lists } = wordOf(token);
  let at = 0;
  while (at < lists.length && lists[at] !== index) at += 4;
  if (at < lists.length && lists[at + 1] === index.generation && lists[at + 2] === index.version)
    return lists[at + 3] as Candidates<T>;
  const candidates = candidatesOf(index, token.norm, keysOf(token));
  if (at === lists.length && lists.length >= 16) {
    // A word meets a few indexes (countries, the directory, a user's own entries): the oldest goes first.
    lists.splice(0, 4);
    at -= 4;
  }
  lists[at] = index;
  lists[at + 1] = index.generation;
  lists[at + 2] = candidates.version;
  lists[at + 3] = candidates;
  return candidates;
}

// A word that starts this many phrases or fewer has them all tried; more ("университет" starts hundreds),
// only those the next word can continue.
const FEW = 8;

/** Where in `entries` the one-word phrases are, and by each key of their second word, the longer ones. */
function byNextWord<T>(entries: readonly PhraseEntry<T>[]): ByNextWord {
  const single: number[] = [];
  const bySecond = new Map<string, number[]>();
  entries.forEach((entry, k) => {
    if (entry.words.length === 1) single.push(k);
    else
      for (const key of new Set(entry.words[1])) {
        const list = bySecond.get(key);
        if (list) list.push(k);
        else bySecond.set(key, [k]);
      }
  });
  return { single, bySecond };
}

/**
 * The places in a word's phrase list worth trying before a next word with these keys, in the list's order
 * (ties go to the phrase listed first): the one-word phrases, and those whose second word meets the next
 * word. Any other phrase would not match there.
 */
function worthTrying<T>(candidates: Candidates<T>, nextKeys: readonly string[]): readonly number[] {
  candidates.byNext ??= byNextWord(candidates.entries);
  const { single, bySecond } = candidates.byNext;
  // The lists as they are when one alone applies; joined (a new array, sorted in place) when more do.
  let only: readonly number[] = single;
  let joined: number[] | undefined;
  for (const key of nextKeys) {
    const list = bySecond.get(key);
    if (!list) continue;
    if (joined) joined.push(...list);
    else if (only.length === 0) only = list;
    else joined = [...only, ...list];
  }
  if (!joined) return only;
  joined.sort((a, b) => a - b);
  return joined.filter((place, k) => k === 0 || joined[k - 1] !== place);
}

/** Every phrase of the indexes found in the tokens, longest first, left to right, without overlaps. */
export function findPhrases<T>(
  tokens: readonly Token[],
  indexes: ReadonlyArray<PhraseIndex<T>>,
  anyCase = false,
): PhraseMatch<T>[] {
  const kept: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (!wordOf(tokens[i]!).skipped) kept.push(i);
  const found: PhraseMatch<T>[] = [];
  // One place object for the whole search, cleared at each place (a text has a million words to try).
  const place: Place = { first: tokens[0]! };
  let at = 0;
  while (at < kept.length) {
    let bestEntry: PhraseEntry<T> | undefined;
    let bestLength = 0;
    const token = tokens[kept[at]!]!;
    place.first = token;
    place.acronym = place.closingHead = place.capital = undefined;
    let nextKeys: readonly string[] | undefined;
    for (const index of indexes) {
      const candidates = candidatesAt(index, token);
      const { entries } = candidates;
      let tried: readonly number[] | undefined;
      if (entries.length > FEW) {
        nextKeys ??= at + 1 < kept.length ? keysOf(tokens[kept[at + 1]!]!) : NONE;
        tried = worthTrying(candidates, nextKeys);
      }
      const count = tried ? tried.length : entries.length;
      for (let k = 0; k < count; k++) {
        const entry = entries[tried ? tried[k]! : k]!;
        const n = matchLength(entry, place, tokens, at, kept, anyCase);
        if (n > bestLength || (n === bestLength && n > 0 && bestEntry && entry.rank < bestEntry.rank)) {
          bestEntry = entry;
          bestLength = n;
        }
      }
    }
    if (bestEntry) {
      found.push({ value: bestEntry.value, first: kept[at]!, end: kept[at + bestLength - 1]! + 1 });
      at += bestLength;
    } else at++;
  }
  return found;
}
