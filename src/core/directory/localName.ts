// An institution's name in a reader's language, where the directory has one: the sheet keeps the canonical
// English name ("Al-Farabi Kazakh National University"); a Russian or Kazakh brief or chart shows
// "Казахский национальный университет имени аль-Фараби" or "Әл-Фараби атындағы Қазақ ұлттық университеті".
import type { Lang } from "../schema";
import type { Institution } from "../types";
import { lookupName } from "./match";

/** Letters only Kazakh Cyrillic has (among Russian and Kazakh). */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[а-яёА-ЯЁ]/;
/** Kazakh's possessive ending after a vowel ("компаниясы", "академиясы"), which Russian words do not have. */
const KAZAKH_ENDING = /[аяеэоёуюиы]сы(?=\s|$)|[аяеэоёуюиі]сі(?=\s|$)/u;

function languageOf(alias: string): Lang | null {
  if (!CYRILLIC.test(alias) && !KAZAKH_LETTERS.test(alias)) return null;
  return KAZAKH_LETTERS.test(alias) || KAZAKH_ENDING.test(alias) ? "kk" : "ru";
}

const words = (s: string) => s.split(/\s+/).filter((w) => w !== "");
/** A full name: two words or more, none an acronym ("КазНУ им. аль-Фараби", "Астана ЕҰУ" are short forms). */
const isFullName = (s: string) => {
  const list = words(s);
  return list.length >= 2 && list.every((w) => !/\p{Lu}{2}/u.test(w)) && /\p{Ll}{3}/u.test(s);
};
/** An abbreviated word ("им." for "имени") makes a name second best. */
const abbreviated = (s: string) => words(s).some((w) => /^\p{Ll}{1,4}\.$/u.test(w));

/**
 * The institution's full name in `lang` among its aliases: the first one written out (the directory lists
 * current names before former ones: "Казахский национальный университет имени аль-Фараби" before
 * "Казахский государственный ..."); null when the directory has none in that language.
 */
export function aliasIn(institution: Institution, lang: Lang): string | null {
  if (lang === "en") return institution.name;
  const full = institution.aliases.filter((a) => languageOf(a) === lang && isFullName(a));
  return full.find((a) => !abbreviated(a)) ?? full[0] ?? null;
}

/** The name for a reader of `lang`: the directory's name in that language, else the name as written. */
export function institutionNameIn(name: string, lang: Lang, extra: readonly Institution[] = []): string {
  if (lang === "en" || name.trim() === "") return name;
  const found = lookupName(name, extra);
  return (found && aliasIn(found, lang)) ?? name;
}
