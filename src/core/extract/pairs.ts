// Which Kazakhstan side pairs with which foreign side, and on what evidence. The news, not background
// lists: a sentence that lists partners ("among them", "среди которых", "қатарында", three foreign names
// and no signing or opening) gives no pair. The words are in the lexicons (key "pairing").

import { alternation, anyOf, lazy } from "../lexicon/compile";
import { allEntries } from "../lexicon/index";
import type { Agreement, Field, Status } from "../schema";
import { fold, pieceCount, tokenize } from "../text/normalize";
import { type SentenceCues, speaksOfVisitors } from "./cues";
import type { Entity, EntityMention } from "./entities";
import { isPartName } from "./units";

export interface AnalysedSentence {
  index: number;
  paragraph: number;
  text: string;
  folded: string;
  title: boolean;
  mentions: EntityMention[];
  /** Two countries the sentence names together as actors ("Kazakhstan and Italy signed", "Қазақстан мен
   * Италия"), as "KZ+IT"; empty when it names none so. */
  statePairs: ReadonlySet<string>;
  /** Whether the sentence names a place in Kazakhstan ("a campus in Turkistan"). */
  kzPlace: boolean;
  /** The folded sentence with the names it mentions blanked out: what it says besides them. */
  unnamed: () => string;
  /** Computed at first use: most sentences of an article name no one and are never asked. */
  cues: () => SentenceCues;
  /** Whether the cues were read (by pairing) and say something happened: no reading just for this. */
  cuesRead: () => boolean;
  /** Pairing asked about the cues: they count as read for `cuesRead`, though nothing needed them yet. */
  cuesAsked: () => void;
  /** Fields the sentence speaks of outside the names it mentions, computed at first use. */
  fields: () => Field[];
  /** Fields the sentence speaks of, names included ("medical university"). */
  nameFields: () => Field[];
  /** Fields the sentence gives only when nothing else gives one ("an exchange of students"), names left out. */
  defaultFields: () => Field[];
  /**
   * The kinds of agreement the part of the sentence about one of its several foreign sides names ("a
   * memorandum with A and an academic mobility agreement with B"); null when the sentence has one foreign
   * side or that part names no kind.
   */
  partAgreements: (partner: Entity) => ReadonlySet<Agreement> | null;
  background: boolean;
  /** A list that may be news or background (nothing happens to it, nothing says it is background). */
  unsure: boolean;
}

export interface Evidence {
  sentence: AnalysedSentence;
  /** Both sides named in the sentence (or the foreign side alone, the Kazakhstan side being the subject). */
  kind: "direct" | "indirect" | "aside" | "continuation";
}

export interface PairEvidence {
  kz: Entity;
  partner: Entity;
  evidence: Evidence[];
}

/** A standing relation, not news: "cooperates with", "среди партнеров", "қатарында". */
const BACKGROUND = anyOf(() => allEntries((l) => l.pairing.background));

/** Words introducing a list, whatever it is a list of: "such as", "в том числе", "сияқты". */
const LISTING = anyOf(() => allEntries((l) => l.pairing.listing));

/** Being present or accompanying: "attended", "сопровождал", "қатысты". */
const ATTENDANCE = anyOf(() => allEntries((l) => l.pairing.attendance), "letters");

/** Whether a (folded) sentence tells someone attended or accompanied something. */
export const isAttendance = (folded: string) => ATTENDANCE().test(folded);

/** "The delegation included the rector of X, ...": a list of the visitors. */
const DELEGATION_MEMBERS = anyOf(() => allEntries((l) => l.pairing.delegationMembers), "letters");
export const isDelegationMembers = (folded: string) => DELEGATION_MEMBERS().test(folded);

/** "He was accompanied by the Consul General": an escort, not the one who came. */
const ESCORTING = anyOf(() => allEntries((l) => l.pairing.escorting), "letters");
export const isEscorting = (folded: string) => ESCORTING().test(folded);

/** Whether a (folded) sentence introduces a list: "such as", "including", "в том числе", "сияқты". */
export const isListing = (folded: string) => LISTING().test(folded);

/** Words by which a sentence that does not name the Kazakhstan side still speaks of it. */
const KZ_REFERENCE = anyOf(() => allEntries((l) => l.pairing.kzReference), "letters");

/** Words by which a sentence about a branch speaks of its host: "на базе", "at the university". */
const HOST_REFERENCE = anyOf(() => allEntries((l) => l.pairing.hostReference), "letters");

/** A later paragraph still about the same pair: "the sides signed", "по итогам встречи", "тараптар". */
const SIDES = anyOf(() => allEntries((l) => l.pairing.sides), "letters");

/** A later sentence that starts with what the pair opened or agreed on: "The laboratory has ...", "В центре
 * будут ...", "В мастерской ...", "In the workshop ...", "Академияда студенттер ...". */
const OBJECT_FIRST = lazy(
  () =>
    new RegExp(
      `^(?:${alternation(
        allEntries((l) => l.pairing.objectFirst),
        "letters",
      )})`,
    ),
);

/** Ties a body has, told as a state: "has established partnerships with eleven universities, including". */
const EXISTING_TIES = anyOf(() => allEntries((l) => l.pairing.existingTies));

/** Results of a contest held at a foreign institution ("won two medals at the contest held at X"): the
 * institution is the venue, not a partner. */
const CONTEST_RESULT = anyOf(() => allEntries((l) => l.pairing.contestResult));

/** `strong`: the sentence says something was signed or launched; `signed`: signed. */
/** What a sentence naming foreign bodies is: news, background, or a list that could be either. */
export type Reading = "news" | "background" | "unsure";

export function readSentence(
  folded: string,
  foreignCount: number,
  strong: boolean,
  signed = false,
  happened = strong,
  namesKz = true,
): Reading {
  if (foreignCount === 0) return "news";
  if (!strong && BACKGROUND().test(folded)) return "background";
  if (!signed && EXISTING_TIES().test(folded)) return "background";
  if (!signed && CONTEST_RESULT().test(folded)) return "background";
  // Three foreign bodies and no Kazakhstan side ("MEPhI, Bauman and Gubkin plan to open branches"): their
  // own plans, with no host to pair them with, unless something was signed or opened.
  if (!namesKz && !strong && foreignCount >= 3) return "background";
  // A list to which nothing happens in the sentence (no visit, talks, plan, signing or opening), and no word
  // saying it is background either: kept, for a person to judge.
  if (!happened && (foreignCount >= 3 || LISTING().test(folded))) return "unsure";
  return "news";
}

const isForeign = (entity: Entity) => entity.country !== null && entity.country !== "KZ";
const isKz = (entity: Entity) => entity.country === "KZ";
// Canonical names are unique in the directory and built the same way for unknown names.
const key = (entity: Entity) => entity.name;

function unique(entities: Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((entity) => {
    const k = key(entity);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The Kazakhstan sides a sentence pairs with its foreign sides. */
function kzSidesOf(mentions: readonly EntityMention[]): Entity[] {
  const kz = mentions.filter((m) => isKz(m.entity));
  const foreign = mentions.filter((m) => isForeign(m.entity));
  const kzWith = kz.filter((m) => m.withGroup);
  // "A and B signed ... with C (Kazakhstan)": the "with" side is the partner of the subjects, not the
  // other Kazakhstan bodies the sentence mentions on the way.
  if (kzWith.length > 0 && kzWith.length < kz.length && !foreign.some((m) => m.withGroup)) {
    return unique(kzWith.map((m) => m.entity));
  }
  // The most specific body: an akimat or a ministry beside a university ("received by the deputy akim and
  // the university's leadership") is the host, the university the side.
  const bodies = kz.filter((m) => m.entity.type !== "government");
  if (bodies.length > 0 && bodies.length < kz.length) {
    // ... unless it acts with it, named together ("the Ministry and the Centre for International Programmes
    // signed a memorandum"): then both are sides.
    const together = (m: EntityMention) =>
      bodies.some((b) => (b.first >= m.end ? b.first - m.end : m.first - b.end) <= 1);
    return unique(kz.filter((m) => m.entity.type !== "government" || together(m)).map((m) => m.entity));
  }
  // A delegation of an ambassador and consuls is the embassy's: the most senior mission speaks for it.
  const missions = kz.filter((m) => MISSION.test(m.entity.name));
  const embassy = missions.find((m) => m.entity.name.startsWith("Embassy"));
  if (embassy) return unique(kz.filter((m) => !missions.includes(m) || m === embassy).map((m) => m.entity));
  return unique(kz.map((m) => m.entity));
}

// Kazakhstan's missions abroad, as roles.ts names them.
const MISSION = /^(?:Embassy|Consulate General) of the Republic of Kazakhstan in /;
export const isKzMission = (entity: Entity) => MISSION.test(entity.name);

/**
 * Several Kazakhstan sides and several foreign sides in one sentence, the Kazakhstan ones not named together
 * ("a MEPhI branch at KazNU and a Gubkin branch at Atyrau University"): each foreign side goes with the
 * Kazakhstan side named nearest to it. Undefined when the sentence pairs every side with every other.
 */
function nearestSides(
  text: string,
  mentions: readonly EntityMention[],
  sides: readonly Entity[],
  foreign: readonly Entity[],
): Map<string, string> | undefined {
  if (sides.length < 2 || foreign.length < 2) return undefined;
  const tokens = tokenize(text);
  // A clause break between two names puts them further apart than the words between them.
  const gap = (a: number, b: number) =>
    b - a + (/[,;:]/.test(text.slice(tokens[a - 1]?.end ?? 0, tokens[b]?.start ?? text.length)) ? 10 : 0);
  const sideKeys = new Set(sides.map(key));
  const kzMentions = mentions.filter((m) => sideKeys.has(key(m.entity))).sort((a, b) => a.first - b.first);
  // "KazNU and Narxoz signed memoranda with A and B": named together, they share every partner.
  const together = kzMentions.some((m, i) => i > 0 && m.first - kzMentions[i - 1]!.end <= 1);
  if (together) return undefined;
  const nearest = new Map<string, string>();
  for (const partner of foreign) {
    let best: EntityMention | undefined;
    let distance = Infinity;
    for (const m of mentions) {
      if (key(m.entity) !== key(partner)) continue;
      for (const k of kzMentions) {
        const d = k.first >= m.end ? gap(m.end, k.first) : gap(k.end, m.first);
        if (d < distance) {
          distance = d;
          best = k;
        }
      }
    }
    // Nearest only across a clause break: "X will open a branch in Almaty, Y at KazNU" pairs X with no one.
    if (best && distance < 10) nearest.set(key(partner), key(best.entity));
  }
  return nearest;
}

// Between two names of one list: commas and "and", brackets (an acronym, a country), "of <place>", and other
// names of the list the directory does not know. No verb, no clause.
const LIST_JOINERS = /\s*(?:,\s*(?:and|и|және)?|\b(?:and|&)\b|(?:^|\s)(?:и|және)(?=\s|$))\s*/u;
const NAME_WORD = /^(?:[\p{Lu}\d][^\s]*|of|the|and|for|in|de|\([^()]*\)|«[^»]*»|"[^"]*")$/u;

function isListGap(written: string): boolean {
  // A name read with its acronym in brackets ends inside them: "University (KazNARU), M. Auezov ...".
  const gap = written.replace(/^\)/, "");
  if (gap.length > 160 || !LIST_JOINERS.test(gap)) return false;
  const pieces = gap.replace(/\([^()]{0,40}\)/g, " ").split(LIST_JOINERS);
  return pieces.every((piece) => {
    const words = piece
      .trim()
      .split(/\s+/)
      .filter((w) => w !== "");
    return words.length <= 10 && words.every((w) => NAME_WORD.test(w));
  });
}

/** Which mentions of a sentence are named in one list ("visited A, B and C"), as a list number each. */
function listsOf(text: string, mentions: readonly EntityMention[]): Map<EntityMention, number> {
  const tokens = tokenize(text);
  const ordered = [...mentions].sort((a, b) => a.first - b.first);
  const list = new Map<EntityMention, number>();
  let current = 0;
  ordered.forEach((m, i) => {
    const previous = ordered[i - 1];
    if (previous) {
      const gap = text.slice(tokens[previous.end - 1]!.end, tokens[m.first]!.start);
      if (!isListGap(gap)) current++;
    }
    list.set(m, current);
  });
  return list;
}

/**
 * The foreign body an article is about when it reports that body's own doings: named in its first lines and
 * more often than any other foreign body ("A delegation of Xi'an Jiaotong University visited universities
 * in Kazakhstan, Kyrgyzstan and Uzbekistan"). Undefined when no foreign body stands out so.
 */
function foreignActor(sentences: readonly AnalysedSentence[]): Entity | undefined {
  const counts = new Map<string, { entity: Entity; count: number }>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!isForeign(m.entity)) continue;
      const entry = counts.get(key(m.entity)) ?? { entity: m.entity, count: 0 };
      entry.count++;
      counts.set(key(m.entity), entry);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  const top = ranked[0];
  if (!top || top.count < 2 || (ranked[1] && ranked[1].count === top.count)) return undefined;
  // The headline and the first sentences of the body (a page's menus before them, a dateline that opens
  // it, "ТҮРКІСТАН." or "2024 жылғы 3 сәуір.", are no lead).
  const lead = sentences.filter((s) => s.title);
  let body = 0;
  for (const s of sentences) {
    if (body === 2) break;
    if (s.title || pieceCount(s.text, 6) < 6) continue;
    lead.push(s);
    body++;
  }
  return lead.some((s) => s.mentions.some((m) => key(m.entity) === key(top.entity))) ? top.entity : undefined;
}

/**
 * Whether a sentence that names no Kazakhstan side has foreign bodies of different countries apart, not in one
 * list ("UrFU signed a memorandum with TSTU"), and does not speak of the Kazakhstan side ("the university").
 */
function foreignWithForeign(s: AnalysedSentence, foreign: readonly Entity[]): boolean {
  if (new Set(foreign.map((e) => e.country)).size < 2) return false;
  // The Kazakhstan side spoken of before the first name is the subject ("the university signed with A ...,
  // and with B ..."); later words ("... and in Bishkek the delegation held talks") are not.
  const first = Math.min(...s.mentions.filter((m) => isForeign(m.entity)).map((m) => m.first));
  if (KZ_REFERENCE().test(fold(s.text.slice(0, tokenize(s.text)[first]!.start)))) return false;
  const lists = listsOf(s.text, s.mentions);
  const countriesOf = new Map<number, Set<string | null>>();
  for (const [m, list] of lists) {
    if (!isForeign(m.entity)) continue;
    const countries = countriesOf.get(list) ?? new Set();
    countries.add(m.entity.country);
    countriesOf.set(list, countries);
  }
  const groups = [...countriesOf.values()];
  return groups.some((a, i) => groups.some((b, j) => j > i && [...a].every((c) => !b.has(c))));
}

/** Every (Kazakhstan side, foreign side) pair the article gives, with the sentences that speak of it. */
export function findPairs(sentences: readonly AnalysedSentence[]): PairEvidence[] {
  const actor = foreignActor(sentences);
  // A tour: the actor met bodies of several other countries, so those are its hosts, not Kazakhstan's partners.
  const tourCountries = new Set(
    sentences.flatMap((s) =>
      s.mentions
        .filter((m) => isForeign(m.entity) && actor && m.entity.country !== actor.country)
        .map((m) => m.entity.country),
    ),
  );
  const tour = actor !== undefined && tourCountries.size >= 2;

  const counts = new Map<string, { entity: Entity; count: number; first: number }>();
  sentences.forEach((s, i) => {
    for (const m of s.mentions) {
      if (!isKz(m.entity)) continue;
      const entry = counts.get(key(m.entity));
      if (entry) entry.count += 1;
      else counts.set(key(m.entity), { entity: m.entity, count: 1, first: i });
    }
  });
  const main = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0]?.entity;

  const pairs = new Map<string, PairEvidence>();
  const add = (kz: Entity, partner: Entity, evidence: Evidence) => {
    const k = `${key(kz)}\u0000${key(partner)}`;
    const pair = pairs.get(k);
    if (pair) {
      // Sentences come in order, so a sentence already given is the last one (looking through all was quadratic).
      if (pair.evidence[pair.evidence.length - 1]?.sentence !== evidence.sentence)
        pair.evidence.push(evidence);
    } else pairs.set(k, { kz, partner, evidence: [evidence] });
  };

  let lastKz: Entity[] = [];
  // The last sentence naming a Kazakhstan side, and its paragraph.
  let kzBefore = -2;
  let kzParagraph = -1;
  let active: Array<[Entity, Entity]> = [];
  let activeParagraph = -1;
  for (const s of sentences) {
    const foreign = unique(s.mentions.filter((m) => isForeign(m.entity)).map((m) => m.entity));
    // Bodies listed as a delegation's members came with it: a Kazakhstan one among them is no host.
    // (A sentence that names no one has no sides either way: the pattern is not run on it.)
    const members = s.mentions.length > 0 && isDelegationMembers(s.folded);
    const kz = members ? [] : kzSidesOf(s.mentions);
    if (s.background) {
      active = [];
      continue;
    }
    // ... unless it does something of its own in the sentence ("the akimat has pledged a building").
    const acts = () =>
      ["planned", "signed", "launched"].some((status) => s.cues().statuses.has(status as Status));
    // The cues are asked last: most sentences name no side, and reading their cues cost a tenth of extraction.
    const isHost = (sides: readonly Entity[], others: readonly Entity[]) => {
      if (others.length > 0) return false;
      s.cuesAsked();
      return (
        sides.length > 0 &&
        sides.every((e) => e.type === "government") &&
        lastKz.some((e) => e.type !== "government") &&
        !acts() &&
        // A meeting of its own with the story's foreign side ("Кропачев встретился с министром") is news.
        !(actor !== undefined && s.cues().statuses.has("discussed") && sides.every((e) => !isKzMission(e)))
      );
    };
    if (isHost(kz, foreign)) continue;
    if (foreign.length > 0) {
      let sides = kz;
      let kind: Evidence["kind"] = "direct";
      // "In Tashkent, UrFU signed a memorandum with TSTU": foreign bodies of two countries doing business with
      // each other, Kazakhstan named nowhere, is the foreign side's own news, no evidence for its pairs here.
      if (sides.length === 0 && foreignWithForeign(s, foreign)) {
        active = [];
        continue;
      }
      if (sides.length === 0) {
        // The foreign side alone: the Kazakhstan side is the one the text is about ("the university").
        // A branch opens at a host: "a branch of BLCU opened in Kazakhstan" names none, nor speaks of one
        // ("at the university's base"), so it is no branch of the university the story is about; a branch
        // signed for is the signer's.
        const hostless =
          s.cues().agreements.has("branch_campus") &&
          !s.cues().statuses.has("signed") &&
          !HOST_REFERENCE().test(s.unnamed());
        const fallback = lastKz.length > 0 ? lastKz : main ? [main] : [];
        // A branch with no host named is no branch of a university the story is about, but it is news of
        // the ministry or akimat that announces it ("Coventry's campus will open in Astana", the minister said).
        const state = fallback.length > 0 && fallback.every((e) => e.type === "government");
        const hasCue = (s.cues().statuses.size > 0 || members) && (!hostless || state);
        sides = hasCue ? fallback : [];
        // "The university signed ... with X" speaks of the Kazakhstan side; "X opened 20 centres
        // worldwide" does not, and only counts when nothing better speaks of the pair.
        kind =
          // Read without the names: "Xinjiang Institute of ..." speaks of no Kazakhstan institute.
          KZ_REFERENCE().test(s.unnamed()) ||
          members ||
          s.kzPlace ||
          // Present at what the sentence before told the Kazakhstan side did ("... a Japanese language room
          // opened at ENU. The ambassador of Japan attended the opening").
          (isAttendance(s.folded) && kzBefore === s.index - 1 && kzParagraph === s.paragraph) ||
          // "... Samsung and HP are among the other signatories": a signing told right after another.
          (active.length > 0 && s.paragraph === activeParagraph && s.cues().statuses.has("signed"))
            ? "indirect"
            : "aside";
      }
      active = [];
      const nearest = kind === "direct" ? nearestSides(s.text, s.mentions, sides, foreign) : undefined;
      const lists = kind === "direct" && foreign.length > 0 ? listsOf(s.text, s.mentions) : undefined;
      const listOf = (entity: Entity) =>
        lists && [...lists].find(([m]) => key(m.entity) === key(entity))?.[1];
      for (const side of sides) {
        // Named in one list with a foreign body of another country than the actor's ("visited Satbayev
        // University and Tashkent State Technical University"), a side is the actor's host, not that body's.
        const listed = foreign.filter((partner) => listOf(partner) === listOf(side));
        const outside = foreign.filter((partner) => !listed.includes(partner));
        // The one who came: a foreign body outside the list, of another country than the list's.
        const visitor = outside.some((p) => listed.every((l) => l.country !== p.country));
        const coObjects =
          lists !== undefined &&
          listed.length > 0 &&
          (visitor ||
            (tour &&
              actor !== undefined &&
              !foreign.some((f) => key(f) === key(actor)) &&
              listed.every((partner) => partner.country !== actor.country)));
        if (coObjects && outside.length === 0 && actor) {
          add(side, actor, { sentence: s, kind: "indirect" });
          active.push([side, actor]);
        }
        for (const partner of foreign) {
          if (nearest && nearest.get(key(partner)) !== key(side)) continue;
          if (coObjects && listed.includes(partner)) continue;
          // On a tour, a foreign body the sentence names without Kazakhstan's is the actor's host.
          if (
            tour &&
            kind !== "direct" &&
            actor &&
            key(partner) !== key(actor) &&
            partner.country !== actor.country
          )
            continue;
          // A member's office in the delegation's own university ("the Director of the Chinese Language and
          // Culture Institute") is no partner of its own.
          if (members && isPartName(partner)) continue;
          // The delegation's members came for what the sentence before tells ("A delegation came to this
          // event. It included the rector of X, ..."): that is their pair's story too.
          const before = sentences[s.index - 1];
          if (members && before && before.paragraph === s.paragraph && !before.background)
            add(side, partner, { sentence: before, kind: "indirect" });
          add(side, partner, { sentence: s, kind });
          // An aside ("ZTE opened 12 centres worldwide") is not what the next sentences go on about.
          if (kind !== "aside") active.push([side, partner]);
        }
      }
      if (sides.length === 0) {
        // No cue and no Kazakhstan side: a sentence about a partner already paired ("The memorandum with X
        // covers food engineering") goes on about that pair.
        for (const pair of pairs.values()) {
          if (!foreign.some((f) => key(f) === key(pair.partner))) continue;
          add(pair.kz, pair.partner, { sentence: s, kind: "continuation" });
          active.push([pair.kz, pair.partner]);
        }
      }
      activeParagraph = s.paragraph;
    } else if (
      actor !== undefined &&
      kz.length > 0 &&
      (acts() ||
        // Talks the visitors held at a university ("the delegation held talks at ENU"), or a meeting of the
        // story's foreign head with a minister ("Кропачев встретился с министром науки"); Kazakhstan's
        // mission abroad that arranged the visit is an escort.
        (s.cues().statuses.has("discussed") &&
          (speaksOfVisitors(s.folded) ||
            s.cues().agreements.has("visit") ||
            kz.every((e) => e.type === "government")) &&
          kz.every((e) => !isKzMission(e) && e.type !== "embassy"))) &&
      !kz.every((e) => active.some(([side, partner]) => key(side) === key(e) && key(partner) === key(actor)))
    ) {
      // A Kazakhstan body the story's foreign body acts with, in a sentence of its own ("The regional
      // akimat has pledged to provide a building" in a story about Heriot-Watt's campus).
      active = [];
      for (const side of kz) {
        add(side, actor, { sentence: s, kind: "indirect" });
        active.push([side, actor]);
      }
      activeParagraph = s.paragraph;
    } else if (
      active.length > 0 &&
      kz.length > 0 &&
      kz.every((e) => active.some(([side]) => key(side) === key(e)))
    ) {
      // A sentence about the Kazakhstan side of the pairs in hand ("KazNU's rector handed over the diploma")
      // keeps the story on them: what follows may still go on about them.
      activeParagraph = s.paragraph;
    } else if (
      active.length > 0 &&
      (s.paragraph === activeParagraph ||
        (s.paragraph <= activeParagraph + 2 && (SIDES().test(s.folded) || OBJECT_FIRST().test(s.folded))))
    ) {
      // A following sentence of the same paragraph that names no one else goes on about the same pairs.
      const activeKz = new Set(active.map(([side]) => key(side)));
      if (kz.every((e) => activeKz.has(key(e)))) {
        for (const [side, partner] of active) add(side, partner, { sentence: s, kind: "continuation" });
        activeParagraph = s.paragraph;
      } else active = [];
    } else active = [];
    // A host named in passing ("received by the deputy akim") does not take over from the university the
    // text is about, nor end the talk about its pairs.
    // Nor does an escort ("He was accompanied by the Consul General"): what follows is still the visitor's.
    if (kz.length > 0 && !isHost(kz, foreign) && !(foreign.length === 0 && isEscorting(s.folded)))
      lastKz = kz;
    if (kz.length > 0) {
      kzBefore = s.index;
      kzParagraph = s.paragraph;
    }
  }
  return [...pairs.values()];
}
