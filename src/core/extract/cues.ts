// Cue words: what a sentence says happened (status) and to what kind of cooperation (agreement). The words
// of each language are in its lexicon (src/core/lexicon); this module says how they combine. Patterns run on
// folded text (lower case, "ё" -> "е").
import { alternation, anyOf, countMatches, grouped, lazy, START } from "../lexicon/compile";
import { allEntries } from "../lexicon/index";
import type { Entries, Lexicon, LexiconKey } from "../lexicon/shape";
import type { Agreement, Status } from "../schema";

/** A status cue: one of the lexicon's status keys ("signed", "notSigned", ...). */
type StatusCue = LexiconKey<"status">;

/** What was opened or is to be opened, when the sentence does not say "joint": "X and Festo opened a
 * mechatronics laboratory", "agreed to open a Cisco Networking Academy at the university", "Huawei ICT
 * академиясын ашты". A laboratory set up by the two sides is a joint lab; a company's (or any) academy or
 * centre opened for students is a training centre. */
function opened(object: (lexicon: Lexicon) => Entries): () => RegExp {
  const verbs = (lexicon: Lexicon) => lexicon.opening.verbs;
  return lazy(() => {
    // The verb first (English, Russian) within four words, or last (Kazakh) within two.
    const verbFirst = `(?:${alternation(allEntries(verbs, "verb-object"))})(?: \\S+){0,4} (?:${alternation(allEntries(object, "verb-object"))})`;
    const verbLast = `(?:${alternation(allEntries(object, "object-verb"))})(?: \\S+){0,2} (?:${alternation(allEntries(verbs, "object-verb"))})`;
    return new RegExp(`${START}(?:${verbFirst}|${verbLast})`);
  });
}
/** Any opening verb: each pattern above needs one, and most sentences have none, so they are spared all three. */
const OPENING_VERB = lazy(() => {
  const verbs = (lexicon: Lexicon) => lexicon.opening.verbs;
  return new RegExp(
    `${START}(?:${alternation(allEntries(verbs, "verb-object"))}|${alternation(allEntries(verbs, "object-verb"))})`,
  );
});
const OPENED_LAB = opened((l) => l.opening.lab);
const OPENED_ACADEMY = opened((l) => l.opening.academy);
const OPENED_CENTRE = opened((l) => l.opening.centre);

/** Strongest first: what a partnership "is" when a sentence names several kinds. */
export const AGREEMENT_RANK: readonly Agreement[] = [
  "branch_campus",
  "joint_lab",
  "training_center",
  "joint_program",
  // A signed memorandum is a memorandum even when it mentions exchanges or internships.
  "memorandum",
  "academic_mobility",
  "internship",
  "agreement",
  "event",
  "visit",
];

export interface SentenceCues {
  statuses: Set<Status>;
  agreements: Set<Agreement>;
  /** "No documents were signed", "пока не подписаны", "қол қойылған жоқ": still at the talking stage. */
  notSigned: boolean;
  /**
   * A centre was (or is to be) opened, of no stated kind: a company's centre is a training centre ("Siemens
   * opened a competence centre"); two universities' "centre for Chinese studies" is not.
   */
  openedCentre: boolean;
  /** Something was opened, launched or set up (not only an event held). */
  opened: boolean;
}

type Kind = Agreement | StatusCue;

/** The order agreement kinds are tried in where two could start at the same place. */
const AGREEMENT_CUES: readonly Agreement[] = [
  "branch_campus",
  "joint_lab",
  "training_center",
  "joint_program",
  "academic_mobility",
  "internship",
  "memorandum",
  "agreement",
  "event",
  "visit",
];

/**
 * All cues in one pattern, one pass over a sentence. Where two cues could start at the same place the
 * first listed wins: "no documents were signed" before "signed", "agreed to continue" before "agreed to".
 */
const combinedCues = grouped<Kind>(() => {
  const status = (key: StatusCue) => [key, allEntries((l) => l.status[key])] as const;
  return [
    status("notSigned"),
    status("continueTalks"),
    status("decisionPending"),
    status("signed"),
    status("signing"),
    status("launched"),
    status("held"),
    status("planned"),
    ...AGREEMENT_CUES.map((kind) => [kind, allEntries((l) => l.agreement[kind])] as const),
    status("discussed"),
  ];
});

/** A delegation or a visit ("делегация", "visited"): not a meeting, which may be an event itself. */
const DELEGATION = anyOf(() => allEntries((l) => l.kind.delegation), "letters");
/** Whether a (folded) sentence speaks of a delegation or a visit ("the delegation held talks at ENU"). */
export const speaksOfVisitors = (folded: string) => DELEGATION().test(folded);

/** A centre that teaches a language: a training centre when it opens, a talk's topic otherwise. */
const LANGUAGE_CENTRE = anyOf(() => allEntries((l) => l.kind.languageCentre), "letters");

/** The statuses and kinds of cooperation a (folded) sentence speaks of. */
export function sentenceCues(folded: string): SentenceCues {
  const statuses = new Set<Status>();
  const agreements = new Set<Agreement>();
  const seen = countMatches(combinedCues(), folded);
  const n = (kind: Kind) => seen.get(kind) ?? 0;
  for (const agreement of AGREEMENT_RANK) if (n(agreement) > 0) agreements.add(agreement);
  if (
    (n("launched") > 0 || n("planned") > 0 || n("signed") > 0) &&
    !agreements.has("joint_lab") &&
    !agreements.has("branch_campus") &&
    LANGUAGE_CENTRE().test(folded)
  )
    agreements.add("training_center");
  let openedCentre = false;
  // Only read when nothing stronger named the kind: most sentences never pay for these.
  if (
    !agreements.has("joint_lab") &&
    !agreements.has("training_center") &&
    !agreements.has("branch_campus") &&
    OPENING_VERB().test(folded)
  ) {
    if (OPENED_LAB().test(folded)) agreements.add("joint_lab");
    else if (OPENED_ACADEMY().test(folded)) agreements.add("training_center");
    else openedCentre = OPENED_CENTRE().test(folded);
  }
  // A forum "held" is a launched event, unless it is only where a signing took place ("signed ... during the
  // forum held in Almaty").
  // An internship that students "underwent" ("прошли стажировку", "тағылымдамадан өтті") took place too.
  // A delegation's visit during a round table, a minister's visit within an exhibition: the visit is the
  // news, the event its setting.
  if (agreements.has("event") && DELEGATION().test(folded)) agreements.delete("event");
  // Students studying or sent under a mobility programme: it is running.
  const tookPlace =
    agreements.has("event") || agreements.has("internship") || agreements.has("academic_mobility");
  // "The signing of the memorandum" tells a signing; "will complete the signing of the memorandum" a plan.
  const signed = n("signed") > 0 || (n("signing") > 0 && n("planned") === 0);
  if (n("launched") > 0 || (tookPlace && n("held") > 0 && !signed)) statuses.add("launched");
  if (signed) statuses.add("signed");
  if (n("planned") > 0) statuses.add("planned");
  if (n("discussed") > 0 || n("continueTalks") > 0 || n("decisionPending") > 0 || agreements.has("visit"))
    statuses.add("discussed");
  return { statuses, agreements, notSigned: n("notSigned") > 0, openedCentre, opened: n("launched") > 0 };
}

/** The strongest kind among several. */
export function strongestAgreement(agreements: Iterable<Agreement>): Agreement | null {
  let best: Agreement | null = null;
  for (const agreement of agreements) {
    if (best === null || AGREEMENT_RANK.indexOf(agreement) < AGREEMENT_RANK.indexOf(best)) best = agreement;
  }
  return best;
}
