// The English name of an institution read from a name in Russian or Kazakh: the words of the name
// translated by the word tables (./words), proper names in the spelling of their own country (./translit),
// in the order that country's institutions use in English ("Zhejiang University of Technology").
import { type CountryHint, countryName } from "../countries";
import { isCapitalised, isCyrillic, type Token } from "../text/normalize";
import type { CountryCode } from "../types";
import { builtinCountryWords, builtinPlaces } from "./data/index";
import type { PhraseMatch } from "./phrases";
import { englishOrder, englishWord, properBase, subjectAt, transliterate } from "./translate";
import { romanizeProper } from "./translit/index";
import { LATIN_RESTYLED } from "./words/english";

/** Where a name lies in the tokens, and its head word ("University", "университеті"). */
export interface Span {
  first: number;
  end: number;
  head: number;
}

/** Heads in the Latin spelling of another language, as English reads them. */
export const LATIN_HEAD_ENGLISH: Record<string, string> = {
  universiteti: "University",
  yniversiteti: "University",
  kolledzhi: "College",
  koleji: "College",
  instituty: "Institute",
};

let countryAdjectives: Map<CountryCode, string> | undefined;
/** "Kyrgyz", "Chinese": the English adjective the data lists first for a country. */
function adjectiveOf(code: CountryCode): string | undefined {
  if (!countryAdjectives) {
    countryAdjectives = new Map();
    for (const [c, list] of builtinCountryWords()) {
      const english = list.find((w) => /^[A-Z][a-z]+$/.test(w));
      if (english) countryAdjectives.set(c, english);
    }
  }
  return countryAdjectives.get(code);
}

let cities: Set<string> | undefined;
/** "Warsaw", "Lanzhou": the English names of the cities the directory knows (not regions, not countries). */
function isCity(name: string): boolean {
  cities ??= new Set(builtinPlaces().flatMap((p) => (p.kind === "city" ? [p.name] : [])));
  return cities.has(name);
}

export interface EnglishName {
  name: string;
  /** The country the spelling of a word told (a Korean university's name, a Palladius word). */
  country: CountryCode | null;
}

export interface NameContext {
  /** The institution's country, when the words in and right around its name tell. */
  country: CountryCode | null;
  /** The one foreign country the rest of the sentence names, for reading the name's proper words. */
  around: CountryCode | null;
  /** The name is Kazakh, or in a Kazakh text. */
  kazakh: boolean;
}

/**
 * The English name of the institution a span names: known words translated, subjects put where English
 * puts them, proper names in their own country's spelling, in the order that country's institutions use.
 */
export function englishName(
  text: string,
  tokens: readonly Token[],
  norms: readonly string[],
  span: Span,
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
  { country, around, kazakh }: NameContext,
): EnglishName {
  // A name all in the Latin alphabet is kept as written: "Women's", "Xi'an", "Žilina". Only a Chinese one
  // takes the order Chinese institutions use ("Shanghai Transport University" is Jiaotong).
  const latin = tokens.slice(span.first, span.end);
  if (latin.every((t) => !isCyrillic(t.raw)) && !LATIN_HEAD_ENGLISH[tokens[span.head]!.norm]) {
    const written = text.slice(latin[0]!.start, latin[latin.length - 1]!.end).replace(/\s+/g, " ");
    return {
      name: country && LATIN_RESTYLED.includes(country) ? englishOrder(written, country) : written,
      country,
    };
  }
  const hintAt = (i: number) => hints.find((h) => h.first <= i && i < h.end);
  const before: string[] = [];
  const after: string[] = [];
  const proper: string[] = [];
  let lowerTail = false;
  let told: CountryCode | null = null;
  // Subjects named before the head, and where their adjectives sit in `before`.
  const subjectsBefore: string[] = [];
  const subjectSlots: number[] = [];
  // A proper word joined by a hyphen to the proper word before it ("Жалал-Абадский", "Кыргызско-Российский").
  let lastProper = -1;
  let properBefore = false;
  let start = span.first;
  const push = (list: string[], word: string, i: number, isProper: boolean) => {
    const hyphened =
      isProper &&
      lastProper >= 0 &&
      lastProper === start - 1 &&
      text.slice(tokens[lastProper]!.end, tokens[start]!.start) === "-";
    if (hyphened && list.length > 0) list[list.length - 1] += `-${word}`;
    else list.push(word);
    lastProper = isProper ? i : -1;
    if (isProper && list === before && i < span.head) properBefore = true;
  };
  const romanize = (base: string, raw: string) => {
    const found = romanizeProper(base, { country, around, kazakh }, raw);
    told ??= found.country ?? null;
    return found.latin;
  };
  for (let i = span.first; i < span.end; i++) {
    const t = tokens[i]!;
    start = i;
    if (!isCyrillic(t.raw)) {
      // A head in another language's Latin spelling ("ýnıversıteti", "Üniversitesi") reads as English.
      const head = i === span.head && LATIN_HEAD_ENGLISH[t.norm];
      push(i <= span.head ? before : after, head || t.raw, i, !head);
      continue;
    }
    if (t.norm === "и" || t.norm === "және") {
      push(i < span.head ? before : after, "and", i, false);
      continue;
    }
    const hint = hintAt(i);
    const subject = hint || isCapitalised(t.raw) ? undefined : subjectAt(norms, i);
    if (subject) {
      i += subject.length - 1;
      if (i < span.head && subject.adjective !== null) {
        subjectsBefore.push(subject.noun);
        push(before, subject.adjective, i, false);
        subjectSlots.push(before.length - 1);
      } else {
        push(after, subject.noun, i, false);
        lowerTail = true;
      }
      continue;
    }
    // The name's own word for a region ("Сибирский" is Siberian) before the place it comes from.
    let word = hint && hint.first === i && hint.end === i + 1 ? englishWord(t.norm) : undefined;
    let isProper = false;
    if (!word && hint && hint.first === i) {
      word =
        hint.value.kind === "place"
          ? // "Мангистауский колледж": the region's name, not "Mangystau Region"; a city marked for the
            // names that put it last ("University of Warsaw").
            cityMark(hint.value.place?.replace(/ Region$/, ""))
          : hint.value.kind === "name" && i > span.head
            ? countryName(hint.value.code, "en")
            : (adjectiveOf(hint.value.code) ?? countryName(hint.value.code, "en"));
      isProper = true;
      i = hint.end - 1;
    } else if (!word && hint) continue;
    word ??= englishWord(t.norm);
    if (i < span.head) {
      if (word === undefined) isProper = true;
      push(before, word ?? romanize(properBase(t.raw, false), t.raw), i, isProper);
    } else if (i === span.head) before.push(word ?? transliterate(t.raw));
    else if (word && !isCapitalised(t.raw)) {
      push(after, word, i, false);
      lowerTail = true;
    } else push(proper, word ?? romanize(properBase(t.raw, true), t.raw), i, true);
  }
  const headWord = before.pop() ?? "";
  // Two subjects joined by "and" read as "University of A and B": "ауыл шаруашылығы және орман шаруашылығы
  // университеті" -> "University of Agriculture and Forestry".
  if (subjectsBefore.length >= 2 && before.includes("and")) {
    const drop = new Set(subjectSlots);
    const rest = before.filter((w, k) => !drop.has(k) && w !== "and");
    before.length = 0;
    before.push(...rest);
    const last = subjectsBefore.pop();
    after.unshift(subjectsBefore.length > 0 ? `${subjectsBefore.join(", ")} and ${last}` : (last ?? ""));
    lowerTail = true;
  }
  // "Технический университет Йылдыз": a proper name after the head goes before the adjectives in English
  // (Yıldız Technical University), unless a name of its own is there already.
  const parts = properBefore ? [...before, ...proper, headWord] : [...proper, ...before, headWord];
  if (after.length > 0) parts.push(lowerTail && isCyrillic(tokens[span.head]!.raw) ? "of" : "", ...after);
  const name = parts
    .filter((p) => p !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    // "Солтүстік-батыс", "Северо-Западный": one compass point.
    .replace(/\b(North|South) (West|East)(?:ern)?\b/g, (_, a: string, b: string) => a + b.toLowerCase())
    // "Западно-Казахстанский", "Батыс Қазақстан": regions are "West Kazakhstan", "North Kazakhstan".
    .replace(/\b(North|South|East|West)(?:ern)? Kazakh\b/g, "$1 Kazakhstan")
    .trim();
  return { name: englishOrder(name, country ?? told), country: told };
}

/** A city's name marked for the order rules ("{Warsaw}"), any other place's as it is. */
const cityMark = (place: string | undefined) => (place && isCity(place) ? `{${place}}` : place);
