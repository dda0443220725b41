// The lexicon compiler: turns entries written in a small notation into regular-expression sources, and
// those into matchers built once, at first use (loading the engine costs a custom formula nothing).
//
// The notation, read against folded text (lower case, "ё" -> "е", Latin letters without marks):
//   подписал          the whole word: it ends there ("подписал", not "подписала")
//   подписал*         a stem: the word and any ending ("подписал", "подписали", "подписано"); a matcher
//                     says whether "*" stops at the word's last letter or at the next space
//   *учился           a word ending in it ("учился", "обучился")
//   подписал(а|и|)    one of the endings (or words) in brackets; an empty one makes them optional
//   joint ~3 lab*     a gap of up to 3 words between the two ("X ~1" at the end: and up to 1 more word)
//   #                 one digit ("20##" is a year; more digits may follow an entry's last one)
//   !(to|will) signed "signed", but not right after "to" or "will" (only at the start of an entry)
//   branch !(office)  "branch", but not when "office" follows; договор!(ил)* inside a word
//   signing of ?(~3 memorand*)  "signing of" when a memorandum follows within 3 words (not matched itself);
//                     "?(x) word" at the start: right after x
//   re:...            an escape hatch: a raw regular expression, for the rare entry the notation cannot say
// Every entry starts at the start of a word. Spaces match one space; other characters match themselves.

/** Letters and digits of the three languages, spelled out: without the "u" flag the big patterns compile
 * several times faster (the first call of a custom formula pays it). */
export const WORD_CHAR = "0-9a-z\\u00c0-\\u024f\\u0400-\\u04ff";
/** Not inside a word: where every entry starts. */
export const START = `(?<![${WORD_CHAR}])`;
/** The end of a word. */
export const END = `(?![${WORD_CHAR}])`;

const SPECIAL = /[\\^$.+?[\]{}/]/g;
/** Characters that are not notation. */
const LITERAL_RUN = /[^()|*!?#~ ]+/y;
/** " ~2 " (a gap), read where the parser stands. */
const GAP = / ~(\d+)( ?)/y;
/** A gap opening a group that follows a space: "?(~3 memorand*)". */
const LEADING_GAP = /~(\d+)( ?)/y;

export class NotationError extends Error {
  constructor(entry: string, why: string) {
    super(`lexicon entry "${entry}": ${why}`);
    this.name = "NotationError";
  }
}

type Piece = "word" | "stem" | "space" | "lookahead" | "lookbehind";

interface Parsed {
  source: string;
  /** What the last piece was: an entry ends at a word's end unless it ends in a stem or a lookahead. */
  last: Piece;
}

/**
 * What a stem's "*" takes: the rest of the word's letters and digits, or everything up to the next space
 * (punctuation included: what the sentence-cue and field patterns were tuned on).
 */
export type Stem = "letters" | "token";
const STEM_SOURCE: Record<Stem, string> = { letters: `[${WORD_CHAR}]*`, token: "\\S*" };

/** A parser over one entry; `at` moves through it. */
class Parser {
  at = 0;
  constructor(
    readonly entry: string,
    readonly stem: Stem,
  ) {}

  /** Where a stem's "*" stops: at the word's last letter, or at the next space. */
  stemEnd(): string {
    return this.stem === "letters" ? END : "(?!\\S)";
  }

  fail(why: string): never {
    throw new NotationError(this.entry, why);
  }

  /** A sequence up to the end, or to a "|" or ")" of the group it is in. */
  sequence(inGroup: boolean): Parsed {
    const { entry } = this;
    let source = "";
    let last: Piece = "space";
    // What came before the last space: "word !(x)" and "stem* !(x)" end the word first.
    let beforeSpace: Piece = "space";
    while (this.at < entry.length) {
      const ch = entry[this.at]!;
      if (inGroup && (ch === "|" || ch === ")")) break;
      if (ch === ")") this.fail("a ')' without its '('");
      if (ch === "|") this.fail("'|' outside brackets");
      if (ch === "(") {
        this.at++;
        const group = this.group();
        source += group.source;
        last = group.last === "stem" ? "stem" : "word";
      } else if ((ch === "!" || ch === "?") && entry[this.at + 1] === "(") {
        // "!(x)": x is not there; "?(x)": x is there (and is not part of the match).
        const not = ch === "!";
        const atStart = source === "";
        this.at += 2;
        if (atStart) {
          // At the start: "not right after" / "right after". A following space belongs to the context.
          const inner = this.group().source;
          const attached = this.at < entry.length && entry[this.at] !== " ";
          if (!attached) this.at++;
          source += `(?<${not ? "!" : "="}${inner}${attached ? "" : " "})`;
          last = "lookbehind";
        } else if (source.endsWith(" ")) {
          // "word !(x)": not followed by the word x. The space before belongs to what follows, and a gap may
          // open it: "signing of ?(~3 memorand*)".
          source = source.slice(0, -1);
          const inner = this.group(true).source;
          // A stem runs to its word's end first, or it would give back letters until x no longer follows
          // ("education* !(institutions)" would match "educationa" in "educational institutions").
          const wordEnd = beforeSpace === "word" ? END : beforeSpace === "stem" ? this.stemEnd() : "";
          source += `${wordEnd}(?${not ? "!" : "="}${inner})`;
          last = "lookahead";
        } else {
          source += `(?${not ? "!" : "="}${this.group().source})`;
          last = "lookahead";
        }
      } else if (ch === "*") {
        this.at++;
        source += STEM_SOURCE[this.stem];
        last = "stem";
      } else if (ch === "#") {
        // A digit: a number may go on after it ("с #" is "с 50" too).
        this.at++;
        source += "\\d";
        last = "stem";
      } else if (ch === " ") {
        beforeSpace = last;
        GAP.lastIndex = this.at;
        const gap = entry[this.at + 1] === "~" ? GAP.exec(entry) : null;
        if (gap) {
          // " ~2 " between two words; " ~1" before a bracket or at the end: up to that many more words.
          this.at += gap[0].length;
          source += `(?: \\S+){0,${gap[1]}}${gap[2]}`;
        } else {
          if (entry[this.at + 1] === "~") this.fail("a gap is written ' ~N ' between two words");
          this.at++;
          source += " ";
        }
        last = "space";
      } else {
        // A run of plain characters at once ("!" or "~" not starting notation are plain too).
        LITERAL_RUN.lastIndex = this.at;
        const run = LITERAL_RUN.exec(entry)?.[0] ?? ch;
        this.at += run.length;
        source += run.replace(SPECIAL, "\\$&");
        last = "word";
      }
    }
    return { source, last };
  }

  /** After "(": alternatives up to the matching ")"; `spaced`: each starts after a space (or a gap). */
  group(spaced = false): Parsed {
    const alternatives: Parsed[] = [];
    for (;;) {
      let lead = "";
      if (spaced) {
        LEADING_GAP.lastIndex = this.at;
        const gap = LEADING_GAP.exec(this.entry);
        if (gap) this.at += gap[0].length;
        lead = gap ? `(?: \\S+){0,${gap[1]}}${gap[2]}` : " ";
      }
      const alternative = this.sequence(true);
      alternatives.push({ ...alternative, source: lead + alternative.source });
      const ch = this.entry[this.at];
      this.at++;
      if (ch === ")") break;
      if (ch !== "|") this.fail("a '(' without its ')'");
    }
    const stem = alternatives.every((a) => a.last === "stem");
    return { source: `(?:${alternatives.map((a) => a.source).join("|")})`, last: stem ? "stem" : "word" };
  }
}

/** One entry's source, and whether it still has to end at a word's end. */
function compileEntry(entry: string, stem: Stem): { source: string; wordEnd: boolean } {
  if (entry.startsWith("re:")) {
    const raw = entry.slice(3);
    try {
      new RegExp(raw);
    } catch (error) {
      throw new NotationError(entry, error instanceof Error ? error.message : String(error));
    }
    return { source: raw, wordEnd: false };
  }
  if (entry.trim() !== entry || entry === "") throw new NotationError(entry, "empty, or spaces at an end");
  if (entry !== entry.toLowerCase() || entry.includes("ё")) {
    const ch = [...entry].find((c) => c !== c.toLowerCase() || c === "ё");
    throw new NotationError(entry, `'${ch}' is not folded (lower case, е for ё)`);
  }
  const { source, last } = new Parser(entry, stem).sequence(false);
  return { source, wordEnd: last === "word" };
}

/** The regular-expression source of one entry (without the start-of-word check every entry gets). */
export function entrySource(entry: string, stem: Stem = "token"): string {
  const { source, wordEnd } = compileEntry(entry, stem);
  return wordEnd ? `${source}${END}` : source;
}

/** Entries as one alternation, in their order (the first that matches at a place wins). */
export function alternation(entries: readonly string[], stem: Stem = "token"): string {
  // No entries match nothing (an empty alternation would match everywhere).
  if (entries.length === 0) return "(?!)";
  // Neighbouring whole words share one end-of-word check: "(?:a|b)END" tries a, then b, as "aEND|bEND" does,
  // and the pattern stays small (its size is what the first call pays to compile).
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) parts.push(`${run[0]}${END}`);
    else if (run.length > 1) parts.push(`(?:${run.join("|")})${END}`);
    run = [];
  };
  for (const entry of entries) {
    const { source, wordEnd } = compileEntry(entry, stem);
    if (wordEnd) run.push(source);
    else {
      flush();
      parts.push(source);
    }
  }
  flush();
  return parts.join("|");
}

/**
 * A yes/no search for any of the entries. An entry that opens with a stem ("*жазылыңыз*": a word holding
 * it) is there wherever its rest is, whatever letters precede that in its word, so its rest is searched for
 * anywhere: found without trying every word's start and giving its letters back one by one (which cost a
 * page's cleaning more than all its other patterns). Only whether a text matches is the same, not where.
 */
export function searchSource(entries: readonly string[], stem: Stem = "token"): string {
  const stemmed = entries.filter((entry) => entry.startsWith("*"));
  const rest = entries.filter((entry) => !entry.startsWith("*"));
  const parts: string[] = [];
  if (rest.length > 0) parts.push(`${START}(?:${alternation(rest, stem)})`);
  if (stemmed.length > 0)
    parts.push(
      `(?:${alternation(
        stemmed.map((entry) => entry.slice(1)),
        stem,
      )})`,
    );
  return parts.length > 0 ? parts.join("|") : "(?!)";
}

/** The plain letters an entry opening with a stem has right after it ("*учил(ся|ась) в*": "учил"). */
const AFTER_STEM = /^\*([^()|*!?#~ ]+)/;

/**
 * A pattern over entries (`wrap` sets their alternation in its context) that leaves out, for a text without
 * their words, the entries opening with a stem ("*окончил(а|)": a word ending so). Such an entry is tried
 * at every word's start, giving the word's letters back one by one, and costs more than all the others;
 * where none of their words is, it cannot match, so the pattern without it finds the very same matches.
 */
export function stemGated(
  list: () => readonly string[],
  stem: Stem,
  wrap: (alternation: string) => string,
  flags: string,
): () => (text: string) => RegExp {
  return lazy(() => {
    const entries = list();
    const full = new RegExp(wrap(alternation(entries, stem)), flags);
    const stemmed = entries.filter((entry) => entry.startsWith("*"));
    const words = stemmed.map((entry) => AFTER_STEM.exec(entry)?.[1]);
    if (stemmed.length === 0 || words.some((word) => word === undefined)) return () => full;
    const without = new RegExp(
      wrap(
        alternation(
          entries.filter((entry) => !entry.startsWith("*")),
          stem,
        ),
      ),
      flags,
    );
    const holds = new RegExp((words as string[]).map(literal).join("|"), flags.replace("g", ""));
    return (text: string) => (holds.test(text) ? full : without);
  });
}

/** Where a global pattern matches in a text, in order (as `matchAll` finds them, without copying the pattern). */
export function matchSpans(re: RegExp, text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0] === "") re.lastIndex = m.index + (re.unicode && text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return spans;
}

/** The letters an entry surely starts with, up to `length` (fewer when the notation starts sooner). */
export function literalPrefix(entry: string, length: number): string {
  const end = entry.search(/[()|*!#~ ]/);
  return (end < 0 ? entry : entry.slice(0, end)).slice(0, length);
}

/** A plain word as a regular-expression source. */
export function literal(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/** A regular expression (or several) built at its first use. */
export function lazy<T>(build: () => T): () => T {
  let compiled: T | undefined;
  return () => {
    compiled ??= build();
    return compiled;
  };
}

/** Whether a folded text holds any of the entries (starting at a word's start). */
export function anyOf(entries: () => readonly string[], stem: Stem = "token", flags = ""): () => RegExp {
  return lazy(() => new RegExp(`${START}(?:${alternation(entries(), stem)})`, flags));
}

/** Several lists in one pattern, each its own group: one pass over a text says which lists matched. */
export interface Grouped<K> {
  re: RegExp;
  keys: readonly K[];
}

/**
 * One pattern of several keyed lists, compiled at first use. Where two lists could match at the same place
 * the one listed first wins.
 */
export function grouped<K>(lists: () => ReadonlyArray<readonly [K, readonly string[]]>): () => Grouped<K> {
  let compiled: Grouped<K> | undefined;
  return () => {
    if (compiled) return compiled;
    const all = lists();
    const source = all.map(([, entries]) => `(${alternation(entries)})`).join("|");
    compiled = { re: new RegExp(`${START}(?:${source})`, "g"), keys: all.map(([key]) => key) };
    return compiled;
  };
}

/** The keys of the lists matched in a text, each with how many times. */
export function countMatches<K>(matcher: Grouped<K>, text: string): Map<K, number> {
  const { re, keys } = matcher;
  const seen = new Map<K, number>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const group = m.findIndex((value, i) => i > 0 && value !== undefined);
    const key = keys[group - 1];
    if (key !== undefined) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return seen;
}
