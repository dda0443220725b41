// Fields of cooperation named in a (folded) text. The words of each language are in its lexicon
// (src/core/lexicon, keys "fields" and "defaultFields").
import { anyOf, countMatches, type Grouped, grouped } from "../lexicon/compile";
import { allEntries } from "../lexicon/index";
import { LEXICON_SHAPE } from "../lexicon/shape";
import { FIELDS, type Field } from "../schema";
import type { Entity } from "./entities";
import type { AnalysedSentence, Evidence } from "./pairs";

/** All fields in one pattern, each its own group, compiled at first use: one pass over a sentence. */
const fieldCues = grouped<Field>(() =>
  FIELDS.map((field) => [field, allEntries((l) => l.fields[field])] as const),
);

/** The words that give a field only when nothing else does ("an exchange of students"). */
const defaultCues = grouped<Field>(() =>
  LEXICON_SHAPE.defaultFields.map((field) => [field, allEntries((l) => l.defaultFields[field])] as const),
);

/** A sentence on the relations of two states ("between the two countries"). */
const STATES = anyOf(() => allEntries((l) => l.fieldContext.states));

function matched(cues: Grouped<Field>, folded: string): Field[] {
  const found = countMatches(cues, folded);
  return FIELDS.filter((field) => found.has(field));
}

/** The fields a folded text speaks of, in the schema's order. */
export function fieldsIn(folded: string): Field[] {
  return matched(fieldCues(), folded);
}

/**
 * The fields a folded text gives when nothing names a field: an exchange of students or academic mobility
 * is education, unless the pair's sentences or its sides' names say in what.
 */
export function defaultFieldsIn(folded: string): Field[] {
  return matched(defaultCues(), folded);
}

/** What the fields of a pair are read from: its sentences, and the article's. */
export interface FieldSources {
  /** The pair's own sentences. */
  evidence: readonly Evidence[];
  /** Every sentence of the article. */
  article: readonly AnalysedSentence[];
  partner: Entity;
}

/**
 * The fields of one pair: what its own sentences say of the cooperation (the names taken out); else, in an
 * article about this partner alone, what its sentences that name no one say; else what the names in its
 * sentences say ("medical university"); else what an exchange of students gives (education).
 */
export function pairFields(sources: FieldSources): Field[] {
  const fields = new Set<Field>();
  const add = (list: readonly Field[]) => {
    for (const f of list) fields.add(f);
  };
  // A sentence that does not name the pair and speaks of the two states' relations gives the states' fields.
  const ofStates = (s: AnalysedSentence) => STATES().test(s.folded);
  const own = sources.evidence
    .filter((e) => e.kind === "direct" || !ofStates(e.sentence))
    .map((e) => e.sentence);
  for (const s of own) add(s.fields());
  // The article is about this partner alone (no other foreign body named): its sentences that name no one
  // ("The programme will cover mining") still speak of this cooperation.
  if (fields.size === 0 && aboutOnly(sources.partner, sources.article)) {
    for (const s of sources.article) {
      if (!s.title && s.mentions.length === 0 && !s.background && !ofStates(s)) add(s.fields());
    }
  }
  // The names in the pair's sentences: "a medical university", "Kazakh National Agrarian University".
  if (fields.size === 0) for (const s of own) add(s.nameFields());
  if (fields.size === 0) for (const s of own) add(s.defaultFields());
  return FIELDS.filter((f) => fields.has(f));
}

/** Whether the article names no foreign body but this partner. */
function aboutOnly(partner: Entity, article: readonly AnalysedSentence[]): boolean {
  return article.every((s) =>
    s.mentions.every((m) => m.entity.country === "KZ" || m.entity.name === partner.name),
  );
}
