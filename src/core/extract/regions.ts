// A foreign region's government, named through its office: "the governor of Gansu Province", "делегация
// Челябинской области", "Орынбор облысының губернаторы". Akimats sign with these as often as universities do.

import type { CountryHint } from "../countries";
import type { PhraseMatch } from "../directory/phrases";
import { anyOf } from "../lexicon/compile";
import { allEntries } from "../lexicon/index";
import type { Token } from "../text/normalize";
import type { Entity, EntityMention } from "./entities";

const REGION_WORD = anyOf(() => allEntries((l) => l.names.regionWord), "token");
const REGION_OFFICE = anyOf(() => allEntries((l) => l.names.regionOffice), "token");

/** How the news names a region's government in English, by country and by what the region is. */
function governmentOf(code: string, place: string, republic: boolean): string {
  if (republic) return `Government of the Republic of ${place}`;
  return code === "CN" ? `People's Government of ${place} Province` : `Government of ${place} Region`;
}
const REPUBLIC = /^(?:республик|republic)/;

/** The regional governments a sentence names through their offices, on tokens no other name covers. */
export function regionGovernments(
  tokens: readonly Token[],
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
  covered: Uint8Array,
): EntityMention[] {
  const found: EntityMention[] = [];
  const word = (i: number, re: () => RegExp) =>
    i >= 0 && i < tokens.length && !covered[i] && re().test(tokens[i]!.norm);
  for (const hint of hints) {
    const { code, kind, place } = hint.value;
    if (kind !== "place" || code === "KZ" || !place || covered[hint.first]) continue;
    // "Челябинской области", "Ганьсу провинциясының", "Orenburg Region"; or "провинции Шэньси".
    // The place's own name may hold it: "Gansu Province", "Республика Татарстан".
    const long = hint.end - hint.first > 1;
    const regionAt =
      long && REGION_WORD().test(tokens[hint.end - 1]!.norm)
        ? hint.end - 1
        : long && REGION_WORD().test(tokens[hint.first]!.norm)
          ? hint.first
          : word(hint.end, REGION_WORD)
            ? hint.end
            : word(hint.first - 1, REGION_WORD)
              ? hint.first - 1
              : -1;
    if (regionAt < 0) continue;
    const first = Math.min(hint.first, regionAt);
    const end = Math.max(hint.end, regionAt + 1);
    // The office right before or after: "делегацию Челябинской области", "провинциясының губернаторымен".
    const officeAt = [first - 1, first - 2, end, end + 1].find((i) => word(i, REGION_OFFICE));
    if (officeAt === undefined) continue;
    const entity: Entity = {
      name: governmentOf(code, place, REPUBLIC.test(tokens[regionAt]!.norm)),
      country: code,
      type: "government",
      known: false,
    };
    found.push({
      entity,
      first: Math.min(first, officeAt),
      end: Math.max(end, officeAt + 1),
      withGroup: false,
    });
  }
  return found;
}
