// Finds the directory's institutions in a text, and looks a single name up.

import { type Token, tokenize } from "../text/normalize";
import type { Institution } from "../types";
import { builtinInstitutions } from "./data/index";
import { indexesFor } from "./index";
import { findPhrases, type PhraseMatch } from "./phrases";

export type Mention = PhraseMatch<Institution>;

/** Every directory institution named in the tokens, left to right, without overlaps. */
export function findMentions(
  tokens: readonly Token[],
  extra: readonly Institution[] = [],
  anyCase = false,
): Mention[] {
  return findPhrases(tokens, indexesFor(extra), anyCase);
}

/** The institution a name refers to, when the directory knows it by that name. */
export function lookupName(name: string, extra: readonly Institution[] = []): Institution | null {
  // "ҚазҰУ-да", "КазНУ-дің": a Kazakh ending after a hyphen is not part of the name.
  const tokens = tokenize(name.replace(/-[\p{Ll}]{1,5}$/u, ""));
  if (tokens.length === 0) return null;
  const mentions = findMentions(tokens, extra, true);
  const whole = mentions.find((m) => m.first === 0 && m.end === tokens.length);
  if (whole) return whole.value;
  // A name with a little more around it ("the University of Exeter (UK)") still counts when one
  // institution covers most of its words.
  const covered = mentions.reduce((sum, m) => sum + m.end - m.first, 0);
  if (mentions.length === 1 && covered / tokens.length >= 0.6) return mentions[0]!.value;
  return null;
}

// Words that do not tell two English names apart once their order is ignored.
const ORDER_WORDS = new Set(["of", "and", "the", "in", "for", "named", "after"]);
const bagOf = (name: string) =>
  tokenize(name)
    .map((t) => t.norm)
    .filter((w) => !ORDER_WORDS.has(w))
    .sort()
    .join(" ");
let bags: Map<string, Institution | null> | undefined;

/**
 * The built-in institution whose English name (or a Latin alias) has the same words in another order:
 * "Northwest University of Agriculture and Forestry" is "Northwest Agriculture and Forestry University".
 * Built at first use: only translated names that the directory did not match ask.
 */
export function lookupByWords(name: string): Institution | null {
  if (!bags) {
    bags = new Map();
    for (const institution of builtinInstitutions()) {
      for (const form of [institution.name, ...institution.aliases]) {
        if (/[\u0400-\u04ff]/.test(form)) continue;
        const bag = bagOf(form);
        const other = bags.get(bag);
        // Two institutions with one bag of words: neither is meant.
        if (other === undefined) bags.set(bag, institution);
        else if (other !== institution) bags.set(bag, null);
      }
    }
  }
  return bags.get(bagOf(name)) ?? null;
}
