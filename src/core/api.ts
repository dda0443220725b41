// The engine's public surface: what src/sheets, the sidebar server and the command line call.
import { findCountryHints, countryName as nameOfCountry } from "./countries";
import { resolveName } from "./directory/gazetteer/resolve";
import { snapName } from "./directory/gazetteer/snap";
import { lookupName } from "./directory/match";
import { findUnknownNames } from "./directory/unknown";
import { extractArticle as extract } from "./extract/article";
import { sentenceCues, strongestAgreement } from "./extract/cues";
import { articleDateOf } from "./extract/date";
import { sentenceEntities } from "./extract/entities";
import { defaultFieldsIn, fieldsIn } from "./extract/fields";
import { cueFormOf } from "./extract/reading";
import { checkArticle } from "./input";
import { type Agreement, type Field, type Lang, STATUSES, type Status } from "./schema";
import { summarizeText } from "./summary/extractive";
import { cleanArticle } from "./text/cleanup";
import { detectLanguage as detect } from "./text/language";
import { fold, isCyrillic, tokenize } from "./text/normalize";
import { breakLongRuns } from "./text/runs";
import { splitSentences } from "./text/sentences";
import type { ArticleResult, CountryCode, Institution } from "./types";

export { isCountryCode } from "./countries";
export { setGazetteerLoader } from "./directory/gazetteer/source";
export { type ArticleCheck, checkArticle, htmlToText, MAX_ARTICLE_CHARS } from "./input";
export { articleFromHtml, type PageArticle } from "./page/article";
export { oneLineSummary } from "./summary/oneLine";

export interface ExtractOptions {
  /** The user's own Directory entries, which extend (and override) the built-in directory. */
  extra?: readonly Institution[];
  /** Sentences in the article summary (default 2). */
  summarySentences?: number;
  /** Called before each sentence is read: throws to stop an article past its time (see core/budget.ts). */
  checkpoint?: () => void;
}

const EMPTY: ArticleResult = { lang: "en", date: null, title: "", summary: "", partnerships: [] };

/**
 * Partnerships, date, language and summary of one article. Never throws on bad text: empty or binary
 * input gives an empty result (use `checkArticle` first to tell the user why); very long text is read up
 * to MAX_ARTICLE_CHARS.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): ArticleResult {
  const checked = checkArticle(text);
  if (!checked.ok) return { ...EMPTY, partnerships: [] };
  return extract(checked.text, options);
}

export function detectLanguage(text: string): Lang {
  return detect(typeof text === "string" ? text : "");
}

/**
 * The directory's institution for a name in any language, script or case ("КазНУ", "Эксетерским
 * университетом", "Ухань университетінің"); for a name it has never seen but can read ("Урумчийский
 * профессиональный университет"), a new entry with an English name and, when the name tells, a country
 * (empty string when not). Null when the text is not an institution's name.
 */
export function findInstitution(name: string, extra: readonly Institution[] = []): Institution | null {
  if (typeof name !== "string") return null;
  const trimmed = name.trim().slice(0, 500);
  if (trimmed === "") return null;
  const known = lookupName(trimmed, extra);
  if (known) return known;
  const tokens = tokenize(trimmed);
  const hints = findCountryHints(tokens);
  const unknown = findUnknownNames(trimmed, tokens, new Uint8Array(tokens.length + 1), hints)[0];
  const hinted = hints.find((h) => h.value.code !== "KZ")?.value.code ?? hints[0]?.value.code ?? null;
  // No name the engine can read ("兰州交通大学", "Hochschule Mittweida (Germany)"): the gazetteer may still
  // have it as written, without the country in brackets after it.
  if (!unknown) {
    const bare = trimmed.replace(/\s*\(([^()]*)\)/g, (group, inner: string) => {
      const words = tokenize(inner);
      const covered = findCountryHints(words).reduce((n, h) => n + h.end - h.first, 0);
      return words.length > 0 && covered === words.length ? "" : group;
    });
    return snapName(bare, { country: hinted, extra, asWritten: true }).institution;
  }
  const country = unknown.country ?? hinted;
  const translated = tokens.slice(unknown.first, unknown.end).some((t) => isCyrillic(t.raw));
  const { institution, review } = resolveName(unknown.name, country, unknown.type, translated, extra);
  if (institution) return institution;
  const made: Institution = {
    name: unknown.name,
    aliases: [trimmed],
    country: country ?? "",
    type: unknown.type,
  };
  return review ? { ...made, review } : made;
}

/** What a short text (a headline, a feed item's description) names: institutions and countries. */
export interface NamedIn {
  /** The institutions named, left to right: canonical English name, country ("" or null when unknown). */
  institutions: { name: string; country: CountryCode | null; type: Institution["type"]; known: boolean }[];
  /** ISO codes of the countries named or implied ("Chinese", "түрік", "Уханьский"), in order, once each. */
  countries: CountryCode[];
}

/** The institutions and countries a short text names, by the same detection Extract uses. */
export function namedIn(text: string, extra: readonly Institution[] = []): NamedIn {
  const out: NamedIn = { institutions: [], countries: [] };
  if (typeof text !== "string" || text.trim() === "") return out;
  const countries = new Set<CountryCode>();
  for (const sentence of splitSentences(text.slice(0, 5_000))) {
    const tokens = tokenize(sentence.text);
    const { mentions, hints } = sentenceEntities(sentence.text, tokens, extra, undefined);
    for (const m of mentions) out.institutions.push({ ...m.entity });
    for (const h of hints) countries.add(h.value.code);
  }
  out.countries = [...countries];
  return out;
}

/** The strongest kind of cooperation a text speaks of ("signed a memorandum" -> "memorandum"). */
export function agreementOf(text: string): Agreement | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  return strongestAgreement(sentenceCues(fold(breakLongRuns(cueFormOf(text)))).agreements);
}

/** How far the cooperation a text speaks of has gone: the furthest status it states. */
export function statusOf(text: string): Status | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  const { statuses } = sentenceCues(fold(breakLongRuns(cueFormOf(text))));
  let best: Status | null = null;
  for (const status of STATUSES) if (statuses.has(status)) best = status;
  return best;
}

/** The fields a text speaks of; when it names none, what an exchange of students or scholarships gives. */
export function fieldsOf(text: string): Field[] {
  if (typeof text !== "string" || text.trim() === "") return [];
  const folded = fold(breakLongRuns(cueFormOf(text)));
  const named = fieldsIn(folded);
  return named.length > 0 ? named : defaultFieldsIn(folded);
}

/** The article's date, ISO and as precise as the text allows ("2025-02-26", "2025-02", "2025"), or null. */
export function articleDate(text: string): string | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  return articleDateOf(cleanArticle(cueFormOf(text)).text);
}

/** The article's most informative `sentences` sentences, in its own language and order. */
export function summarizeArticle(text: string, sentences: number): string {
  const checked = checkArticle(text);
  if (!checked.ok) return "";
  return summarizeText(checked.text, sentences);
}

/** A country's name in English, Russian or Kazakh ("CN" -> "China", "Китай", "Қытай"). */
export function countryName(code: string, lang: Lang = "en"): string {
  if (typeof code !== "string") return "";
  return nameOfCountry(code, lang);
}
