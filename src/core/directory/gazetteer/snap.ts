// From a name the engine made (a translation, a transliteration, a name as an English text writes it) to
// the institution it is: the user's Directory, the curated directory or the world gazetteer, compared
// word by word whatever the order ("University of Agriculture and Forestry" / "Agriculture and Forestry
// University"), the generic words by class ("Technological" / "of Technology"), a distinctive word the data
// lacks by its spelling ("Tarem" / "Tarim"). A name is only ever replaced by an institution whose every
// word it has, and that no other institution matches as well, in the country the text gives.
import type { PartnerType } from "../../schema";
import type { CountryCode, Institution } from "../../types";
import { type Candidate, curatedPool, gazetteerPool, type Pool, userPool } from "./pools";
import { skeleton, skeletonKeys, spellingDistance, spellingLimit } from "./spelling";
import { formPenalty, GENERIC, isEnglishName, nameWords, type ReadName, readName } from "./words";

/** Why a name was not replaced although institutions with some of its words exist. */
export type Refusal =
  /** Two institutions match it equally well. */
  | "ambiguous"
  /** Only institutions of another country than the text gives match it. */
  | "other-country"
  /** Institutions share some of its words, none all of them. */
  | "partial";

export interface Snap {
  /** The institution the name is, when exactly one matches; else null. */
  institution: Institution | null;
  refused: Refusal | null;
}

const NONE: Snap = { institution: null, refused: null };

export interface SnapOptions {
  /** The country the text gives; null when it gives none. */
  country: CountryCode | null;
  /** The kind of body the name's head word says (a gazetteer line does not tell). */
  type?: PartnerType;
  /** The user's Directory entries. */
  extra?: readonly Institution[];
  /** The name as the text writes it, not the engine's translation. */
  asWritten?: boolean;
}

interface Match {
  pool: Pool;
  candidate: Candidate;
  /** Hundredths of an edit (see `formCost`). */
  cost: number;
  /** Read with a respelling or an omitted word, not only the words in another order or form. */
  loose: boolean;
  /** The matched name's words as written, sorted: two sources' lines with one key are one institution. */
  key: string;
  /** Which of its names matched. */
  form: number;
}

/**
 * The cost of reading `query` as `form` (both from `readName`): 0 when they have the same words in any
 * order, a tenth or a fifth for each generic word written otherwise ("Technological" for "of
 * Technology", "Technical"), the spelling distance of the words that differ when each differs a little,
 * null otherwise. `canRespell` says which query words may differ: only words no name of the data has.
 */
interface Fit {
  /** Hundredths, so that ties are ties. */
  cost: number;
  /** A distinctive word was read with another spelling, or a generic word the name lacks was added. */
  loose: boolean;
}

const fitOf = (cost: number, loose: boolean): Fit => ({ cost: Math.round(cost * 100), loose });

function formCost(
  query: ReadName,
  form: ReadName,
  canRespell: (word: string) => boolean,
  placed: boolean,
): Fit | null {
  const rest = form.words.slice();
  const restForms = form.forms.slice();
  const left: string[] = [];
  let penalty = 0;
  query.words.forEach((word, i) => {
    let at = -1;
    // Of two equal words, the one written the same way.
    for (let j = 0; j < rest.length; j++)
      if (rest[j] === word && (at < 0 || restForms[j] === query.forms[i])) at = j;
    if (at < 0) {
      left.push(word);
      return;
    }
    penalty += formPenalty(query.forms[i]!, restForms[at]!);
    rest.splice(at, 1);
    restForms.splice(at, 1);
  });
  // News drops "State" and "National" from names ("Новосибирский университет"): one such word the name
  // lacks costs a full edit, and only where the text gives the country.
  const omitted = placed ? rest.find((w) => OMITTED.has(w)) : undefined;
  if (omitted !== undefined) {
    const at = form.words.indexOf(omitted);
    const shorter = {
      words: form.words.filter((_, k) => k !== at),
      forms: form.forms.filter((_, k) => k !== at),
    };
    const without = formCost(query, shorter, canRespell, false);
    return without === null ? null : { cost: without.cost + 100, loose: true };
  }
  if (left.length === 0 && rest.length === 0) return fitOf(penalty, false);
  if (left.length === 0 || rest.length === 0) return null;
  // "Jiao Tong" / "Jiaotong": the same letters, split otherwise.
  if (left.join("") === rest.join("")) return fitOf(penalty, false);
  if (left.length !== rest.length || left.length > 2) return null;
  if (left.some((w) => GENERIC.has(w) || !canRespell(w)) || rest.some((w) => GENERIC.has(w))) return null;
  const distance = (a: string, b: string) =>
    spellingDistance(a, b, spellingLimit(Math.max(a.length, b.length)));
  const straight = left.reduce((sum, w, i) => sum + distance(w, rest[i]!), 0);
  const crossed = left.length === 2 ? distance(left[0]!, rest[1]!) + distance(left[1]!, rest[0]!) : Infinity;
  const cost = Math.min(straight, crossed);
  return Number.isFinite(cost) ? fitOf(penalty + cost, true) : null;
}

/** Generic words news leaves out of a name. */
const OMITTED = new Set(["state", "national"]);

/** Names a word may appear in and still be a proper name a respelling may be read as. */
const COMMON = 40;
/** A pool's words by the keys of their skeletons, built at the first word none of the pools has. */
const vocabularies = new WeakMap<Pool, Map<string, string[]>>();
const respelled = new WeakMap<Pool, Map<string, string[]>>();

function vocabularyOf(pool: Pool): Map<string, string[]> {
  let vocabulary = vocabularies.get(pool);
  if (!vocabulary) {
    vocabulary = new Map();
    for (const [word, ids] of pool.byWord) {
      // A word many names share is a common word ("Arts", "Design"), not a name misspelled; four letters
      // are too few to respell.
      if (ids.length > COMMON || word.length < 5) continue;
      for (const key of skeletonKeys(skeleton(word))) {
        const words = vocabulary.get(key);
        if (!words) vocabulary.set(key, [word]);
        else if (words[words.length - 1] !== word) words.push(word);
      }
    }
    vocabularies.set(pool, vocabulary);
  }
  return vocabulary;
}

/** Words of a pool spelled nearly as `word`, which none of the pools has. */
function respellingsIn(pool: Pool, word: string): string[] {
  let cache = respelled.get(pool);
  if (!cache) {
    cache = new Map();
    respelled.set(pool, cache);
  }
  let found = cache.get(word);
  if (found) return found;
  const vocabulary = vocabularyOf(pool);
  const near = new Set<string>();
  for (const key of skeletonKeys(skeleton(word)))
    for (const other of vocabulary.get(key) ?? []) {
      if (Math.abs(other.length - word.length) > 2 || near.has(other)) continue;
      if (spellingDistance(word, other, spellingLimit(Math.max(word.length, other.length))) !== Infinity)
        near.add(other);
    }
  found = [...near];
  cache.set(word, found);
  return found;
}

const sameReading = (a: string, b: string) => nameWords(a).join(" ") === nameWords(b).join(" ");
const CAPITALISED = /^\P{Ll}/u;

/**
 * The name a gazetteer line is shown under: the English name that matched, else the line's first. The
 * gazetteer's names can be dated, so an English name a text writes with exactly the line's words keeps its
 * own form ("Opole University of Technology", not the line's "Technical University of Opole"); so does a
 * name only confirmed (the same words in the same order), unless the line's is English and the given one
 * is not: "University of Zielona Góra" keeps its accent, "Kastamonu Üniversitesi" becomes "Kastamonu
 * University". Our own translations take the line's name.
 */
function shownName(query: string, match: Match, asWritten: boolean): string {
  const { names } = match.candidate;
  const matched = names[match.form]!;
  const shown = /\p{Script=Latin}/u.test(matched) && isEnglishName(matched) ? matched : names[0]!;
  const given = query
    .split(" ")
    .every(
      (w) =>
        CAPITALISED.test(w) || !/\p{L}/u.test(w) || /^(?:of|and|the|for|in|at|de|del|di|da|do|la)$/.test(w),
    );
  if (!given) return shown;
  if (asWritten && !match.loose && isEnglishName(query)) return query;
  if (sameReading(query, shown) && (isEnglishName(query) || !isEnglishName(shown))) return query;
  return shown;
}

function institutionOf(match: Match, query: string, options: SnapOptions): Institution {
  const { candidate } = match;
  if (candidate.institution) return candidate.institution;
  const name = shownName(query, match, options.asWritten === true);
  const type = options.type ?? "university";
  return { name, aliases: candidate.names.filter((n) => n !== name), country: candidate.country, type };
}

/** The best matches among `matches`, or a refusal. */
function decide(matches: readonly Match[], query: string, options: SnapOptions): Snap {
  const { country } = options;
  // A respelled word is only trusted where the text says which country to look in.
  if (country === null && matches.every((m) => m.loose)) return { institution: null, refused: "partial" };
  let inCountry = matches;
  if (country) {
    inCountry = matches.filter((m) => m.candidate.country === country || m.candidate.country === "");
    if (inCountry.length === 0) return { institution: null, refused: "other-country" };
  }
  const best = Math.min(...inCountry.map((m) => m.cost));
  const top: Match[] = [];
  for (const m of inCountry) {
    if (m.cost !== best) continue;
    // One institution in two sources (a line of the gazetteer the curated directory also has): the
    // higher-ranked one stands for it.
    const same = top.findIndex((t) => t.key === m.key && t.candidate.country === m.candidate.country);
    if (same < 0) top.push(m);
    else if (m.pool.rank < top[same]!.pool.rank) top[same] = m;
  }
  if (top.length > 1) return { institution: null, refused: "ambiguous" };
  return { institution: institutionOf(top[0]!, query, options), refused: null };
}

/**
 * The institution a name is, if exactly one in `country` (any country when null) has all its words. The
 * user's entries win outright; the curated directory and the gazetteer are weighed together, the curated
 * entry standing for an institution both have.
 */
export function snapName(name: string, options: SnapOptions): Snap {
  const extra = options.extra ?? NO_ENTRIES;
  // A column of names repeats itself: each name is weighed once per set of the user's entries.
  const owner = extra.length === 0 ? NO_ENTRIES : extra;
  let memo = memos.get(owner);
  if (!memo) {
    memo = new Map();
    memos.set(owner, memo);
  }
  const key = `${name}\u0001${options.country ?? ""}\u0001${options.type ?? ""}\u0001${options.asWritten === true}`;
  let snap = memo.get(key);
  if (!snap) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    snap = weigh(name, options, extra);
    memo.set(key, snap);
  }
  return snap;
}

const NO_ENTRIES: readonly Institution[] = [];
const MEMO_SIZE = 20_000;
const memos = new WeakMap<readonly Institution[], Map<string, Snap>>();

function weigh(name: string, options: SnapOptions, extra: readonly Institution[]): Snap {
  const { country } = options;
  const query = readName(name);
  const distinctive = [...new Set(query.words.filter((w) => !GENERIC.has(w)))];
  if (distinctive.length === 0) return NONE;
  const user = userPool(extra);
  const pools = user ? [user, curatedPool(), gazetteerPool()] : [curatedPool(), gazetteerPool()];
  const known = (word: string) => pools.some((p) => p.byWord.has(word));
  // Each distinctive word as written, or, when no name of the data has it, the words spelled nearly so.
  // A respelled word is only trusted where the text says which country to look in (see `decide`).
  const respell = (w: string) =>
    country === null ? [] : [...new Set(pools.flatMap((p) => respellingsIn(p, w)))];
  const forms = distinctive.map((w) => (known(w) ? [w] : respell(w)));
  if (forms.every((f) => f.length === 0)) return NONE;
  // An institution with all the words has the rarest one: only its candidates need comparing.
  const postings = (pool: Pool, i: number) =>
    forms[i]!.reduce((n, w) => n + (pool.byWord.get(w)?.length ?? 0), 0);
  let rarest = 0;
  let fewest = Infinity;
  forms.forEach((_, i) => {
    const n = pools.reduce((sum, p) => sum + postings(p, i), 0);
    if (n < fewest) {
      fewest = n;
      rarest = i;
    }
  });
  const matches: Match[] = [];
  for (const pool of pools) {
    const seen = new Set<number>();
    for (const word of forms[rarest]!) {
      for (const id of pool.byWord.get(word) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const candidate = pool.candidate(id);
        let best: { cost: number; loose: boolean; key: string; form: number } | undefined;
        candidate.read ??= candidate.names.map(readName);
        candidate.read.forEach((read, form) => {
          const found = formCost(query, read, (w) => !known(w), country !== null);
          if (found === null) return;
          const { cost, loose } = found;
          // Of two names that match as well, the English one ("Technical University of Berlin").
          const english = () =>
            isEnglishName(candidate.names[form]!) && !isEnglishName(candidate.names[best!.form]!);
          if (!best || cost < best.cost || (cost === best.cost && english()))
            best = { cost, loose, key: read.forms.slice().sort().join(" "), form };
        });
        if (best) matches.push({ pool, candidate, ...best });
      }
    }
  }
  const own = matches.filter((m) => m.pool.rank === 0);
  if (own.length > 0) return decide(own, name, options);
  if (matches.length > 0) return decide(matches, name, options);
  // Institutions with some of its words and not the others: the name may be one of them, badly
  // translated, or another the data lacks. Nobody can tell without reading it.
  return { institution: null, refused: "partial" };
}
