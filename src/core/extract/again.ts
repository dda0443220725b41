// Bodies named again by their head noun alone. "The deputy akim of Turkistan Region said that the regional
// akimat had allocated a building": the akimat is the one the article named last, and what it does is news
// of its own (a story's akimat pledges buildings and land for the campus or centre it is about).

import { anyOf } from "../lexicon/compile";
import { allEntries } from "../lexicon/index";
import type { Token } from "../text/normalize";
import type { Entity, EntityMention } from "./entities";

const AKIMAT_WORD = anyOf(() => allEntries((l) => l.names.akimatAgain), "token");

/** Whether an entity is a Kazakhstan local government (the directory names them "Akimat of ..."). */
export const isAkimat = (entity: Entity) => entity.country === "KZ" && /^Akimat\b/.test(entity.name);

/**
 * Adds a mention of `last` (the akimat the article named last) where a sentence names an akimat by its
 * noun alone and no akimat by name. Mentions are kept in order.
 */
export function akimatAgain(
  tokens: readonly Token[],
  mentions: EntityMention[],
  last: Entity | undefined,
): void {
  if (!last || mentions.some((m) => isAkimat(m.entity))) return;
  const covered = (i: number) => mentions.some((m) => m.first <= i && i < m.end);
  const at = tokens.findIndex((t, i) => !covered(i) && AKIMAT_WORD().test(t.norm));
  if (at < 0) return;
  mentions.push({ entity: last, first: at, end: at + 1, withGroup: false });
  mentions.sort((a, b) => a.first - b.first);
}
