// One article in, its partnerships out: clean, split, find names, pair them, read each pair's evidence.
import type { CountryHint } from "../countries";
import type { PhraseMatch } from "../directory/phrases";
import { wordSet } from "../lexicon/index";
import { type Agreement, type Field, STATUSES, type Status } from "../schema";
import { pickSentences } from "../summary/extractive";
import { oneLineSummary } from "../summary/oneLine";
import { detectLanguage } from "../text/language";
import { fold, pieceCount, type Token, tokenize } from "../text/normalize";
import { splitSentences } from "../text/sentences";
import type { ArticleResult, Institution, Partnership } from "../types";
import { ArticleAcronyms } from "./acronyms";
import { akimatAgain, isAkimat } from "./again";
import { type SentenceCues, sentenceCues, strongestAgreement } from "./cues";
import { articleDateOf, sentenceDate } from "./date";
import { type Entity, type EntityMention, sentenceEntities } from "./entities";
import { defaultFieldsIn, fieldsIn, pairFields } from "./fields";
import { agreementsNear, kindOf, SET_UP_KINDS } from "./kind";
import {
  type AnalysedSentence,
  findPairs,
  isAttendance,
  isDelegationMembers,
  isEscorting,
  isKzMission,
  type PairEvidence,
  readSentence,
} from "./pairs";
import { readingOf } from "./reading";
import { type PartsSeen, partsAsInstitutions } from "./units";

export interface ExtractOptions {
  /** The user's own Directory entries, which extend (and override) the built-in directory. */
  extra?: readonly Institution[];
  /** Sentences in the article summary (default 2). */
  summarySentences?: number;
  /** Called before each sentence is read: throws to stop an article past its time (see core/budget.ts). */
  checkpoint?: () => void;
}

const statusRank = (status: Status) => STATUSES.indexOf(status);

function describe(
  pair: PairEvidence,
  articleDate: string | null,
  sentences: readonly AnalysedSentence[],
): Omit<Partnership, "summary"> {
  const spoken = pair.evidence.filter((e) => e.kind !== "aside");
  const usable = spoken.length > 0 ? spoken : pair.evidence;
  const body = usable.filter((e) => !e.sentence.title);
  const all = body.length > 0 ? body : usable;
  // What happened to an agreement outranks what happened around it: a memorandum signed at a forum is a
  // signed memorandum, not a forum held; a visit during which something was signed is that signing.
  const substantive = all.filter((e) => {
    const cues = e.sentence.cues();
    const kinds = e.sentence.partAgreements(pair.partner) ?? cues.agreements;
    const setting = kinds.size > 0 && [...kinds].every((k) => k === "event" || k === "visit");
    return (
      cues.statuses.has("signed") ||
      cues.statuses.has("planned") ||
      // "The forum opened at XJU" is where a signing took place, not what the pair did.
      (cues.opened && !setting) ||
      [...kinds].some((k) => k !== "event" && k !== "visit")
    );
  });
  // Topics talked over are no agreement: when nothing more than talk happened, every sentence counts.
  const beyondTalk = substantive.some((e) => [...e.sentence.cues().statuses].some((s) => s !== "discussed"));
  const evidence = beyondTalk ? substantive : all;
  let status: Status | null = null;
  for (const e of evidence) {
    for (const s of e.sentence.cues().statuses)
      if (status === null || statusRank(s) > statusRank(status)) status = s;
  }
  // Nothing but a title saying so: the title's own cues, else talks.
  if (status === null) {
    for (const e of pair.evidence) {
      for (const s of e.sentence.cues().statuses)
        if (status === null || statusRank(s) > statusRank(status)) status = s;
    }
  }
  // "No documents were signed" next to an intention ("they intend to prepare a concept note") is still talk.
  if (status === "planned" && evidence.some((e) => e.sentence.cues().notSigned)) status = "discussed";
  const finalStatus: Status = status ?? "discussed";
  const atStatus = evidence.filter((e) => e.sentence.cues().statuses.has(finalStatus));
  const agreement = kindOf(pair, evidence, atStatus, finalStatus, sentences);
  const fields = pairFields({
    evidence: all,
    article: sentences,
    partner: pair.partner,
  });
  const dated = atStatus.map((e) => sentenceDate(e.sentence.text)).find((d) => d !== null);
  return {
    kz: pair.kz.name,
    partner: pair.partner.name,
    country: pair.partner.country ?? "",
    partner_type: pair.partner.type,
    agreement,
    status: finalStatus,
    fields,
    date: dated ?? articleDate,
  };
}

/** The text with the names it mentions blanked out (same length, so positions still hold). */
function withoutNames(text: string, tokens: readonly Token[], mentions: readonly EntityMention[]): string {
  let out = text;
  for (const m of mentions) {
    const from = tokens[m.first]!.start;
    const to = tokens[m.end - 1]!.end;
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  }
  return out;
}

/** A sentence with each name it mentions as one stand-in word: cue patterns still count the words between. */
function namesAsWords(text: string, tokens: readonly Token[], mentions: readonly EntityMention[]): string {
  const spans = mentions.map((m) => [tokens[m.first]!.start, tokens[m.end - 1]!.end] as const);
  spans.sort((a, b) => b[0] - a[0]);
  let out = text;
  let limit = text.length;
  for (const [from, to] of spans) {
    if (to > limit) continue;
    out = `${out.slice(0, from)}_${out.slice(to)}`;
    limit = from;
  }
  return out;
}

/** A consulate named beside its country's embassy is part of the same mission: one partner. */
function mergeConsulates(sentences: readonly AnalysedSentence[]): void {
  const embassies = new Map<string, Entity>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.entity.type === "embassy" && /^embassy/i.test(m.entity.name) && m.entity.country) {
        embassies.set(m.entity.country, m.entity);
      }
    }
  }
  for (const s of sentences) {
    for (const m of s.mentions) {
      const embassy = m.entity.country ? embassies.get(m.entity.country) : undefined;
      if (embassy && m.entity.type === "embassy" && m.entity !== embassy) m.entity = embassy;
    }
  }
}

/**
 * One name written in other capitals ("Zhejiang Yuexiu University Of Foreign Languages" in a line cased like
 * a headline) is one body: the directory's entry if it knows the name, else the first spelling read.
 */
function mergeCaseVariants(sentences: readonly AnalysedSentence[]): void {
  const chosen = new Map<string, Entity>();
  for (const s of sentences)
    for (const m of s.mentions) {
      const k = m.entity.name.toLowerCase();
      const held = chosen.get(k);
      if (!held || (m.entity.known && !held.known)) chosen.set(k, m.entity);
    }
  for (const s of sentences)
    for (const m of s.mentions) {
      const same = chosen.get(m.entity.name.toLowerCase());
      if (same && same.name !== m.entity.name) m.entity = same;
    }
}

/** Unknown names whose country nothing near them told: the article's one foreign country, if it has one. */
function resolveCountries(sentences: readonly AnalysedSentence[], hintCodes: Map<string, number>): void {
  // One unknown name, one country: the one most of its body mentions got.
  const votes = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    if (s.title) continue;
    for (const m of s.mentions) {
      if (m.entity.known || m.entity.country === null) continue;
      const tally = votes.get(m.entity.name) ?? new Map<string, number>();
      tally.set(m.entity.country, (tally.get(m.entity.country) ?? 0) + 1);
      votes.set(m.entity.name, tally);
    }
  }
  for (const s of sentences) {
    for (const m of s.mentions) {
      const tally = m.entity.known ? undefined : votes.get(m.entity.name);
      if (!tally) continue;
      const country = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      if (m.entity.country !== country) m.entity = { ...m.entity, country };
    }
  }
  // A name written short after its long form gave it a country ("the Institute of International Cultural
  // Exchange and the Department of International Cooperation (China)", later "the Institute of
  // International Cultural Exchange"): the same body, the same country.
  const placed = sentences.flatMap((s) => s.mentions.map((m) => m.entity)).filter((e) => e.country !== null);
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.entity.country !== null || m.entity.known) continue;
      const short = m.entity.name;
      const long = placed.find((e) => e.name.length > short.length && e.name.startsWith(`${short} `));
      if (long) m.entity = { ...m.entity, country: long.country };
    }
  }
  const entities = sentences.flatMap((s) => s.mentions.map((m) => m.entity));
  const foreignOf = new Set(
    entities.filter((e) => e.country !== null && e.country !== "KZ").map((e) => e.country as string),
  );
  const foreignCodes = [...hintCodes.entries()].filter(([code]) => code !== "KZ");
  // Only a country the article is about (named twice or more), not one named in passing, and the one every
  // foreign body it names is of ("universities in South Korea": Jeonbuk National University, and the
  // Jeonju university the directory does not know).
  const only =
    foreignCodes.length === 1 &&
    foreignCodes[0]![1] >= 2 &&
    [...foreignOf].every((code) => code === foreignCodes[0]![0])
      ? foreignCodes[0]![0]
      : null;
  // An article about Kazakhstan's partnerships that names no Kazakhstan body the directory knows: its
  // unplaced unknown name is most likely that body ("Esil University hosted a delegation from China").
  const hasKz = entities.some((e) => e.country === "KZ");
  const unplaced = entities.filter((e) => e.country === null);
  const home = !hasKz && foreignOf.size > 0 && unplaced.length > 0 ? unplaced[0]!.name : null;
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.entity.country !== null) continue;
      if (home !== null && m.entity.name === home)
        m.entity = { ...m.entity, country: "KZ", countryGuessed: true };
      else if (only) m.entity = { ...m.entity, country: only, countryGuessed: true };
    }
  }
}

/** Why a person should check a pair, or undefined when the engine is sure of it. */
function reviewReason(pair: PairEvidence, shown: (name: string) => string): string | undefined {
  const reasons: string[] = [];
  for (const [side, entity] of [
    ["Kazakhstan side", pair.kz],
    ["partner", pair.partner],
  ] as const) {
    if (entity.review) reasons.push(`the ${side}'s name "${shown(entity.name)}" is the engine's own reading`);
    if (entity.countryGuessed) reasons.push(`the ${side}'s country is taken from the article as a whole`);
  }
  if (pair.evidence.every((e) => e.sentence.unsure))
    reasons.push("the article lists the names without saying what happened between them");
  else if (!pair.evidence.some((e) => e.kind === "direct"))
    reasons.push("no sentence names both sides: the Kazakhstan side is inferred from the story");
  if (reasons.length === 0) return undefined;
  const text = `${reasons.join("; ")}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An embassy or consulate that only attended or accompanied ("The Ambassador of Malaysia accompanied the
 * delegation", "the opening was attended by the embassy's counsellor") while an institution of its country
 * is a side of the story: the escort of that institution, not a side of its own.
 */
function withoutEscorts(pairs: PairEvidence[]): PairEvidence[] {
  const institutions = new Set(
    pairs
      .filter((p) => p.partner.type !== "embassy" && p.partner.type !== "government")
      .map((p) => p.partner.country),
  );
  // Kazakhstan's own mission abroad, present while its universities sign with the same partner ("The Consul
  // General of Kazakhstan also attended the opening ceremony"), escorts them too.
  const signedWith = (partner: Entity) =>
    pairs.some(
      (q) =>
        q.partner.name === partner.name &&
        !isKzMission(q.kz) &&
        q.evidence.some((e) => e.sentence.cues().statuses.has("signed")),
    );
  // ... or only accompanied someone who met the same partner ("accompanied by the Consul General").
  const escortedOnly = (p: PairEvidence) =>
    pairs.some((q) => q !== p && q.partner.name === p.partner.name) &&
    p.evidence.filter((e) => e.kind !== "continuation").every((e) => isEscorting(e.sentence.folded));
  const onlyAttended = (p: PairEvidence) =>
    p.evidence.filter((e) => e.kind !== "continuation").every((e) => isAttendance(e.sentence.folded));
  return pairs.filter(
    (p) =>
      (p.partner.type !== "embassy" ||
        !institutions.has(p.partner.country) ||
        !p.evidence
          .filter((e) => e.sentence.mentions.some((m) => m.entity.name === p.partner.name))
          .every((e) => isAttendance(e.sentence.folded) || isDelegationMembers(e.sentence.folded))) &&
      (!isKzMission(p.kz) || !onlyAttended(p) || !(signedWith(p.partner) || escortedOnly(p))),
  );
}

// Kinds that say little of what the cooperation is: the story's headline may say more.
const WEAK_KINDS: ReadonlySet<Agreement> = new Set(["visit", "agreement", "event"]);

/**
 * What the story is about, when its headline names something set up ("A branch of an Italian university
 * will open in Kazakhstan"): the kind for pairs whose own sentences say only visit, agreement or event.
 */
function headlineKind(sentences: readonly AnalysedSentence[]): Agreement | null {
  const titles = sentences.filter((s) => s.title);
  return strongestAgreement(
    titles.flatMap((s) => [...s.cues().agreements]).filter((k) => SET_UP_KINDS.has(k)),
  );
}

// Between two countries that act together: "and", "и", "және", or a Kazakh "мен" written apart.
let joiners: ReadonlySet<string> | undefined;
const statesJoined = (gap: string) => {
  joiners ??= new Set([...wordSet((l) => l.words.and), ...wordSet((l) => l.suffixes.with)]);
  return joiners.has(gap.trim().toLowerCase());
};

/** The pairs of countries a sentence names as acting together, as "KZ+IT". */
function statePairsIn(
  text: string,
  tokens: readonly Token[],
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
): ReadonlySet<string> {
  const found = new Set<string>();
  const states = hints.filter((h) => h.value.kind !== "place");
  for (let i = 1; i < states.length; i++) {
    const a = states[i - 1]!;
    const b = states[i]!;
    if (!statesJoined(text.slice(tokens[a.end - 1]!.end, tokens[b.first]!.start))) continue;
    if (a.value.code === "KZ") found.add(`KZ+${b.value.code}`);
    if (b.value.code === "KZ") found.add(`KZ+${a.value.code}`);
  }
  return found;
}

/**
 * "Kazakhstan and Italy signed an agreement on opening a branch": the two states that sign are the state
 * bodies of the story that speak for them, the pair of their ministries (or other government bodies).
 */
function addStateSignings(pair: PairEvidence, sentences: readonly AnalysedSentence[]): void {
  const { kz, partner } = pair;
  if (kz.type !== "government" || partner.type !== "government" || !partner.country) return;
  for (const s of sentences) {
    if (s.background || s.title || !s.statePairs.has(`KZ+${partner.country}`)) continue;
    if (s.mentions.some((m) => m.entity.type === "government" || m.entity.type === "embassy")) continue;
    const statuses = s.cues().statuses;
    if (!statuses.has("signed") && !statuses.has("launched")) continue;
    if (!pair.evidence.some((e) => e.sentence === s)) pair.evidence.push({ sentence: s, kind: "direct" });
  }
  pair.evidence.sort((a, b) => a.sentence.index - b.sentence.index);
}

export function extractArticle(text: string, options: ExtractOptions = {}): ArticleResult {
  const extra = options.extra ?? [];
  const lang = detectLanguage(text);
  // Latin-script Kazakh is read in its Cyrillic form; the summary and title are taken back as written.
  const reading = readingOf(text, lang);
  const cleaned = reading.text;
  const articleDate = articleDateOf(cleaned);
  const split = splitSentences(cleaned);
  // Headline, dateline, kicker: the leading lines that are not sentences of the body.
  // The body starts with its first real sentence: ended as one, or followed by another in its paragraph,
  // and of some length (a page's "Search ..." or "Home." before the headline is no body).
  let bodyStart = split.findIndex(
    (s, i) =>
      (/[.!?…»"”]$/.test(s.text) || split[i + 1]?.paragraph === s.paragraph) && pieceCount(s.text, 6) >= 6,
  );
  // A headline has a line of its own: what starts the body's first line ("Almaty, 12 March 2025.") is body.
  while (bodyStart > 0 && split[bodyStart - 1]!.paragraph === split[bodyStart]!.paragraph) bodyStart--;
  const isTitle = (index: number) => bodyStart > 0 && index < bodyStart;

  const analysed: AnalysedSentence[] = [];
  const hintCodes = new Map<string, number>();
  let lastEmbassy: Entity | undefined;
  let lastAkimat: Entity | undefined;
  const acronyms = new ArticleAcronyms();
  const partsSeen: PartsSeen = new Map();
  split.forEach((sentence, index) => {
    options.checkpoint?.();
    const tokens = tokenize(sentence.text);
    const folded = fold(sentence.text);
    const { mentions, hints } = sentenceEntities(sentence.text, tokens, extra, lastEmbassy);
    acronyms.apply(sentence.text, tokens, mentions);
    akimatAgain(tokens, mentions, lastAkimat);
    partsAsInstitutions(sentence.text, tokens, mentions, partsSeen);
    for (const hint of hints) {
      if (hint.value.kind !== "place")
        hintCodes.set(hint.value.code, (hintCodes.get(hint.value.code) ?? 0) + 1);
    }
    // An unknown name's country from its own sentence: the nearest foreign country named there.
    for (const m of mentions) {
      if (m.entity.country !== null) continue;
      let best: string | null = null;
      let distance = Infinity;
      for (const hint of hints) {
        if (hint.value.code === "KZ") continue;
        // A country right next to another name is that name's ("Tsinghua University (China)").
        const claimed = mentions.some(
          (other) =>
            other !== m &&
            other.entity.country !== null &&
            hint.first >= other.first - 2 &&
            hint.first <= other.end + 2,
        );
        if (claimed) continue;
        const d = Math.abs(hint.first - m.first);
        if (d < distance) {
          best = hint.value.code;
          distance = d;
        }
      }
      if (best) m.entity = { ...m.entity, country: best };
    }
    for (const m of mentions) {
      if (m.entity.type === "embassy") lastEmbassy = m.entity;
      if (isAkimat(m.entity)) lastAkimat = m.entity;
    }
    let memo: SentenceCues | undefined;
    let fieldMemo: Field[] | undefined;
    let nameFieldMemo: Field[] | undefined;
    let defaultFieldMemo: Field[] | undefined;
    let unnamedMemo: string | undefined;
    // The sentence without the names it mentions: "Ministry of Science and Higher Education" says nothing
    // of education, "Atyrau University of Oil and Gas" nothing of what it now signed.
    const unnamed = () => {
      unnamedMemo ??= mentions.length > 0 ? fold(withoutNames(sentence.text, tokens, mentions)) : folded;
      return unnamedMemo;
    };
    // Cue words read without the directory's names of bodies: "the Polish National Agency for Academic
    // Exchange visited" is a visit, not an exchange. A company's name stays ("Huawei ICT Academy" is the thing
    // it opened), and so does a name the engine read itself ("Центр казахстанских исследований" is what opens).
    const cues = () => {
      if (memo === undefined) {
        const bodies = mentions.filter((m) => m.entity.known && m.entity.type !== "company");
        memo = sentenceCues(bodies.length > 0 ? fold(namesAsWords(sentence.text, tokens, bodies)) : folded);
      }
      return memo;
    };
    let cuesAsked = false;
    const cuesRead = () => (memo !== undefined || cuesAsked) && cues().statuses.size > 0;
    const foreignCount = new Set(
      mentions
        .filter((m) => m.entity.country !== "KZ" && m.entity.country !== null)
        .map((m) => m.entity.name),
    ).size;
    const partMemo = new Map<string, ReadonlySet<Agreement> | null>();
    const partAgreements = (partner: Entity) => {
      if (foreignCount < 2) return null;
      let found = partMemo.get(partner.name);
      if (found === undefined) {
        found = agreementsNear(sentence.text, tokens, mentions, partner);
        partMemo.set(partner.name, found);
      }
      return found;
    };
    const strong = foreignCount > 0 && (cues().statuses.has("signed") || cues().statuses.has("launched"));
    const reading = readSentence(
      folded,
      foreignCount,
      strong,
      foreignCount > 0 && cues().statuses.has("signed"),
      foreignCount > 0 && cues().statuses.size > 0,
      mentions.some((m) => m.entity.country === "KZ"),
    );
    analysed.push({
      index,
      paragraph: sentence.paragraph,
      text: sentence.text,
      folded,
      title: isTitle(index),
      mentions,
      statePairs: statePairsIn(sentence.text, tokens, hints),
      kzPlace: hints.some((hint) => hint.value.kind === "place" && hint.value.code === "KZ"),
      unnamed,
      cues,
      cuesRead,
      cuesAsked: () => {
        cuesAsked = true;
      },
      fields: () => {
        fieldMemo ??= fieldsIn(unnamed());
        return fieldMemo;
      },
      nameFields: () => {
        nameFieldMemo ??= fieldsIn(folded);
        return nameFieldMemo;
      },
      defaultFields: () => {
        defaultFieldMemo ??= defaultFieldsIn(unnamed());
        return defaultFieldMemo;
      },
      partAgreements,
      background: reading === "background",
      unsure: reading === "unsure",
    });
  });
  resolveCountries(analysed, hintCodes);
  mergeConsulates(analysed);
  mergeCaseVariants(analysed);

  // A headline names sides loosely ("Shymkent university", "a German partner"); when the body gives
  // pairs, pairs seen only in the headline are left out.
  // A pair only ever seen in asides ("Huawei has opened 20 centres worldwide") is no pair.
  const found = findPairs(analysed).filter((pair) => pair.evidence.some((e) => e.kind !== "aside"));
  const inBody = found.filter((pair) => pair.evidence.some((e) => !e.sentence.title));
  const pairs = withoutEscorts(inBody.length > 0 ? inBody : found);
  for (const pair of pairs) addStateSignings(pair, analysed);
  const described = pairs.map((pair) => describe(pair, articleDate, analysed));
  // The headline's thing, when no pair's own sentences already tell it, is the story of the pairs that say
  // little ("double degree extended" in the headline is the pair that extended it, not the minister's visit).
  const headline = headlineKind(analysed);
  if (headline && !described.some((d) => d.agreement === headline))
    for (const d of described) if (WEAK_KINDS.has(d.agreement)) d.agreement = headline;
  const partnerships: Partnership[] = pairs.map((pair, i) => {
    const review = reviewReason(pair, (name) => acronyms.shown(name));
    const pairDescribed = described[i]!;
    pairDescribed.kz = acronyms.shown(pairDescribed.kz);
    pairDescribed.partner = acronyms.shown(pairDescribed.partner);
    return {
      ...pairDescribed,
      summary: oneLineSummary(pairDescribed),
      ...(review ? { review } : {}),
      ...(pair.evidence.every((e) => e.sentence.unsure) ? { tentative: true } : {}),
    };
  });

  const summary = pickSentences(
    analysed.map((s, i) => ({
      sentence: reading.original(split[i]!),
      names: s.mentions.length,
      // Cues were read for the sentences that pair; the others are not read just to rank them.
      news: s.mentions.length > 0 && s.background === false && s.cuesRead(),
      title: s.title,
    })),
    options.summarySentences ?? 2,
  );
  const title = analysed
    .filter((s) => s.title)
    .map((s) => reading.original(split[s.index]!).text)
    .reduce((a, b) => (b.length > a.length ? b : a), "");
  return { lang, date: articleDate, title, summary, partnerships };
}
