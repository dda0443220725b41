// The languages the engine reads, and their entries taken together. Adding a language is adding its
// lexicon here: the matchers read every language's entries at once (news mixes them: a Kazakh article
// writes "меморандум" as Russian does), in this order.
import { en } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";
import type { Entries, Lexicon, WordOrder } from "./shape";

export const LEXICONS: readonly Lexicon[] = [en, ru, kk];

/** One key's entries of every language, in the languages' order, each entry once. */
export function allEntries(pick: (lexicon: Lexicon) => Entries, order?: WordOrder): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const lexicon of LEXICONS) {
    if (order !== undefined && lexicon.wordOrder !== order) continue;
    for (const entry of pick(lexicon)) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      out.push(entry);
    }
  }
  return out;
}

/** Plain words of every language, as a set. */
export function wordSet(pick: (lexicon: Lexicon) => Entries): ReadonlySet<string> {
  return new Set(allEntries(pick));
}
