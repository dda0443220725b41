// Custom formulas: the engine in a cell. The formulas themselves are pure (src/core/formulas); this adapter
// only hands them the user's Directory entries.
import * as f from "../core/formulas/formulas";
import { directoryForOneCall } from "./userDirectory";

export const PARTNERSHIPS = (text: unknown, header?: unknown) =>
  f.partnerships(text, header, directoryForOneCall());
export const INSTITUTION = (name: unknown) => f.institution(name, directoryForOneCall());
export const INSTITUTION_COUNTRY = (name: unknown, format?: unknown) =>
  f.institutionCountry(name, format, directoryForOneCall());
export const AGREEMENT_TYPE = (text: unknown) => f.agreementType(text);
export const PARTNERSHIP_STATUS = (text: unknown) => f.partnershipStatus(text);
export const PARTNERSHIP_FIELDS = (text: unknown) => f.partnershipFields(text);
export const ARTICLE_LANGUAGE = (text: unknown) => f.articleLanguage(text);
export const ARTICLE_DATE = (text: unknown) => f.articleDateOf(text);
export const ARTICLE_SUMMARY = (text: unknown, sentences?: unknown) => f.articleSummary(text, sentences);
