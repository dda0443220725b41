// The written brief of the sidebar's Summarize tab: a few sentences in English, Russian or Kazakh about a set
// of partnerships (how many, with which countries, of which kinds, how far they got, who was most active,
// when). Pure: the caller counts and resolves country names; the phrasing of each language lives in its own
// file because word order, plurals and cases differ too much to share templates.
import type { Agreement, Lang, Status } from "../schema";
import { EN_BRIEF } from "./brief-en";
import { KK_BRIEF } from "./brief-kk";
import { RU_BRIEF } from "./brief-ru";

/** An ISO prefix: "2025" or "2025-03". */
export type IsoPeriod = string;

export interface BriefPeriod {
  from: IsoPeriod;
  to: IsoPeriod;
}

export interface Counted<K> {
  key: K;
  count: number;
}

export interface BriefCountry {
  /** ISO code, e.g. "CN" (English needs it for "the UK"). */
  code: string;
  /** The display name in the brief's language: "China", "Китай", "Қытай". */
  name: string;
  count: number;
}

export interface BriefInput {
  total: number;
  /** The span the brief speaks of (a filter's period, or the span of the rows' dates); null: undated. */
  period: BriefPeriod | null;
  /** The one Kazakhstan institution the set is filtered to, if any. */
  kz: string | null;
  /** Counts, in any order. */
  countries: readonly BriefCountry[];
  institutions: readonly Counted<string>[];
  agreements: readonly Counted<Agreement>[];
  statuses: readonly Counted<Status>[];
  /** Partnerships per month ("2025-03") or per year ("2025"). */
  timeline: readonly Counted<IsoPeriod>[];
  /** Partnerships per month, for "the busiest month" whatever the timeline's step (else the timeline's). */
  months?: readonly Counted<IsoPeriod>[];
  /** An institution's name in the brief's language (the sheet keeps the English one). */
  institutionName?: (name: string) => string;
}

/** What each language says; every function returns one whole sentence. */
export interface BriefPhrasing {
  none(period: BriefPeriod | null, kz: string | null): string;
  opening(total: number, period: BriefPeriod | null, kz: string | null, countries: BriefCountry[]): string;
  agreements(total: number, items: Counted<Agreement>[]): string;
  statuses(items: Counted<Status>[]): string;
  institutions(items: Counted<string>[]): string;
  busiest(period: IsoPeriod, count: number): string;
}

const PHRASING: Record<Lang, BriefPhrasing> = { en: EN_BRIEF, ru: RU_BRIEF, kk: KK_BRIEF };

/** How many of each list the brief names. */
const TOP = { countries: 3, agreements: 3, institutions: 2 } as const;

/** Largest first; ties keep a stable, readable order. */
function top<T extends { count: number }>(items: readonly T[], n: number, label: (t: T) => string): T[] {
  return items
    .filter((i) => i.count > 0)
    .sort((a, b) => b.count - a.count || label(a).localeCompare(label(b)))
    .slice(0, n);
}

const STATUS_ORDER: readonly Status[] = ["signed", "launched", "planned", "discussed"];

export function writeBrief(input: BriefInput, lang: Lang): string {
  const say = PHRASING[lang];
  if (input.total <= 0) return say.none(input.period, input.kz);
  const sentences = [
    say.opening(
      input.total,
      input.period,
      input.kz,
      // Ties in the order of the codes, so that every language names the same countries.
      top(input.countries, TOP.countries, (c) => c.code),
    ),
  ];
  const agreements = top(input.agreements, TOP.agreements, (a) => a.key);
  if (agreements.length > 0) sentences.push(say.agreements(input.total, agreements));
  const statuses = STATUS_ORDER.map(
    (key) => input.statuses.find((s) => s.key === key) ?? { key, count: 0 },
  ).filter((s) => s.count > 0);
  if (statuses.length > 0) sentences.push(say.statuses(statuses));
  const localName = input.institutionName ?? ((name: string) => name);
  const institutions = top(input.institutions, TOP.institutions, (i) => i.key).map((i) => ({
    key: localName(i.key),
    count: i.count,
  }));
  if (!input.kz && institutions.length > 1) sentences.push(say.institutions(institutions));
  const months = input.months ?? [];
  const steps = months.filter((t) => t.count > 0).length > 1 ? months : input.timeline;
  const busiest = top(steps, 1, (t) => t.key)[0];
  if (busiest && steps.filter((t) => t.count > 0).length > 1) {
    sentences.push(say.busiest(busiest.key, busiest.count));
  }
  return sentences.join(" ");
}
