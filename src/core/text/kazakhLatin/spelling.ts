// Which Latin spelling of Kazakh a text is written in: the one whose own letters it uses most.
import { letterCounts } from "../letterCounts";
import { SPELLINGS, type Spelling, TABLES } from "./tables";

// A letter and an apostrophe that the apostrophe spelling reads as one letter ("a'", "n'"): before a letter,
// or ending a word, but not an English possessive ("University's", "students'").
export const APOSTROPHE_LETTER =
  /[agnouyicAGNOUYIC]['’ʼ`´](?![sS](?!\p{L}))(?=\p{L}|[\s.,;:!?)»"”]|$)|[sS]['’ʼ`´](?=\p{L})(?![sS](?!\p{L}))/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

const MARKS: Record<Exclude<Spelling, "apostrophe">, RegExp> = {
  acute: marksPattern("acute"),
  umlaut: marksPattern("umlaut"),
};

function marksPattern(spelling: Spelling): RegExp {
  // Every mark but ı, which both the acute and the umlaut spellings write.
  const own = [...TABLES[spelling].marks].filter((ch) => ch !== "ı").join("");
  return new RegExp(`[${own}${own.toUpperCase()}]`, "g");
}

/** Whether a text is written mostly in Latin letters (a Kazakh one in Latin script, once it is Kazakh). */
export function isMostlyLatin(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const { latin, cyrillic } = letterCounts(sample);
  return latin > cyrillic;
}

/** The spelling a Latin-script Kazakh text uses; the acute one (the commonest in the news) when nothing tells. */
export function detectSpelling(text: string): Spelling {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let best: Spelling = "acute";
  let most = 0;
  for (const spelling of SPELLINGS) {
    const n = spelling === "apostrophe" ? count(sample, APOSTROPHE_LETTER) : count(sample, MARKS[spelling]);
    if (n > most) {
      best = spelling;
      most = n;
    }
  }
  return best;
}
