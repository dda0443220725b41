// What each sentence names: directory institutions, embassies, unknown institutions; and their countries.
import { type CountryHint, findCountryHints } from "../countries";
import { findMentions, lookupByWords, lookupName } from "../directory/match";
import type { PhraseMatch } from "../directory/phrases";
import { findUnknownCompanies, findUnknownNames } from "../directory/unknown";
import type { PartnerType } from "../schema";
import { isCapitalised, isCyrillic, type Token } from "../text/normalize";
import type { CountryCode, Institution } from "../types";
import { findRoleBodies } from "./roles";

export interface Entity {
  /** Canonical English name. */
  name: string;
  /** Null for an unknown name whose country nothing around it tells (yet). */
  country: CountryCode | null;
  type: PartnerType;
  /** Found in the directory (the user's or the built-in one). */
  known: boolean;
}

export interface EntityMention {
  entity: Entity;
  first: number;
  end: number;
  /** Introduced by "with", "с", "совместно с", or a Kazakh "-мен/-бен/-пен": the other side of a verb. */
  withGroup: boolean;
}

// Biographies and rankings name institutions that are nobody's partner in the news: "a graduate of
// Harvard University", "окончил МГУ", "Назарбаев университетінің түлегі", "QS World University Rankings".
const NOT_A_SIDE_BEFORE =
  /(?:\ba graduate of|graduated from|alumn(?:us|a) of|(?:phd|doctorate|diploma) (?:from|at)|studied at|окончил(?:а)?\s|выпускни(?:к|ца|ком|цей)\s|учил(?:ся|ась) в|защитил(?:а)? диссертацию в)[^.;,]{0,60}/giu;
// Keywords after the name they disqualify: the span reaches back to the clause start, at most 50 characters.
const NOT_A_SIDE_AFTER = /түлегі|бітірген|world university rankings?|rankings?\b/giu;

function notASideSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(NOT_A_SIDE_BEFORE)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const m of text.matchAll(NOT_A_SIDE_AFTER)) {
    const at = m.index ?? 0;
    let from = at;
    while (from > 0 && at - from < 50 && !".;,".includes(text[from - 1]!)) from--;
    spans.push([from, at + m[0].length]);
  }
  return spans;
}
const FORMER_NAME =
  /\((?:ранее|прежде|бывш\p{L}*|formerly|previously|former|also known as|бұрынғы|бұрын|ескі атауы)[^)]*\)|(?:formerly|previously|also) (?:known as|called|named)[^,.;]*|(?:ранее|прежде) (?:назывался|называлась|известный как)[^,.;]*|(?:также|ещё|еще) называют[^,.;)]*/giu;
const WITH_WORDS = new Set(["with", "с", "со"]);
const AND_WORDS = new Set(["and", "и", "және", "&"]);
const KAZAKH_WITH = /(?:мен|бен|пен)$/;

function fromInstitution(institution: Institution): Entity {
  return { name: institution.name, country: institution.country, type: institution.type, known: true };
}

const rank = (m: EntityMention) => (m.entity.known ? 2 : m.entity.country ? 1 : 0);

/** Joins "Russian name (English name)" into one mention: the directory's, else the Latin one. */
function mergeBracketed(text: string, tokens: readonly Token[], mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    if (previous) {
      const gap = text.slice(tokens[previous.end - 1]!.end, tokens[mention.first]!.start);
      if (/^\s*\(\s*$/.test(gap) && previous.entity.type === mention.entity.type) {
        const better = rank(mention) > rank(previous) ? mention.entity : previous.entity;
        const country = better.country ?? previous.entity.country ?? mention.entity.country;
        previous.entity = { ...better, country };
        previous.end = Math.max(previous.end, mention.end);
        continue;
      }
    }
    out.push(mention);
  }
  return out;
}

function markWithGroups(tokens: readonly Token[], mentions: EntityMention[]): void {
  mentions.forEach((mention, k) => {
    const before = tokens[mention.first - 1];
    const twoBefore = tokens[mention.first - 2];
    const last = tokens[mention.end - 1]!;
    const after = tokens[mention.end];
    if (before && WITH_WORDS.has(before.norm)) mention.withGroup = true;
    else if (twoBefore && WITH_WORDS.has(twoBefore.norm) && before && before.raw !== before.norm)
      mention.withGroup = true;
    else if (KAZAKH_WITH.test(last.norm) && last.norm.length > 5) mention.withGroup = true;
    else if (after && /^(?:компания|корпорация|университет)\p{L}*(?:мен|бен|пен)$/u.test(after.norm))
      mention.withGroup = true;
    else if (k > 0 && before && AND_WORDS.has(before.norm)) {
      const previous = mentions[k - 1]!;
      if (previous.withGroup && previous.end >= mention.first - 2) mention.withGroup = true;
    }
  });
}

export interface SentenceEntities {
  mentions: EntityMention[];
  hints: PhraseMatch<CountryHint>[];
}

/** The institutions a sentence names, left to right. */
export function sentenceEntities(
  text: string,
  tokens: readonly Token[],
  extra: readonly Institution[],
  lastEmbassy: Entity | undefined,
): SentenceEntities {
  const hints = findCountryHints(tokens);
  const covered = new Uint8Array(tokens.length + 1);
  const mentions: EntityMention[] = [];
  for (const m of findMentions(tokens, extra)) {
    // "Shanghai University of Foreign Languages" is not "Shanghai University": a known name that runs on
    // into "of <Name>" is a longer, different name.
    const next = tokens[m.end];
    const after = tokens[m.end + 1];
    const countryFollows = hints.some((h) => h.first === m.end + 1);
    if (
      next?.norm === "of" &&
      after &&
      isCapitalised(after.raw) &&
      !isCyrillic(after.raw) &&
      !countryFollows
    ) {
      if (
        /^[ ]+$/.test(text.slice(tokens[m.end - 1]!.end, next.start)) &&
        /^[ ]+$/.test(text.slice(next.end, after.start))
      )
        continue;
    }
    mentions.push({ entity: fromInstitution(m.value), first: m.first, end: m.end, withGroup: false });
    covered.fill(1, m.first, m.end);
  }
  const roles = findRoleBodies(text, tokens, hints, covered, extra, lastEmbassy);
  for (const m of roles.mentions) {
    if (mentions.some((other) => other.first < m.end && m.first < other.end)) continue;
    mentions.push({ ...m, withGroup: false });
    covered.fill(1, m.first, m.end);
  }
  for (const [from, to] of roles.blocked) covered.fill(1, from, to);
  for (const name of findUnknownNames(text, tokens, covered, hints)) {
    if (mentions.some((other) => other.first < name.end && name.first < other.end)) continue;
    // A translated name may be one the directory knows after all ("Уханьский университет" -> Wuhan University).
    const known = lookupName(name.name, extra) ?? lookupByWords(name.name);
    const entity: Entity = known
      ? fromInstitution(known)
      : { name: name.name, country: name.country, type: name.type, known: false };
    mentions.push({ entity, first: name.first, end: name.end, withGroup: false });
  }
  for (const company of findUnknownCompanies(text, tokens, covered, hints)) {
    if (mentions.some((other) => other.first < company.end && company.first < other.end)) continue;
    const known = lookupName(company.name, extra);
    const entity: Entity = known
      ? fromInstitution(known)
      : { name: company.name, country: company.country, type: "company", known: false };
    mentions.push({ entity, first: company.first, end: company.end, withGroup: false });
  }
  mentions.sort((a, b) => a.first - b.first);
  // Former and other names ("(ранее — АО «АрселорМиттал Темиртау»)", "formerly known as KazNTU") are
  // the same body again, not another side.
  const aliasSpans =
    mentions.length > 0
      ? [
          ...[...text.matchAll(FORMER_NAME)].map(
            (m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const,
          ),
          ...notASideSpans(text),
        ]
      : [];
  if (aliasSpans.length > 0) {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const start = tokens[mentions[i]!.first]!.start;
      if (aliasSpans.some(([a, b]) => start >= a && start < b)) mentions.splice(i, 1);
    }
  }
  const merged = mergeBracketed(text, tokens, mentions);
  markWithGroups(tokens, merged);
  return { mentions: merged, hints };
}
