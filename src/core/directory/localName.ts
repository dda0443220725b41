// An institution's name in a reader's language, where the directory has one: the sheet keeps the canonical
// English name ("Al-Farabi Kazakh National University"); a Russian or Kazakh brief or chart shows
// "Казахский национальный университет имени аль-Фараби" or "Әл-Фараби атындағы Қазақ ұлттық университеті".
import type { Lang } from "../schema";
import type { Institution } from "../types";
import { lookupName } from "./match";

/** Letters only Kazakh Cyrillic has (among Russian and Kazakh). */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[а-яёА-ЯЁ]/;

function languageOf(alias: string): Lang | null {
  if (!CYRILLIC.test(alias) && !KAZAKH_LETTERS.test(alias)) return null;
  return KAZAKH_LETTERS.test(alias) ? "kk" : "ru";
}

const words = (s: string) => s.split(/\s+/).filter((w) => w !== "").length;
/** An acronym or short form ("КазНУ", "ЕҰУ") is no full name. */
const isFullName = (s: string) => words(s) >= 2 && /\p{Ll}{3}/u.test(s);

/**
 * The institution's full name in `lang` among its aliases (the one with the most words, the first of
 * those: "имени Л.Н. Гумилева" over "им. Гумилева"); null when the directory has none in that language.
 */
export function aliasIn(institution: Institution, lang: Lang): string | null {
  if (lang === "en") return institution.name;
  let best: string | null = null;
  for (const alias of institution.aliases) {
    if (languageOf(alias) !== lang || !isFullName(alias)) continue;
    if (best === null || words(alias) > words(best)) best = alias;
  }
  return best;
}

/** The name for a reader of `lang`: the directory's name in that language, else the name as written. */
export function institutionNameIn(name: string, lang: Lang, extra: readonly Institution[] = []): string {
  if (lang === "en" || name.trim() === "") return name;
  const found = lookupName(name, extra);
  return (found && aliasIn(found, lang)) ?? name;
}
