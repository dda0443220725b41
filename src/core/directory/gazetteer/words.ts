// The words two names of one institution share, whatever their order and language of the generic parts:
// "University of Agriculture and Forestry" and "Agricultural and Forestry University", "Zhejiang University
// of Technology" and "Zhejiang Technological University", "Universität Wien" and "Wien University" all
// come out as the same set. Generic words fold into one class each; proper words stay as written (folded).
import { fold } from "../../text/normalize";

// A class <- its English forms | the forms of the other Latin-script languages of the data.
const CLASSES: Record<string, string> = {
  univ: "university universities | universitat universitaet universidad universite universita universitatea universidade universiteit universitet uniwersytet universitas universiti univerzita univerzitet univerza universiteti universitesi",
  inst: "institute institutes | institut instituto istituto instytut institutet institutul",
  college: "college colleges | kolej koleji collegium",
  academy: "academy | academie akademie akademia academia akademiya akademija",
  polytech:
    "polytechnic polytechnical | polytechnique politecnic politecnico politecnica politechnika politeknik politehnica polytechnika",
  tech: "technology technologies technological technical technic technics tech | technische technischen tecnologico tecnologica tecnologia technologie technologii teknologi teknik",
  agri: "agricultural agriculture agrarian | agraria agrarias",
  forest: "forestry forest forests |",
  med: "medical medicine medicinal | medicina medizinische",
  econ: "economic economics economy economical | economia economie ekonomi",
  sci: "science sciences scientific | ciencias",
  lang: "language languages linguistic linguistics |",
  pedag: "pedagogical pedagogic pedagogy |",
  engin: "engineering engineers |",
  transport: "transport transportation |",
  national: "national | nacional nationale nazionale",
  international: "international | internacional internationale internazionale",
  saint: "saint st | sankt",
  normal: "normal |",
  state: "state |",
  applied: "applied | angewandte aplicada aplicadas",
};

// Words that tell no two institutions apart: articles, prepositions, conjunctions, "named after".
const STOP = new Set(
  "of and the for in at on de del della delle dei degli di der die das des du la le les el los las y e et und i da do dos named after im imeni".split(
    " ",
  ),
);

// Stop words of the other languages: "Universidad de Antioquia" is not an English name.
const FOREIGN_STOP = new Set(
  "de del della delle dei degli di der die das des du la le les el los las y e et und da do dos".split(" "),
);

/** The classes: words a name shares with many others, which never count as its own. */
export const GENERIC = new Set(Object.keys(CLASSES));

let forms: Map<string, string> | undefined;
const foreignForms = new Set<string>();
function formTable(): Map<string, string> {
  if (!forms) {
    forms = new Map();
    for (const [cls, list] of Object.entries(CLASSES)) {
      const [english = "", other = ""] = list.split("|");
      for (const form of english.trim().split(" ")) forms.set(form, cls);
      for (const form of other.trim().split(" ").filter(Boolean)) {
        forms.set(form, cls);
        foreignForms.add(form);
      }
    }
  }
  return forms;
}

/** Whether a name's generic words are English ("Kastamonu University", not "Kastamonu Üniversitesi"). */
export function isEnglishName(name: string): boolean {
  formTable();
  for (const [word] of foldName(name).matchAll(WORD))
    if (foreignForms.has(word) || FOREIGN_STOP.has(word)) return false;
  return true;
}

// The letters of the scripts names come in, after folding. Plain ranges: a Unicode-property class would
// make reading the whole gazetteer several times slower.
const WORD = /[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+/g;

/** One folded word as the matcher compares it: its class if it has one, else itself. */
export function canonicalWord(word: string): string {
  return formTable().get(word) ?? word;
}

// Latin letters no diacritic folding takes apart: "Białystok" is "Bialystok", "Ørsted" "Orsted".
const LETTERS: Record<string, string> = { ł: "l", ø: "o", đ: "d", ß: "ss", æ: "ae", œ: "oe" };

/**
 * A text folded for reading names: lower case without diacritics, apostrophes closed up ("Xi'an" ->
 * "xian"), "A&F" and "R&D" one word. Line breaks stay where they are.
 */
export function foldName(text: string): string {
  const lower = text.toLowerCase();
  // Only runs beyond ASCII need the full fold (its Unicode normalisation is the slow part).
  const plain = /[\u0080-\uffff]/.test(lower)
    ? lower.replace(/[\u0080-\uffff]+/g, (run) => fold(run).replace(/[łøđßæœ]/g, (ch) => LETTERS[ch] ?? ch))
    : lower;
  // "Russia's Mendeleev University": the possessive is no part of a word.
  return plain
    .replace(/(\p{L})['’ʼ`]s\b/gu, "$1")
    .replace(/['’ʼ`]/g, "")
    .replace(/\b([a-z0-9]) ?& ?([a-z0-9])\b/g, "$1$2");
}

/** Whether a folded word counts: not a stop word, not a stray initial. */
export function isNameWord(word: string): boolean {
  return !STOP.has(word) && (word.length > 1 || (word >= "0" && word <= "9"));
}

/** The words of a folded name that matter for matching, classed. */
export function foldedWords(folded: string): string[] {
  const out: string[] = [];
  for (const [raw] of folded.matchAll(WORD)) if (isNameWord(raw)) out.push(canonicalWord(raw));
  return out;
}

/**
 * Every distinctive word of a folded text (not a stop word, not a generic one) -> the lines it is on
 * (0-based, ascending): how the gazetteer is read. One native match for all the words, then one look-up
 * each: this runs over the whole gazetteer at first need.
 */
export function linesByWord(folded: string): Map<string, number[]> {
  const skip = skipped();
  const byWord = new Map<string, number[]>();
  const tokens = folded.match(TOKEN) ?? [];
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === "\n") line++;
    else if ((token.length > 1 || (token >= "0" && token <= "9")) && !skip.has(token)) {
      const lines = byWord.get(token);
      if (lines === undefined) byWord.set(token, [line]);
      else if (lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  return byWord;
}

const TOKEN = new RegExp(`${WORD.source}|\n`, "g");
let skippedWords: Set<string> | undefined;
function skipped(): Set<string> {
  skippedWords ??= new Set([...STOP, ...formTable().keys()]);
  return skippedWords;
}

/** A name read for matching: its words classed (`words`) and as written, folded (`forms`), in step. */
export interface ReadName {
  words: string[];
  forms: string[];
}

export function readName(name: string): ReadName {
  const words: string[] = [];
  const forms: string[] = [];
  for (const [raw] of foldName(name).matchAll(WORD))
    if (isNameWord(raw)) {
      forms.push(raw);
      words.push(canonicalWord(raw));
    }
  return { words, forms };
}

/** The words of a name that matter for matching, in order. */
export function nameWords(name: string): string[] {
  return readName(name).words;
}

/** One key for every order of a name's words as written: two names with one key are the same name. */
export function formKey(name: string): string {
  return readName(name).forms.sort().join(" ");
}

/**
 * How far apart two forms of one class are: nothing when they are the same word, less for two forms of
 * one stem ("Technological" / "Technology") than for two words ("Technological" / "Technical").
 */
export function formPenalty(a: string, b: string): number {
  if (a === b) return 0;
  return a.slice(0, 7) === b.slice(0, 7) ? 0.1 : 0.2;
}
