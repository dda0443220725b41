// The built-in directory, parsed once at first use (parsing at load would cost every Apps Script call).
import type { CountryCode, Institution } from "../../types";
import { type Place, parseCountryWords, parseInstitutions, parsePlaces } from "./parse";
import { directoryTexts } from "./texts";

export type { Place } from "./parse";

let institutions: readonly Institution[] | undefined;
let places: readonly Place[] | undefined;
let countryWords: ReadonlyMap<CountryCode, readonly string[]> | undefined;

/** Every built-in institution: Kazakhstan's first, then the foreign ones. */
export function builtinInstitutions(): readonly Institution[] {
  if (!institutions) {
    const { kazakhstan, foreign } = directoryTexts();
    institutions = [...parseInstitutions(kazakhstan, "KZ"), ...parseInstitutions(foreign)];
  }
  return institutions;
}

export function builtinPlaces(): readonly Place[] {
  places ??= parsePlaces(directoryTexts().places);
  return places;
}

/** Country code -> the adjectives, demonyms and short names that point to it (not the plain names). */
export function builtinCountryWords(): ReadonlyMap<CountryCode, readonly string[]> {
  countryWords ??= parseCountryWords(directoryTexts().countryWords);
  return countryWords;
}
