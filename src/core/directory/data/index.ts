// The built-in directory, parsed once at first use (parsing at load would cost every Apps Script call).
import type { CountryCode, Institution } from "../../types";
import { COUNTRY_WORDS } from "./country-words";
import { FOREIGN } from "./foreign";
import { KAZAKHSTAN } from "./kazakhstan";
import { type Place, parseCountryWords, parseInstitutions, parsePlaces } from "./parse";
import { PLACES } from "./places";

export type { Place } from "./parse";

let institutions: readonly Institution[] | undefined;
let places: readonly Place[] | undefined;
let countryWords: ReadonlyMap<CountryCode, readonly string[]> | undefined;

/** Every built-in institution: Kazakhstan's first, then the foreign ones. */
export function builtinInstitutions(): readonly Institution[] {
  institutions ??= [...parseInstitutions(KAZAKHSTAN, "KZ"), ...parseInstitutions(FOREIGN)];
  return institutions;
}

export function builtinPlaces(): readonly Place[] {
  places ??= parsePlaces(PLACES);
  return places;
}

/** Country code -> the adjectives, demonyms and short names that point to it (not the plain names). */
export function builtinCountryWords(): ReadonlyMap<CountryCode, readonly string[]> {
  countryWords ??= parseCountryWords(COUNTRY_WORDS);
  return countryWords;
}
