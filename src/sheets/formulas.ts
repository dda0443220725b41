// Custom formulas: the engine in a cell. The formulas themselves are pure (src/core/formulas); this adapter
// only hands them the user's Directory entries: those of the range passed as the last argument, or else the
// Directory sheet's, read at most once per call and kept in the document cache.
import { directoryFromRange, omitted } from "../core/formulas/directoryArg";
import type { ExtraEntries } from "../core/formulas/formulas";
import * as f from "../core/formulas/formulas";
import { directoryForOneCall } from "./userDirectory";

function directory(range: unknown, formula: string): ExtraEntries {
  if (omitted(range)) return directoryForOneCall();
  const entries = directoryFromRange(range, formula);
  return () => entries;
}

export const PARTNERSHIPS = (text: unknown, header?: unknown, range?: unknown) =>
  f.partnerships(text, header, directory(range, "PARTNERSHIPS"));
export const INSTITUTION = (name: unknown, range?: unknown) =>
  f.institution(name, directory(range, "INSTITUTION"));
export const INSTITUTION_COUNTRY = (name: unknown, format?: unknown, range?: unknown) =>
  f.institutionCountry(name, format, directory(range, "INSTITUTION_COUNTRY"));
export const AGREEMENT_TYPE = (text: unknown) => f.agreementType(text);
export const PARTNERSHIP_STATUS = (text: unknown) => f.partnershipStatus(text);
export const PARTNERSHIP_FIELDS = (text: unknown) => f.partnershipFields(text);
export const ARTICLE_LANGUAGE = (text: unknown) => f.articleLanguage(text);
export const ARTICLE_DATE = (text: unknown) => f.articleDateOf(text);
export const ARTICLE_SUMMARY = (text: unknown, sentences?: unknown) => f.articleSummary(text, sentences);
