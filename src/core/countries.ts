// Countries: their names in English, Russian and Kazakh (i18n-iso-countries' locale files, read directly so
// that only these three ship in the bundle), the directory data's adjectives and demonyms, and the
// gazetteer's places, all findable in a text in any of their inflected forms.
import en from "i18n-iso-countries/langs/en.json";
import kk from "i18n-iso-countries/langs/kk.json";
import ru from "i18n-iso-countries/langs/ru.json";
import { builtinCountryWords, builtinPlaces } from "./directory/data/index";
import { addPhrase, emptyIndex, findPhrases, type PhraseIndex, type PhraseMatch } from "./directory/phrases";
import type { Lang } from "./schema";
import type { Token } from "./text/normalize";
import type { CountryCode } from "./types";

type LocaleNames = Record<string, string | string[]>;
const LOCALES: Record<Lang, LocaleNames> = {
  en: en.countries as LocaleNames,
  ru: ru.countries as LocaleNames,
  kk: kk.countries as LocaleNames,
};

// The name a reader expects, where the locale's first choice is the long official one.
const SHORT_NAMES: Partial<Record<Lang, Record<string, string>>> = {
  en: { US: "USA", GB: "UK", KR: "South Korea", CN: "China", RU: "Russia", TR: "Türkiye", IR: "Iran" },
  ru: { CN: "Китай", US: "США", KR: "Республика Корея", RU: "Россия" },
  kk: { US: "АҚШ", KR: "Оңтүстік Корея" },
};

function namesOf(code: string, lang: Lang): string[] {
  const value = LOCALES[lang][code];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  // "КНР (Китайская Народная Республика)" is two names.
  return list
    .flatMap((name) => name.split(/[()]/))
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** All the names a locale gives a country ("People's Republic of China", "China"). */
export function countryNames(code: string, lang: Lang = "en"): string[] {
  return namesOf(code.trim().toUpperCase(), lang);
}

/** A country's name for a reader: "China", "Китай", "Қытай". The code itself when unknown. */
export function countryName(code: string, lang: Lang = "en"): string {
  const upper = code.trim().toUpperCase();
  const short = SHORT_NAMES[lang]?.[upper];
  if (short) return short;
  const names = namesOf(upper, lang);
  if (names.length === 0) return upper;
  return names.find((name) => !name.includes(",")) ?? names[0]!;
}

/** True for an ISO 3166-1 alpha-2 code that the locale files know. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && LOCALES.en[code] !== undefined;
}

/** What a phrase of a text says about a country. */
export interface CountryHint {
  code: CountryCode;
  /** "name": "China", "КНР"; "word": "Chinese", "китайский"; "place": "Harbin", "Харбинский". */
  kind: "name" | "word" | "place";
  /** The English place name, for places. */
  place?: string;
}

let index: PhraseIndex<CountryHint> | undefined;

function countryIndex(): PhraseIndex<CountryHint> {
  if (index) return index;
  const built = emptyIndex<CountryHint>();
  for (const lang of ["en", "ru", "kk"] as const) {
    for (const code of Object.keys(LOCALES[lang])) {
      for (const name of namesOf(code, lang)) addPhrase(built, name, { code, kind: "name" }, 1);
    }
  }
  for (const [code, list] of builtinCountryWords()) {
    for (const word of list) addPhrase(built, word, { code, kind: "word" }, 0);
  }
  for (const place of builtinPlaces()) {
    const hint: CountryHint = {
      code: place.country,
      kind: place.kind === "country" ? "name" : "place",
      place: place.name,
    };
    addPhrase(built, place.name, hint, 2);
    for (const alias of place.aliases) addPhrase(built, alias, hint, 2);
  }
  index = built;
  return built;
}

/** Every country, country word and known place in the tokens. */
export function findCountryHints(tokens: readonly Token[]): PhraseMatch<CountryHint>[] {
  return findPhrases(tokens, [countryIndex()]);
}
