// The project's scorer: how the engine's partnerships compare with labelled ones. The same published
// semantics as the shared scorer: names match when, after folding case and punctuation and dropping filler
// words, one name's words are all in the other and they share a word that is not generic (or they are
// equal); each labelled pair takes the first unused predicted pair whose two names match; agreement, status
// and fields are scored on matched pairs; the foreign side alone (once per article) gives partner F1 and
// the country and partner type on matched partners.

export interface LabelledPair {
  kz: string;
  partner: string;
  country?: string;
  partner_type?: string;
  agreement?: string;
  status?: string;
  fields?: readonly string[];
}

export interface LabelledArticle {
  id: string;
  lang: string;
  partnerships: readonly LabelledPair[];
}

/** What the engine said of one article; undefined when it gave no answer. */
export type Prediction = { partnerships: readonly LabelledPair[] } | undefined;

/** Counts, summed over articles (and over sets, for a total). */
export interface Tally {
  articles: number;
  missing: number;
  goldPairs: number;
  predPairs: number;
  pairHits: number;
  goldPartners: number;
  predPartners: number;
  partnerHits: number;
  countryOk: number;
  typeOk: number;
  agreementOk: number;
  statusOk: number;
  fieldTp: number;
  fieldFp: number;
  fieldFn: number;
  /** Pair counts per language of the labels. */
  byLang: Map<string, { articles: number; gold: number; pred: number; hits: number }>;
}

/** One article's misses, as lines for --show. */
export interface ArticleNotes {
  id: string;
  notes: string[];
}

const FILLER = new Set(
  "the of and in at for named after republic peoples people s jsc llp ltd co inc nao non profit joint stock company".split(
    " ",
  ),
);
const GENERIC = new Set(
  (
    "university college institute academy national state technical technological technology international " +
    "ministry embassy school center centre kazakh kazakhstan research science sciences higher education " +
    "engineering vocational polytechnic professional medical pedagogical agrarian economic economics china " +
    "chinese new k i"
  ).split(" "),
);
/** Spellings of one word: a country's official and common names, British and American forms. */
const SAME_WORD = new Map([
  ["turkiye", "turkey"],
  ["polytechnical", "polytechnic"],
  ["centre", "center"],
  ["programme", "program"],
]);

/** A name's words: lower case, no marks or apostrophes, split at anything not a letter or digit. */
export function nameWords(name: unknown): string[] {
  return String(name ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’'`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !FILLER.has(word))
    .map((word) => SAME_WORD.get(word) ?? word);
}

/** Whether two names name the same body. */
export function sameName(a: unknown, b: unknown): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(" ") === y.join(" ")) return true;
  const [small, big] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return small.every((word) => big.has(word)) && small.some((word) => !GENERIC.has(word));
}

/** Hong Kong and Macau may be given as their own codes or as China's. */
const countryClass = (code: unknown) => {
  const upper = String(code ?? "").toUpperCase();
  return upper === "HK" || upper === "MO" ? "CN" : upper;
};

export function emptyTally(): Tally {
  return {
    articles: 0,
    missing: 0,
    goldPairs: 0,
    predPairs: 0,
    pairHits: 0,
    goldPartners: 0,
    predPartners: 0,
    partnerHits: 0,
    countryOk: 0,
    typeOk: 0,
    agreementOk: 0,
    statusOk: 0,
    fieldTp: 0,
    fieldFp: 0,
    fieldFn: 0,
    byLang: new Map(),
  };
}

/** Each partner once: the first pair naming it. */
function partnersOnce(pairs: readonly LabelledPair[]): LabelledPair[] {
  const out: LabelledPair[] = [];
  for (const pair of pairs) if (!out.some((seen) => sameName(seen.partner, pair.partner))) out.push(pair);
  return out;
}

/** Scores one article into the tally; returns what it got wrong. */
export function scoreArticle(tally: Tally, gold: LabelledArticle, prediction: Prediction): string[] {
  const notes: string[] = [];
  const predicted = Array.isArray(prediction?.partnerships) ? prediction.partnerships : [];
  tally.articles++;
  if (prediction === undefined) tally.missing++;
  tally.goldPairs += gold.partnerships.length;
  tally.predPairs += predicted.length;
  const lang = String(gold.lang ?? "?");
  const perLang = tally.byLang.get(lang) ?? { articles: 0, gold: 0, pred: 0, hits: 0 };
  tally.byLang.set(lang, perLang);
  perLang.articles++;
  perLang.gold += gold.partnerships.length;
  perLang.pred += predicted.length;

  const used = new Set<number>();
  for (const want of gold.partnerships) {
    const j = predicted.findIndex(
      (got, k) => !used.has(k) && sameName(want.kz, got.kz) && sameName(want.partner, got.partner),
    );
    if (j < 0) {
      notes.push(`  missed  ${want.kz} <-> ${want.partner}`);
      continue;
    }
    used.add(j);
    tally.pairHits++;
    perLang.hits++;
    const got = predicted[j]!;
    if (got.agreement === want.agreement) tally.agreementOk++;
    else notes.push(`  agreement ${got.agreement} != ${want.agreement} (${want.partner})`);
    if (got.status === want.status) tally.statusOk++;
    else notes.push(`  status ${got.status} != ${want.status} (${want.partner})`);
    const wantFields = new Set<unknown>(want.fields ?? []);
    const gotFields = new Set<unknown>(Array.isArray(got.fields) ? got.fields : []);
    for (const field of gotFields) {
      if (wantFields.has(field)) tally.fieldTp++;
      else tally.fieldFp++;
    }
    for (const field of wantFields) if (!gotFields.has(field)) tally.fieldFn++;
  }
  predicted.forEach((got, k) => {
    if (!used.has(k)) notes.push(`  extra   ${got.kz} <-> ${got.partner}`);
  });

  const wantPartners = partnersOnce(gold.partnerships);
  const gotPartners = partnersOnce(predicted);
  tally.goldPartners += wantPartners.length;
  tally.predPartners += gotPartners.length;
  const usedPartners = new Set<number>();
  for (const want of wantPartners) {
    const j = gotPartners.findIndex((got, k) => !usedPartners.has(k) && sameName(want.partner, got.partner));
    if (j < 0) continue;
    usedPartners.add(j);
    tally.partnerHits++;
    const got = gotPartners[j]!;
    if (countryClass(got.country) === countryClass(want.country)) tally.countryOk++;
    else notes.push(`  country ${got.country} != ${want.country} (${want.partner})`);
    if (got.partner_type === want.partner_type) tally.typeOk++;
  }
  return notes;
}

/** Adds one tally into another (for a total over sets). */
export function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(from) as (keyof Tally)[]) {
    if (key === "byLang") continue;
    into[key] += from[key];
  }
  for (const [lang, counts] of from.byLang) {
    const total = into.byLang.get(lang) ?? { articles: 0, gold: 0, pred: 0, hits: 0 };
    total.articles += counts.articles;
    total.gold += counts.gold;
    total.pred += counts.pred;
    total.hits += counts.hits;
    into.byLang.set(lang, total);
  }
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
const f1 = (precision: number, recall: number) =>
  precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;

/** The figures a tally gives. */
export interface Figures {
  pairPrecision: number;
  pairRecall: number;
  pairF1: number;
  partnerPrecision: number;
  partnerRecall: number;
  partnerF1: number;
  country: number;
  partnerType: number;
  agreement: number;
  status: number;
  fieldsF1: number;
  /** Pair F1 per language, in the languages' alphabetical order. */
  pairF1ByLang: Array<{ lang: string; articles: number; f1: number }>;
}

export function figures(t: Tally): Figures {
  const pairPrecision = ratio(t.pairHits, t.predPairs);
  const pairRecall = ratio(t.pairHits, t.goldPairs);
  const partnerPrecision = ratio(t.partnerHits, t.predPartners);
  const partnerRecall = ratio(t.partnerHits, t.goldPartners);
  const fieldPrecision = ratio(t.fieldTp, t.fieldTp + t.fieldFp);
  const fieldRecall = ratio(t.fieldTp, t.fieldTp + t.fieldFn);
  return {
    pairPrecision,
    pairRecall,
    pairF1: f1(pairPrecision, pairRecall),
    partnerPrecision,
    partnerRecall,
    partnerF1: f1(partnerPrecision, partnerRecall),
    country: ratio(t.countryOk, t.partnerHits),
    partnerType: ratio(t.typeOk, t.partnerHits),
    agreement: ratio(t.agreementOk, t.pairHits),
    status: ratio(t.statusOk, t.pairHits),
    fieldsF1: f1(fieldPrecision, fieldRecall),
    pairF1ByLang: [...t.byLang.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([lang, c]) => ({
        lang,
        articles: c.articles,
        f1: f1(ratio(c.hits, c.pred), ratio(c.hits, c.gold)),
      })),
  };
}

const r3 = (x: number) => x.toFixed(3);

/** The report of one set, in the shared scorer's lines (so the two can be compared line by line). */
export function report(t: Tally): string[] {
  const f = figures(t);
  const lines = [
    `articles ${t.articles} (no answer for ${t.missing}); pairs: gold ${t.goldPairs}, predicted ${t.predPairs}, matched ${t.pairHits}`,
    `pairs     precision ${r3(f.pairPrecision)} recall ${r3(f.pairRecall)} F1 ${r3(f.pairF1)}`,
    `partners  precision ${r3(f.partnerPrecision)} recall ${r3(f.partnerRecall)} F1 ${r3(f.partnerF1)}`,
    `on matched partners: country ${r3(f.country)}, partner_type ${r3(f.partnerType)}`,
    `on matched pairs: agreement ${r3(f.agreement)}, status ${r3(f.status)}, fields F1 ${r3(f.fieldsF1)}`,
  ];
  if (f.pairF1ByLang.length > 1) {
    lines.push(
      `pair F1 by language: ${f.pairF1ByLang.map((l) => `${l.lang} ${r3(l.f1)} (${l.articles} articles)`).join(", ")}`,
    );
  }
  return lines;
}
