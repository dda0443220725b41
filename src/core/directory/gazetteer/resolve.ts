// The one step between a name the engine made and what it reports: the institution the name is, found by
// the tolerant match (snap.ts) in the user's Directory, the curated directory or the gazetteer, or the name
// itself, flagged for a person to check when it is our own translation or when institutions it might be
// were turned down.
import type { PartnerType } from "../../schema";
import type { CountryCode, Institution } from "../../types";
import { snapName } from "./snap";
import { GENERIC, nameWords } from "./words";

export interface Resolved {
  /** The institution the name is; null when none can be named without doubt. */
  institution: Institution | null;
  /** The name stands as the engine made it, and a person should check it. */
  review: boolean;
}

/**
 * What an unknown name (`translated`: made from Cyrillic words) is, in `country` when the text gives it.
 * The tolerant match covers the curated directory's English names too (a translation that is one of them
 * as it stands matches with no cost); a directory name in another country than the text gives is not
 * taken.
 */
export function resolveName(
  name: string,
  country: CountryCode | null,
  type: PartnerType,
  translated: boolean,
  extra: readonly Institution[],
): Resolved {
  const snap = snapName(name, { country, type, extra, asWritten: !translated });
  if (snap.institution) return { institution: snap.institution, review: false };
  return {
    institution: null,
    review: translated || snap.refused === "ambiguous" || snap.refused === "other-country",
  };
}

/**
 * Whether every distinctive word of `name` is in `other`: "Taraz Regional University" is within "M.Kh.
 * Dulaty Taraz Regional University"; "Open University of China" is not within "Ocean University of China".
 */
export function wordsWithin(name: string, other: string): boolean {
  const words = new Set(nameWords(other));
  return nameWords(name).every((w) => GENERIC.has(w) || words.has(w));
}
