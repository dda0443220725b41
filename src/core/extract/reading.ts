// The form of an article the engine reads: the text cleaned of page noise, or, for Kazakh in the Latin alphabet, its
// Cyrillic form, so that every Cyrillic Kazakh table (names, cue words, roles, fields, dates) applies. What
// the user sees (summary, title) is taken back from the text as written through the offsets map.
import { knownCyrillicWord, knownLatinWord } from "../directory/scriptWords";
import type { Lang } from "../schema";
import { cleanArticle } from "../text/cleanup";
import {
  convertText,
  detectSpelling,
  isMostlyLatin,
  originalSlice,
  type Spelling,
} from "../text/kazakhLatin";
import { detectLanguage } from "../text/language";
import type { Sentence } from "../text/sentences";

export interface Reading {
  /** The text the engine reads. */
  text: string;
  /** The Latin spelling read from, when the text was Latin-script Kazakh. */
  spelling?: Spelling;
  /** A sentence of `text` as the article wrote it. */
  original(sentence: Sentence): Sentence;
}

const LOOKUP = { latin: knownLatinWord, cyrillic: knownCyrillicWord };
// Cue words, dates and fields are Kazakh words, never names: their form needs no directory.
const NO_NAMES = { latin: () => false, cyrillic: () => false };

let lastCue: { text: string; form: string } | undefined;

/**
 * A text as cue words, fields and dates are read in it, when it is not read as a whole article (a
 * formula's cell): Latin-script Kazakh in its Cyrillic form, any other text as it is.
 */
export function cueFormOf(text: string): string {
  // A cell is read by several formulas in a row (AGREEMENT, STATUS, FIELDS): its form is kept for the next.
  if (lastCue?.text === text) return lastCue.form;
  const form =
    detectLanguage(text) !== "kk" || !isMostlyLatin(text)
      ? text
      : convertText(text, detectSpelling(text), NO_NAMES).text;
  lastCue = { text, form };
  return form;
}

/** The cleaned article (page noise gone, cleanup.ts) in the form the engine reads. */
export function readingOf(text: string, lang: Lang): Reading {
  if (lang !== "kk" || !isMostlyLatin(text)) {
    const cleaned = cleanArticle(text).text;
    return { text: cleaned, original: (sentence) => sentence };
  }
  const spelling = detectSpelling(text);
  const written = cleanArticle(text, (line) => convertText(line, spelling, LOOKUP).text).text;
  const converted = convertText(written, spelling, LOOKUP);
  return {
    text: converted.text,
    spelling,
    original: (sentence) => ({
      ...sentence,
      text: originalSlice(converted, written, sentence.start, sentence.end),
    }),
  };
}
