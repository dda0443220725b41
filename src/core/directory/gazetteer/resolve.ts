// The one step between a name the engine made and what it reports: the institution the name is, found by
// the tolerant match (snap.ts) in the user's Directory, the curated directory or the gazetteer, or the name
// itself, flagged for a person to check when it is our own translation or when institutions it might be
// were turned down.
import type { PartnerType } from "../../schema";
import type { CountryCode, Institution } from "../../types";
import { lookupName } from "../match";
import { kazakhSchoolWrittenShort } from "./kazakh-short";
import { snapName } from "./snap";
import { GENERIC, nameWords } from "./words";

const SCHOOLS: ReadonlySet<PartnerType> = new Set(["university", "college"]);

export interface Resolved {
  /** The institution the name is; null when none can be named without doubt. */
  institution: Institution | null;
  /** The name stands as the engine made it, and a person should check it. */
  review: boolean;
}

/**
 * What an unknown name (`translated`: made from Cyrillic words) is, in `country` when the text gives it.
 * A directory name in another country than the text gives is not taken. A name as the text writes it in
 * Latin letters needs no second phrase look-up: the sentence's has missed it, and the tolerant match
 * covers the curated directory's names.
 */
export function resolveName(
  name: string,
  country: CountryCode | null,
  type: PartnerType,
  translated: boolean,
  extra: readonly Institution[],
): Resolved {
  // A translation may keep Latin words the text had ("Northwest A&F университеті"): the directory's phrase
  // look-up reads those as the text has them.
  if (translated) {
    const exact = lookupName(name, extra);
    if (exact && (country === null || exact.country === "" || exact.country === country))
      return { institution: exact, review: false };
  }
  const snap = snapName(name, { country, type, extra, asWritten: !translated });
  if (snap.institution) return { institution: snap.institution, review: false };
  if ((country === null || country === "KZ") && SCHOOLS.has(type)) {
    const school = kazakhSchoolWrittenShort(name);
    if (school) return { institution: school, review: false };
  }
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
