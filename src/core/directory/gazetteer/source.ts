// The gazetteer's text. Tests and the command line read the generated data as it stands; the Apps Script
// build swaps this module for one that reads dist/Gazetteer.html through the loader the add-on sets
// (scripts/pack-gazetteer.ts), so that the data is not evaluated with Code.js at every formula call.
import { GAZETTEER } from "./data";

export function gazetteerText(): string {
  return GAZETTEER;
}

/** How the add-on reads the gazetteer's file; here the data is built in, so the loader goes unused. */
export function setGazetteerLoader(_loader: () => string): void {}
