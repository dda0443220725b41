// What each sentence names: directory institutions, embassies, unknown institutions; and their countries.
import { type CountryHint, findCountryHints } from "../countries";
import { resolveName, wordsWithin } from "../directory/gazetteer/resolve";
import { findMentions, lookupName } from "../directory/match";
import type { PhraseMatch } from "../directory/phrases";
import { findUnknownCompanies, findUnknownNames } from "../directory/unknown";
import { alternation, lazy, matchSpans, START, stemGated } from "../lexicon/compile";
import { allEntries, wordSet } from "../lexicon/index";
import type { PartnerType } from "../schema";
import { hasKazakhLetters, isCapitalised, isCyrillic, type Token } from "../text/normalize";
import type { CountryCode, Institution } from "../types";
import { regionGovernments } from "./regions";
import { findRoleBodies } from "./roles";

export interface Entity {
  /** Canonical English name. */
  name: string;
  /** Null for an unknown name whose country nothing around it tells (yet). */
  country: CountryCode | null;
  type: PartnerType;
  /** Found in the directory (the user's or the built-in one) or the gazetteer. */
  known: boolean;
  /** A name the engine made and could not confirm (see `Institution.review`): a person should check it. */
  review?: boolean;
  /** Its country was not said with it but taken from the article as a whole. */
  countryGuessed?: boolean;
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
// The words before a name reach on to the clause's end, at most 60 characters.
const NOT_A_SIDE_BEFORE = stemGated(
  () => allEntries((l) => l.names.notASideBefore),
  "letters",
  (words) => `${START}(?:${words})[^.;,]{0,60}`,
  "gi",
);
// Keywords after the name they disqualify: the span reaches back to the clause start, at most 90 characters
// (a ministry's full name and its country: "..., Ministry of Foreign Affairs of the Republic of Kazakhstan reports").
const NOT_A_SIDE_AFTER = lazy(
  () =>
    new RegExp(
      `${START}(?:${alternation(
        allEntries((l) => l.names.notASideAfter),
        "letters",
      )})`,
      "gi",
    ),
);

/** Text as the name patterns read it: "ё" as "е", every character where it was. */
const plain = (text: string) => text.replace(/ё/g, "е").replace(/Ё/g, "Е");

function notASideSpans(text: string): Array<readonly [number, number]> {
  const spans = matchSpans(NOT_A_SIDE_BEFORE()(text), text);
  for (const [at, end] of matchSpans(NOT_A_SIDE_AFTER(), text)) {
    let from = at;
    while (from > 0 && at - from < 90 && !".;,".includes(text[from - 1]!)) from--;
    spans.push([from, end]);
  }
  return spans;
}
/** Another name of the same body: "(ранее — АО «АрселорМиттал Темиртау»)", "formerly known as KazNTU". */
const FORMER_NAME = lazy(() => {
  const bracketed = alternation(
    allEntries((l) => l.names.formerNameBracketed),
    "letters",
  );
  const phrase = alternation(
    allEntries((l) => l.names.formerName),
    "letters",
  );
  return new RegExp(`\\((?:${bracketed})[^)]*\\)|${START}(?:${phrase})[^,.;)]*`, "gi");
});
let words:
  | { with: ReadonlySet<string>; and: ReadonlySet<string>; withSuffixes: readonly string[] }
  | undefined;
/** The plain words around names, read at first use. */
const around = () =>
  (words ??= {
    with: wordSet((l) => l.words.with),
    and: wordSet((l) => l.words.and),
    withSuffixes: allEntries((l) => l.suffixes.with),
  });
/** A word after a name that makes it the other side of a verb: "... компаниясымен". */
const WITH_HEAD = lazy(
  () =>
    new RegExp(
      `^(?:${alternation(
        allEntries((l) => l.names.withHead),
        "letters",
      )})$`,
    ),
);

// The English words of the heads a description of a name may end with.
const DESCRIBED_HEAD: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:университет\p{L}*|university)$/u, "University"],
  [/^(?:институт\p{L}*|institute)$/u, "Institute"],
  [/^(?:колледж\p{L}*|college)$/u, "College"],
  [/^(?:академи\p{L}*|academy)$/u, "Academy"],
];

/**
 * "Корейского университета Woosong": a description the directory knows as a name ("Korea University") and
 * the institution's own name after it in the Latin alphabet. The name is Woosong University, of the
 * description's country.
 */
function describedName(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  known: Institution,
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
): { entity: Entity; end: number } | undefined {
  const head = tokens[end - 1]!;
  const english = DESCRIBED_HEAD.find(([re]) => re.test(head.norm))?.[1];
  // Russian only: a Kazakh head closes its name, and a Latin name after it is another one.
  if (!english || !isCyrillic(head.raw) || hasKazakhLetters(text)) return undefined;
  // A description is a country or place word and the head: "Корейский университет", not "Университет Туран".
  const described = hints.some((h) => h.first === first && h.end === end - 1);
  if (!described) return undefined;
  let stop = end;
  while (
    stop < tokens.length &&
    stop - end < 3 &&
    !isCyrillic(tokens[stop]!.raw) &&
    isCapitalised(tokens[stop]!.raw) &&
    /^ +$/.test(text.slice(tokens[stop - 1]!.end, tokens[stop]!.start))
  )
    stop++;
  if (stop === end || first === end) return undefined;
  const name = `${tokens
    .slice(end, stop)
    .map((t) => t.raw)
    .join(" ")} ${english}`;
  const found = lookupName(name);
  const entity: Entity = found
    ? fromInstitution(found)
    : { name, country: known.country, type: known.type, known: false };
  return { entity, end: stop };
}

const OWNER_OF_BODY =
  /^\s+(?:[\p{Lu}][\p{L}-]*\s+(?:(?:of|for|and|the|to)\s+)*){1,8}(Center|Centre|Institute|Department|Office|Agency|Fund|Foundation|Council|School|Faculty|College|Committee)\b/u;

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
        let better = rank(mention) > rank(previous) ? mention.entity : previous.entity;
        // "Open University of China (OUC)": an acronym the directory gives another institution ("Ocean
        // University of China") does not rename a Latin name written out before it; that name stands.
        const written = tokens.slice(previous.first, previous.end).every((t) => !isCyrillic(t.raw));
        if (better === mention.entity && written && !wordsWithin(previous.entity.name, better.name))
          better = { ...previous.entity, review: true };
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

function markWithGroups(text: string, tokens: readonly Token[], mentions: EntityMention[]): void {
  mentions.forEach((mention, k) => {
    const before = tokens[mention.first - 1];
    const twoBefore = tokens[mention.first - 2];
    const last = tokens[mention.end - 1]!;
    const after = tokens[mention.end];
    const { with: withWords, and, withSuffixes } = around();
    if (before && withWords.has(before.norm)) mention.withGroup = true;
    else if (twoBefore && withWords.has(twoBefore.norm) && before && before.raw !== before.norm)
      mention.withGroup = true;
    else if (withSuffixes.some((suffix) => last.norm.endsWith(suffix)) && last.norm.length > 5)
      mention.withGroup = true;
    else if (after && WITH_HEAD().test(after.norm)) mention.withGroup = true;
    else if (k > 0 && before && and.has(before.norm)) {
      const previous = mentions[k - 1]!;
      if (previous.withGroup && previous.end >= mention.first - 2) mention.withGroup = true;
    } else if (k > 0 && mentions[k - 1]!.withGroup) {
      // "с КазНУ, университетом «Нархоз» и ...": the next of a list after "with" is with it too, a comma
      // and a generic word ("университетом") between them.
      const previous = mentions[k - 1]!;
      const gap = mention.first - previous.end;
      const between = tokens.slice(previous.end, mention.first);
      if (
        gap <= 2 &&
        between.every((t) => !isCapitalised(t.raw) || and.has(t.norm)) &&
        listComma(previous, mention)
      )
        mention.withGroup = true;
    }
  });

  function listComma(a: EntityMention, b: EntityMention): boolean {
    const from = tokens[a.end - 1]!.end;
    const to = tokens[b.first]!.start;
    return from < to && /^\s*[,;]/.test(text.slice(from, to));
  }
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
    // "Kyrgyz-Russian Academy of Education" is not the "Russian Academy of Education": a known name
    // joined by a hyphen to a capitalised word before it is part of a longer, different name.
    const before = tokens[m.first - 1];
    if (
      before &&
      isCapitalised(before.raw) &&
      /^[-‐‑]$/.test(text.slice(before.end, tokens[m.first]!.start)) &&
      !hints.some((h) => h.first <= m.first - 1 && m.first - 1 < h.end && h.end > m.first)
    )
      continue;
    const described = describedName(text, tokens, m.first, m.end, m.value, hints);
    if (described) {
      mentions.push({ entity: described.entity, first: m.first, end: described.end, withGroup: false });
      covered.fill(1, m.first, described.end);
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
  for (const m of regionGovernments(tokens, hints, covered)) {
    if (mentions.some((other) => other.first < m.end && m.first < other.end)) continue;
    mentions.push(m);
    covered.fill(1, m.first, m.end);
  }
  for (const name of findUnknownNames(text, tokens, covered, hints)) {
    if (mentions.some((other) => other.first < name.end && name.first < other.end)) continue;
    // A translated name may be one the directory or the gazetteer knows after all ("Уханьский университет"
    // -> Wuhan University, "Tarem University" -> Tarim University).
    const translated = tokens.slice(name.first, name.end).some((t) => isCyrillic(t.raw));
    const { institution, review } = resolveName(name.name, name.country, name.type, translated, extra);
    const entity: Entity = institution
      ? fromInstitution(institution)
      : {
          name: name.name,
          country: name.country,
          type: name.type,
          known: false,
          ...(review ? { review } : {}),
        };
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
  const read = mentions.length > 0 ? plain(text) : "";
  const aliasSpans = mentions.length > 0 ? [...matchSpans(FORMER_NAME(), read), ...notASideSpans(read)] : [];
  if (aliasSpans.length > 0) {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const start = tokens[mentions[i]!.first]!.start;
      if (aliasSpans.some(([a, b]) => start >= a && start < b)) mentions.splice(i, 1);
    }
  }
  // "the Ministry of Education's People-to-People Exchange Center": the owner of the body that acts is not
  // itself a side.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const last = tokens[mentions[i]!.end - 1]!;
    const possessive = /['’]s$/.test(text.slice(last.start, last.end));
    const owned = possessive ? OWNER_OF_BODY.exec(text.slice(last.end, last.end + 160)) : null;
    if (!owned) continue;
    // A university's part ("Columbia University's Harriman Institute") acts for it (extract/units.ts); a
    // college of it ("Cambridge's Churchill College") is a body of its own.
    const type = mentions[i]!.entity.type;
    if ((type === "university" || type === "college") && owned[1] !== "College") continue;
    mentions.splice(i, 1);
  }
  const merged = mergeBracketed(text, tokens, mentions);
  markWithGroups(text, tokens, merged);
  return { mentions: merged, hints };
}
