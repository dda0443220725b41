// The directory's data texts in one object. This is the form tests and the command line read; the Apps Script
// build swaps this module for a packed one (scripts/pack-directory.ts) that carries the same texts in fewer
// bytes, since the data is most of the bundle every formula call loads.
import { COUNTRY_WORDS } from "./country-words";
import { FOREIGN } from "./foreign";
import { KAZAKHSTAN } from "./kazakhstan";
import { PLACES } from "./places";

export interface DirectoryTexts {
  kazakhstan: string;
  foreign: string;
  places: string;
  countryWords: string;
}

export function directoryTexts(): DirectoryTexts {
  return { kazakhstan: KAZAKHSTAN, foreign: FOREIGN, places: PLACES, countryWords: COUNTRY_WORDS };
}
