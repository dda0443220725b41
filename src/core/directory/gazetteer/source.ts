// The gazetteer's text. Tests and the command line read it as generated; the Apps Script build swaps this
// module for a packed one (scripts/pack-gazetteer.ts) with the same function, since the data is half of
// the bundle every formula call evaluates.
import { GAZETTEER } from "./data";

export function gazetteerText(): string {
  return GAZETTEER;
}
