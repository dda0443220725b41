// Finds the directory's institutions in a text, and looks a single name up.

import { findCountryHints } from "../countries";
import { type Token, tokenize } from "../text/normalize";
import type { Institution } from "../types";
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
  // A name with a little more around it ("the University of Exeter (UK)", "КазНУ, Алматы", "Н.Э. Бауман
  // атындағы ...") still counts when one institution covers most of its words and the rest only says
  // where it is or whom it is named after. Any other word makes it another name: "Kazakh National
  // University of Sports", "Korea University Woosong".
  const only = mentions.length === 1 ? mentions[0]! : undefined;
  if (!only || (only.end - only.first) / tokens.length < 0.6) return null;
  const hints = findCountryHints(tokens);
  const honoured = honourSpans(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if ((i >= only.first && i < only.end) || AROUND_WORDS.has(tokens[i]!.norm) || honoured[i]) continue;
    if (!hints.some((h) => h.first <= i && i < h.end)) return null;
  }
  return only.value;
}

// "имени Абая", "им. К.И. Сатпаева", "named after Gumilyov" (the person after the word); "Бауман атындағы"
// (before it): at most three words of the person's name.
const HONOUR_AFTER = new Set(["имени", "им", "named", "after"]);
const HONOUR_BEFORE = new Set(["атындағы"]);

/** Which tokens belong to an "named after" phrase. */
function honourSpans(tokens: readonly Token[]): boolean[] {
  const marked = tokens.map(() => false);
  tokens.forEach((token, i) => {
    if (HONOUR_AFTER.has(token.norm))
      for (let j = i; j <= Math.min(i + 3, tokens.length - 1); j++) marked[j] = true;
    if (HONOUR_BEFORE.has(token.norm)) for (let j = Math.max(0, i - 3); j <= i; j++) marked[j] = true;
  });
  return marked;
}

// Words that may stand around a name without changing it.
const AROUND_WORDS = new Set(["the", "of", "in", "at", "г", "город", "city", "в", "из"]);
