// The benchmark corpus: a seeded, deterministic mix of English, Russian and Kazakh partnership news from
// 0.5 to 10 KB, plus the institution names the INSTITUTION formula is measured on.
import type { Lang, Status } from "../../src/core/schema";
import { english } from "./english";
import { kazakh } from "./kazakh";
import { FOREIGN, type Forms, KZ, UNKNOWN_NAMES } from "./names";
import { Rng } from "./rng";
import { russian } from "./russian";
import type { Pair, Story, StoryAgreement, StoryField, Writer } from "./story";

export interface Article {
  id: string;
  lang: Lang;
  text: string;
  /** UTF-8 size. */
  bytes: number;
}

export const DEFAULT_SEED = 20250301;
const MIN_BYTES = 500;
const MAX_BYTES = 10_240;

const AGREEMENTS: readonly StoryAgreement[] = [
  "memorandum",
  "memorandum",
  "agreement",
  "joint_program",
  "branch_campus",
  "joint_lab",
  "training_center",
  "academic_mobility",
  "internship",
  "visit",
];
const STATUSES: readonly Status[] = ["signed", "signed", "launched", "planned", "discussed"];
const FIELDS: readonly StoryField[] = [
  "it",
  "ai",
  "engineering",
  "mining",
  "energy",
  "oil_gas",
  "transport_logistics",
  "remote_sensing",
  "economics_business",
  "languages_culture",
  "medicine",
  "agriculture",
];

function pair(rng: Rng): Pair {
  return {
    kz: rng.pick(KZ),
    partner: rng.pick(FOREIGN),
    agreement: rng.pick(AGREEMENTS),
    status: rng.pick(STATUSES),
    field: rng.pick(FIELDS),
  };
}

function story(rng: Rng): Story {
  const main = pair(rng);
  return {
    main,
    second: rng.chance(0.3) ? pair(rng) : null,
    listed: rng.chance(0.35) ? rng.sample(FOREIGN, rng.int(3, 5), [main.partner]) : [],
    date: { year: rng.int(2023, 2026), month: rng.int(1, 12), day: rng.int(1, 28) },
  };
}

const utf8 = (s: string): number => Buffer.byteLength(s, "utf8");

/** Sizes spread evenly on a log scale from 0.5 to 10 KB: many short notes, some long features. */
function targetBytes(rng: Rng): number {
  return Math.round(MIN_BYTES * (MAX_BYTES / MIN_BYTES) ** rng.next());
}

function write(writer: Writer, s: Story, rng: Rng): string {
  // One article in twelve is about something else (no partnership in its lead): the engine must read it
  // all the same.
  const offTopic = rng.chance(1 / 12);
  const paragraphs = offTopic ? [] : [writer.title(s), writer.lead(s, rng)];
  if (!offTopic && s.second) paragraphs.push(writer.second(s.second, rng));
  const target = targetBytes(rng);
  const tail = [];
  if (s.listed.length > 0) tail.push(writer.listed(s, rng));
  if (rng.chance(0.5)) tail.push(writer.credit(rng));
  let size = utf8(paragraphs.concat(tail).join("\n\n"));
  for (let guard = 0; guard < 200; guard++) {
    const next = rng.pick(writer.background)(s, rng);
    const grown = size + 2 + utf8(next);
    if (grown > MAX_BYTES || (size >= target && paragraphs.length > 1)) break;
    // Background goes between the lead and the closing lines, as in a real article.
    paragraphs.push(next);
    size = grown;
  }
  return paragraphs.concat(tail).join("\n\n");
}

const WRITERS: ReadonlyArray<{ writer: Writer; weight: number }> = [
  { writer: english, weight: 0.4 },
  { writer: russian, weight: 0.35 },
  { writer: kazakh, weight: 0.25 },
];

function pickWriter(rng: Rng): Writer {
  let x = rng.next();
  for (const { writer, weight } of WRITERS) {
    x -= weight;
    if (x < 0) return writer;
  }
  return english;
}

/** `count` articles, the same for the same seed. */
export function generateCorpus(count: number, seed = DEFAULT_SEED): Article[] {
  const rng = new Rng(seed);
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const writer = pickWriter(rng);
    const text = write(writer, story(rng), rng);
    out.push({ id: `a${String(i + 1).padStart(5, "0")}`, lang: writer.lang, text, bytes: utf8(text) });
  }
  return out;
}

const FORM_KEYS: ReadonlyArray<keyof Forms> = [
  "en",
  "short",
  "ruNom",
  "ruGen",
  "ruIns",
  "ruShort",
  "kkNom",
  "kkGen",
  "kkIns",
];

/** `count` institution names as a user types them: any language, case form or abbreviation; a few unknown. */
export function institutionNames(count: number, seed = DEFAULT_SEED): string[] {
  const rng = new Rng(seed ^ 0x5eed);
  const all = [...KZ, ...FOREIGN];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (rng.chance(0.05)) {
      out.push(rng.pick(UNKNOWN_NAMES));
      continue;
    }
    const name = rng.pick(all)[rng.pick(FORM_KEYS)];
    // Users paste with stray spaces and in other letter cases.
    out.push(rng.chance(0.1) ? ` ${name.toLowerCase()} ` : name);
  }
  return out;
}

export function corpusStats(articles: readonly Article[]): Record<string, number> {
  const stats: Record<string, number> = { articles: articles.length, bytes: 0, en: 0, ru: 0, kk: 0 };
  for (const a of articles) {
    stats.bytes = (stats.bytes ?? 0) + a.bytes;
    stats[a.lang] = (stats[a.lang] ?? 0) + 1;
  }
  return stats;
}
