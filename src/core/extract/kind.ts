// What kind of cooperation a pair is: the strongest kind its sentences name at its status, the kind named
// beside this partner when a sentence names several, what a plain agreement sets up, else the sentence
// before or after, else a default by status.
import { anyOf, lazy, literal } from "../lexicon/compile";
import { allEntries, wordSet } from "../lexicon/index";
import type { Agreement, Status } from "../schema";
import { fold, type Token } from "../text/normalize";
import { sentenceCues, strongestAgreement } from "./cues";
import type { Entity, EntityMention } from "./entities";
import { type AnalysedSentence, type Evidence, isListing, type PairEvidence } from "./pairs";

/** What an agreement "provides for" (its scope, not what it sets up). */
const SCOPE = anyOf(() => allEntries((l) => l.kind.scope), "letters");
export const SET_UP_KINDS: ReadonlySet<Agreement> = new Set([
  "branch_campus",
  "joint_lab",
  "training_center",
  "joint_program",
]);

/** Between two names: only a country in brackets, a comma or "and", "и", "және", "мен" (and an English "the"). */
const COORDINATED = lazy(() => {
  const joining = [...wordSet((l) => l.words.and), ...wordSet((l) => l.suffixes.with)].map(literal);
  const article = [...wordSet((l) => l.words.article)].map(literal);
  const articles = article.length > 0 ? `(?:(?:${article.join("|")})\\s+)?` : "";
  return new RegExp(`^\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:,|${joining.join("|")})?\\s*${articles}$`, "iu");
});

/**
 * Cooperation topics that are not an agreement: talks that range over these and exchanges ("discussed joint
 * research and possible student exchanges") are a visit, not an academic-mobility deal.
 */
const OTHER_TOPIC = anyOf(() => allEntries((l) => l.kind.otherTopic), "letters");

const SETTING: ReadonlySet<Agreement> = new Set(["visit", "event"]);

const DEFAULT_AGREEMENT: Record<Status, Agreement> = {
  discussed: "visit",
  planned: "agreement",
  signed: "agreement",
  launched: "event",
};

/**
 * A pair whose own sentences say something happened but not what ("X and Y opened the new facility"):
 * the kind the sentence right before or after names ("The centre will train ..."), when that sentence names
 * no other foreign side.
 */
function aroundKind(
  pair: PairEvidence,
  evidence: readonly Evidence[],
  sentences: readonly AnalysedSentence[],
): Agreement | null {
  const own = new Set(evidence.map((e) => e.sentence.index));
  const kinds: Agreement[] = [];
  for (const e of evidence) {
    for (const index of [e.sentence.index - 1, e.sentence.index + 1]) {
      const near = sentences[index];
      if (!near || own.has(index) || near.title || Math.abs(near.paragraph - e.sentence.paragraph) > 1)
        continue;
      const others = near.mentions.some(
        (m) => m.entity.country !== null && m.entity.country !== "KZ" && m.entity.name !== pair.partner.name,
      );
      if (others || near.background) continue;
      for (const kind of near.cues().agreements) if (kind !== "visit" && kind !== "event") kinds.push(kind);
    }
  }
  return strongestAgreement(kinds);
}

/**
 * The kinds of agreement named in the stretch of a sentence that belongs to one of its foreign sides: from
 * the previous foreign name to this one ("... and an academic mobility agreement with B"), else from this
 * one to the next ("with A on a joint programme, ..."). Null when neither stretch names a kind.
 */
export function agreementsNear(
  text: string,
  tokens: readonly Token[],
  mentions: readonly EntityMention[],
  partner: Entity,
): ReadonlySet<Agreement> | null {
  const foreign = mentions
    .filter((m) => m.entity.country !== null && m.entity.country !== "KZ")
    .sort((a, b) => a.first - b.first);
  const at = foreign.findIndex((m) => m.entity.name === partner.name);
  if (at < 0) return null;
  const mention = foreign[at]!;
  const before = foreign[at - 1];
  const after = foreign.slice(at + 1).find((m) => m.entity.name !== partner.name);
  const from = before ? tokens[before.end - 1]!.end : 0;
  // "memoranda with A (USA) and B (Austria)": names joined by a bare "and" share what the first was given.
  if (before && COORDINATED().test(text.slice(from, tokens[mention.first]!.start)))
    return agreementsNear(text, tokens, mentions, before.entity);
  const own = tokens[mention.end - 1]!.end;
  const to = after ? tokens[after.first]!.start : text.length;
  for (const [a, b] of [
    [from, own],
    [own, to],
  ] as const) {
    // A visit or event is the sentence's setting ("Сапар барысында ... меморандумдарға қол қойды"), not
    // what one of its partners got.
    const kinds = [...sentenceCues(fold(text.slice(a, b))).agreements].filter((k) => !SETTING.has(k));
    if (kinds.length > 0) return new Set(kinds);
  }
  return null;
}

/** The agreement kind of a pair whose status is `finalStatus`, `atStatus` being the evidence at that status. */
export function kindOf(
  pair: PairEvidence,
  evidence: readonly Evidence[],
  atStatus: readonly Evidence[],
  finalStatus: Status,
  sentences: readonly AnalysedSentence[],
): Agreement {
  // In a sentence naming several foreign sides, the kinds named next to this one.
  const kinds = (e: Evidence) => [
    ...(e.sentence.partAgreements(pair.partner) ?? e.sentence.cues().agreements),
  ];
  // A centre opened of no stated kind: a company's is a training centre ("Siemens opened a competence
  // centre"), anyone else's a joint centre of study or research ("an India Study Centre at the university").
  const openedCentre = atStatus.some((e) => e.sentence.cues().openedCentre);
  const companyCentre = !openedCentre
    ? []
    : pair.partner.type === "company"
      ? (["training_center"] as const)
      : (["joint_lab"] as const);
  // A centre only inferred from "opened ... centres" gives way to one a sentence names ("a Turkish language
  // centre opened"; "the institute had opened culture centres in Astana before").
  const atKinds = atStatus.flatMap(kinds);
  const namedKind = strongestAgreement(atKinds);
  let agreement =
    namedKind !== null && SET_UP_KINDS.has(namedKind)
      ? namedKind
      : strongestAgreement([...atKinds, ...companyCentre]);
  if (agreement === null) {
    const anywhere = evidence.flatMap(kinds).filter((a) => a !== "visit" && a !== "event");
    agreement =
      strongestAgreement(anywhere) ?? aroundKind(pair, evidence, sentences) ?? DEFAULT_AGREEMENT[finalStatus];
  } else if (agreement === "agreement") {
    // A plain "agreement" takes the kind of what the pair's other sentences say it sets up ("По договору
    // компания оснастит учебную мастерскую": a training centre); what it "provides for" is its scope and
    // does not count ("предусматривает совместные образовательные программы" stays an agreement).
    const setUp = evidence
      .filter((e) => !SCOPE().test(e.sentence.folded))
      .flatMap(kinds)
      .filter((a) => SET_UP_KINDS.has(a));
    agreement = strongestAgreement(setUp) ?? agreement;
  }
  if (
    finalStatus === "discussed" &&
    agreement === "academic_mobility" &&
    atStatus.some((e) => kinds(e).includes("academic_mobility") && OTHER_TOPIC().test(e.sentence.folded))
  )
    agreement = "visit";
  // Talks that list their topics ("discussed cooperation, including internships and language courses") are
  // a visit; one thing offered ("offered a three-month internship") is that thing, and so is anything to be
  // set up ("including the prospects of opening a branch").
  const chosen = agreement;
  // A thing to set up that a sentence names as such ("a branch", "a joint laboratory") stands even among
  // topics; a centre only inferred from "opening a centre" among them does not.
  const named = SET_UP_KINDS.has(chosen) && atStatus.some((e) => kinds(e).includes(chosen));
  if (
    finalStatus === "discussed" &&
    chosen !== "visit" &&
    !named &&
    atStatus.length > 0 &&
    atStatus.every((e) => !kinds(e).includes(chosen) || isListing(e.sentence.folded))
  )
    return "visit";
  return chosen;
}
