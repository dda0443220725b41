// Custom formulas: thin adapters from cell values to the engine. (Filled in by the formulas work.)
export const PARTNERSHIPS = (text: unknown, header?: unknown): unknown => [[String(text), String(header)]];
export const INSTITUTION = (name: unknown): unknown => name;
export const INSTITUTION_COUNTRY = (name: unknown, format?: unknown): unknown => [name, format];
export const AGREEMENT_TYPE = (text: unknown): unknown => text;
export const PARTNERSHIP_STATUS = (text: unknown): unknown => text;
export const PARTNERSHIP_FIELDS = (text: unknown): unknown => text;
export const ARTICLE_LANGUAGE = (text: unknown): unknown => text;
export const ARTICLE_DATE = (text: unknown): unknown => text;
export const ARTICLE_SUMMARY = (text: unknown, sentences?: unknown): unknown => [text, sentences];
