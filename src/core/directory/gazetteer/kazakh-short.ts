// A Kazakhstan school written short, or its namesake spelled another way: "Gumilyov Eurasian University"
// and "Gumilyev Eurasian University" for L.N. Gumilyov Eurasian National University, "Abylai Khan
// University" for Ablai Khan Kazakh University of International Relations and World Languages. The
// tolerant match (snap.ts) only ever takes an institution whose every word a name has; the country's own
// register is small and names every Kazakhstan side of the news, so here the other way round is safe
// enough: a name whose every word one Kazakhstan institution has is that institution, when no other has them.

import { isAcronym } from "../../text/normalize";
import type { Institution } from "../../types";
import { parseInstitutions } from "../data/parse";
import { directoryTexts } from "../data/texts";
import { spellingDistance, spellingLimit } from "./spelling";
import { GENERIC, type ReadName, readName } from "./words";

interface Entry {
  institution: Institution;
  /** Each Latin name read: its classed words (generic ones) and its distinctive forms. */
  names: { generic: ReadonlySet<string>; distinctive: readonly string[] }[];
}

let entries: Entry[] | undefined;

function register(): Entry[] {
  if (entries) return entries;
  const CYRILLIC = /[\u0400-\u04ff]/;
  entries = parseInstitutions(directoryTexts().kazakhstan, "KZ").map((institution) => ({
    institution,
    names: [institution.name, ...institution.aliases]
      .filter((n) => !CYRILLIC.test(n) && !isAcronym(n))
      .map((n) => split(readName(n))),
  }));
  return entries;
}

function split(read: ReadName): { generic: Set<string>; distinctive: string[] } {
  const generic = new Set<string>();
  const distinctive: string[] = [];
  read.words.forEach((word, i) => {
    if (GENERIC.has(word)) generic.add(word);
    else distinctive.push(read.forms[i]!);
  });
  return { generic, distinctive };
}

// Generic words a short form leaves out ("Gumilyov Eurasian University"); the others tell institutions of
// one city apart ("Almaty University" is not the Almaty Technological University).
const OMITTED = new Set(["national", "state"]);

/** A distinctive word of the query as one of a name's: the same, or a respelling within the limit. */
const sameWord = (query: string, form: string) =>
  query === form ||
  (query.charAt(0) === form.charAt(0) &&
    spellingDistance(query, form, spellingLimit(Math.min(query.length, form.length))) !== Infinity);

/**
 * The one Kazakhstan institution that has every word of `name` (generic words by class, distinctive
 * ones as written or respelled); null when none does or more than one.
 */
export function kazakhSchoolWrittenShort(name: string): Institution | null {
  const query = split(readName(name));
  // A name of generic words and a city says no more than "a university in Almaty".
  if (query.distinctive.length === 0 || query.distinctive.every((w) => w.length < 4)) return null;
  let found: Institution | null = null;
  const within = (words: readonly string[], of: readonly string[]) =>
    words.every((w) => of.some((f) => sameWord(w, f)));
  for (const entry of register()) {
    // Between its shortest and its fullest: every word of one of its names is in the name ("Eurasian" and
    // "University" of "Eurasian National University"), and every word of the name is in one of its names
    // ("Gumilyov", "Eurasian"); "Central University" is not the Central Asian University.
    const has =
      entry.names.some(
        (n) =>
          within(n.distinctive, query.distinctive) &&
          [...n.generic].every((g) => OMITTED.has(g) || query.generic.has(g)),
      ) &&
      entry.names.some(
        (n) => [...query.generic].every((g) => n.generic.has(g)) && within(query.distinctive, n.distinctive),
      );
    if (!has) continue;
    if (found && found !== entry.institution) return null;
    found = entry.institution;
  }
  return found;
}
