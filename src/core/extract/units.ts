// A part of an institution acts for it: "Columbia University's Harriman Institute held a round table" is
// Columbia University's round table; "the Department of International Cooperation of Xinjiang University"
// invited the delegation on behalf of Xinjiang University. The news names the institution, not its offices.

import { UNIT_HEADS } from "../directory/words/english";
import { alternation, lazy } from "../lexicon/compile";
import { allEntries } from "../lexicon/index";
import { fold, type Token } from "../text/normalize";
import type { Entity, EntityMention } from "./entities";

const HEADS: ReadonlySet<string> = new Set(UNIT_HEADS.split(/\s+/).filter((w) => w !== ""));

/** The whole gap between a part and its institution: "of", "at the". */
const PART_OF = lazy(() => new RegExp(`^\\s*(?:${alternation(allEntries((l) => l.names.partOf))})\\s*$`));
const POSSESSIVE = /['’]s$/i;

/** A body the engine read itself whose English head says it is a part of something. */
export const isPartName = (entity: Entity) =>
  !entity.known && entity.type !== "company" && entity.name.split(/\s+/).some((w) => HEADS.has(w));
const isPart = (m: EntityMention) => isPartName(m.entity);
const isSchool = (m: EntityMention) => m.entity.type === "university" || m.entity.type === "college";

/** The parts an article has named with their institutions, by the part's name. */
export type PartsSeen = Map<string, Entity>;

/**
 * Gives each part named with its institution the institution's entity, and a part named again alone ("the
 * Institute of International Cultural Exchange") the one it was named with before. Mentions are in text order.
 */
export function partsAsInstitutions(
  text: string,
  tokens: readonly Token[],
  mentions: EntityMention[],
  seen: PartsSeen,
): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const gap = text.slice(tokens[a.end - 1]!.end, tokens[b.first]!.start);
    const aWritten = text.slice(tokens[a.end - 1]!.start, tokens[a.end - 1]!.end);
    let part: EntityMention | undefined;
    let whole: EntityMention | undefined;
    // "the Department of International Cooperation of Xinjiang University"
    if (isPart(a) && isSchool(b) && PART_OF().test(fold(gap))) [part, whole] = [a, b];
    // "Columbia University's Harriman Institute"
    else if (isSchool(a) && isPart(b) && POSSESSIVE.test(aWritten) && gap.trim() === "")
      [part, whole] = [b, a];
    if (!part || !whole) continue;
    seen.set(part.entity.name, whole.entity);
    part.entity = whole.entity;
  }
  if (seen.size === 0) return;
  for (const m of mentions) {
    if (m.entity.known || !isPart(m)) continue;
    // Named again alone, or as the first of the parts named together before.
    for (const [name, whole] of seen)
      if (name === m.entity.name || name.startsWith(`${m.entity.name} and `)) m.entity = whole;
  }
}
