import type { Agreement, Field, Lang, PartnerType, Status } from "./schema";

/** ISO 3166-1 alpha-2, upper case ("CN", "GB", "KZ"). */
export type CountryCode = string;

/** One institution of the directory, built-in or from the user's Directory sheet. */
export interface Institution {
  /** Canonical English name, e.g. "Al-Farabi Kazakh National University". */
  name: string;
  /** Other ways it is written: short forms, Russian and Kazakh names, former names. */
  aliases: string[];
  country: CountryCode;
  type: PartnerType;
  city?: string;
  /**
   * Set on a name the engine made and could not confirm: its own translation or transliteration that no
   * institution of the directory or the gazetteer matches, or one two institutions match equally well,
   * or one only another country's institution matches. The name stands as made; a person should check it.
   */
  review?: boolean;
}

/** One partnership as the extraction command and the Partnerships sheet see it. */
export interface Partnership {
  kz: string;
  partner: string;
  country: CountryCode;
  partner_type: PartnerType;
  agreement: Agreement;
  status: Status;
  fields: Field[];
  /** ISO date as precise as the text allows: "2025-02-24", "2025-02", "2025"; null when unknown. */
  date: string | null;
  /** One English line: "X and Y (China) signed a memorandum on ...". */
  summary: string;
  /**
   * Why a person should check this partnership, when the engine is unsure of part of it ("the partner's
   * name is the engine's own reading"); absent when it is sure.
   */
  review?: string;
  /**
   * The engine could not tell whether the article reports this pair as news (a list of names with nothing
   * said to happen to them): kept for a person to judge, not counted as found.
   */
  tentative?: boolean;
}

/** What one article gives. */
export interface ArticleResult {
  lang: Lang;
  date: string | null;
  title: string;
  /** Extractive summary in the article's own language. */
  summary: string;
  partnerships: Partnership[];
}
