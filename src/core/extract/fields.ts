// Fields of cooperation named in a (folded) text. The words of each language are in its lexicon
// (src/core/lexicon, key "fields").
import { countMatches, grouped } from "../lexicon/compile";
import { allEntries } from "../lexicon/index";
import { FIELDS, type Field } from "../schema";

/** All fields in one pattern, each its own group, compiled at first use: one pass over a sentence. */
const fieldCues = grouped<Field>(() =>
  FIELDS.map((field) => [field, allEntries((l) => l.fields[field])] as const),
);

/** The fields a folded text speaks of, in the schema's order. */
export function fieldsIn(folded: string): Field[] {
  const found = countMatches(fieldCues(), folded);
  return FIELDS.filter((field) => found.has(field));
}
