// Which language an article is written in: en, ru or kk (Kazakh in Cyrillic or in the Latin alphabet).
import type { Lang } from "../schema";
import { APOSTROPHE_LETTER } from "./kazakhLatin/spelling";
import { letterCounts } from "./letterCounts";
import { pieceCount } from "./normalize";

// Frequent Kazakh words in the Latin alphabet (both the 2021 spelling and common informal spellings).
const KAZAKH_LATIN_WORDS =
  /\b(?:j[aá]ne|ush[iy]n|[uú]sh[iy]n|turaly|boiynsha|boıynsha|arqyly|bolyp|qazaq|universitet[iı]|memlekettik|ulttyq|yntymaqtastyq|kelisim|qol qoıdy|qol qoydy|men|bilim)\b/gi;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

export function detectLanguage(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const { cyrillic, latin, kazakh, kazakhLatin } = letterCounts(sample);
  if (cyrillic > latin * 0.5 && cyrillic > 0) {
    // Russian has none of these letters; a Kazakh text has several in every sentence.
    return kazakh >= 3 && kazakh / cyrillic > 0.008 ? "kk" : "ru";
  }
  if (latin === 0) return "en";
  // The 2017 alphabet's letters with an apostrophe ("a'", "n'") are counted apart.
  const kazakhLetters = kazakhLatin + count(sample, APOSTROPHE_LETTER);
  const kazakhWords = count(sample, KAZAKH_LATIN_WORDS);
  const wordCount = pieceCount(sample);
  // A stray mark is not enough ("Iraq", a closing quote after "y"): Kazakh has several in every sentence.
  if ((kazakhLetters >= 3 && kazakhLetters / latin > 0.01) || kazakhWords / wordCount > 0.04) return "kk";
  return "en";
}
