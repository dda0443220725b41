// Fields of cooperation named in a (folded) text. The words of each language are in its lexicon
// (src/core/lexicon, keys "fields" and "defaultFields").
import { countMatches, type Grouped, grouped } from "../lexicon/compile";
import { allEntries } from "../lexicon/index";
import { LEXICON_SHAPE } from "../lexicon/shape";
import { FIELDS, type Field } from "../schema";

/** All fields in one pattern, each its own group, compiled at first use: one pass over a sentence. */
const fieldCues = grouped<Field>(() =>
  FIELDS.map((field) => [field, allEntries((l) => l.fields[field])] as const),
);

/** The words that give a field only when nothing else does ("an exchange of students"). */
const defaultCues = grouped<Field>(() =>
  LEXICON_SHAPE.defaultFields.map((field) => [field, allEntries((l) => l.defaultFields[field])] as const),
);

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
