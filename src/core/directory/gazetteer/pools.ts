// The institutions a translated name may turn out to be, each set filed by its distinctive words: the
// user's Directory entries, the curated directory, and the world gazetteer. Each is built the first time
// a name misses the directory, never at load: most formula calls never need them.
import { isAcronym } from "../../text/normalize";
import type { CountryCode, Institution } from "../../types";
import { parseInstitutions } from "../data/parse";
import { directoryTexts } from "../data/texts";
import { gazetteerText } from "./source";
import { foldName, GENERIC, linesByWord, nameWords, type ReadName } from "./words";

export interface Candidate {
  /** Its names, the one to show first. */
  names: readonly string[];
  country: CountryCode;
  /** The directory's own entry (the user's or the curated one); none for a gazetteer line. */
  institution?: Institution;
  /** Each name read (`readName`), the first time the candidate is compared. */
  read?: ReadName[];
}

export interface Pool {
  /** Lower ranks win: the user's entries (0), the curated directory (1), the gazetteer (2). */
  rank: number;
  /** Distinctive word (folded, classed) -> the candidates whose names have it. */
  byWord: ReadonlyMap<string, readonly number[]>;
  candidate(id: number): Candidate;
}

const CYRILLIC = /[\u0400-\u04ff]/;

function file(byWord: Map<string, number[]>, words: readonly string[], id: number): void {
  for (const word of words) {
    if (GENERIC.has(word)) continue;
    const ids = byWord.get(word);
    if (!ids) byWord.set(word, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  }
}

/** The names of a directory entry a translation can be compared with: Latin or Chinese, no acronyms. */
function comparableNames(institution: Institution): string[] {
  return [institution.name, ...institution.aliases].filter((n) => !CYRILLIC.test(n) && !isAcronym(n));
}

function directoryPool(institutions: readonly Institution[], rank: number): Pool {
  const byWord = new Map<string, number[]>();
  const candidates: Candidate[] = [];
  institutions.forEach((institution, id) => {
    const names = comparableNames(institution);
    candidates.push({ names, country: institution.country, institution });
    for (const name of names) file(byWord, nameWords(name), id);
  });
  return { rank, byWord, candidate: (id) => candidates[id]! };
}

let curated: Pool | undefined;

/**
 * The curated directory, read as the gazetteer is: its texts folded and their words filed by line, a line
 * parsed only when it is a candidate (parsing and reading every alias would cost a formula call more).
 */
export function curatedPool(): Pool {
  if (curated) return curated;
  const { kazakhstan, foreign } = directoryTexts();
  const lines = [...kazakhstan.split("\n"), ...foreign.split("\n")];
  const firstForeign = kazakhstan.split("\n").length;
  // Comments name no institution; Cyrillic names are no translation's target (and the slowest to fold).
  const latin = `${kazakhstan}\n${foreign}`
    .replace(/^#.*$/gm, "")
    .replace(/[^\n;|]*[\u0400-\u04ff][^\n;|]*/g, "");
  const byWord = linesByWord(foldName(latin));
  const cache = new Map<number, Candidate>();
  curated = {
    rank: 1,
    byWord,
    candidate(id) {
      let found = cache.get(id);
      if (!found) {
        const [institution] = parseInstitutions(lines[id]!, id < firstForeign ? "KZ" : undefined);
        found = institution
          ? { names: comparableNames(institution), country: institution.country, institution }
          : { names: [], country: "" };
        cache.set(id, found);
      }
      return found;
    },
  };
  return curated;
}

const userPools = new WeakMap<readonly Institution[], Pool>();
export function userPool(extra: readonly Institution[]): Pool | undefined {
  if (extra.length === 0) return undefined;
  let pool = userPools.get(extra);
  if (!pool) {
    pool = directoryPool(extra, 0);
    userPools.set(extra, pool);
  }
  return pool;
}

let gazetteer: Pool | undefined;

/**
 * The gazetteer, read at first need: one fold of the whole text, its words filed by line. A candidate's id
 * is its line number; its names are split only when it is compared.
 */
export function gazetteerPool(): Pool {
  if (gazetteer) return gazetteer;
  const text = gazetteerText();
  const lines = text.split("\n");
  const countries: string[] = new Array(lines.length);
  let country = "";
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.charCodeAt(0) === 64 /* @ */) country = lines[i]!.slice(1);
    else countries[i] = country;
  }
  // "@CN" lines set a country; their letters are no institution's words.
  const byWord = linesByWord(foldName(text).replace(/^@.*$/gm, ""));
  const cache = new Map<number, Candidate>();
  gazetteer = {
    rank: 2,
    byWord,
    candidate(id) {
      let found = cache.get(id);
      if (!found) {
        found = { names: lines[id]!.split(";"), country: countries[id]! };
        cache.set(id, found);
      }
      return found;
    },
  };
  return gazetteer;
}
