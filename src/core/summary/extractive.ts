// An extractive summary: the article's most informative sentences, in its own language and reading order.
import { cleanArticle } from "../text/cleanup";
import { type Sentence, splitSentences } from "../text/sentences";

export interface ScoredSentence {
  sentence: Sentence;
  /** How many institutions it names. */
  names: number;
  /** Whether it says something happened (signed, opened, discussed...). */
  news: boolean;
  title: boolean;
}

// "Almaty, 14 March 2025 — ", "ASTANA, 3 February (Kazinform) – ": where and when, not what.
const DATELINE = /^\p{Lu}[\p{L} .'-]{1,30},[^—–]{3,40}?\d[^—–]{0,30}?\s[—–-]\s+/u;

function withoutDateline(text: string): string {
  const bare = text.replace(DATELINE, "");
  return bare.length >= 20 ? bare.charAt(0).toUpperCase() + bare.slice(1) : text;
}

function score(s: ScoredSentence, position: number): number {
  const length = s.sentence.text.length;
  let value = 1 / (1 + position * 0.25);
  value += 0.6 * Math.min(s.names, 3) + (s.news ? 0.8 : 0);
  if (length < 40) value -= 1;
  if (length > 450) value -= 0.5;
  return value;
}

/** Picks `count` sentences (the title only when nothing else is left). */
export function pickSentences(sentences: readonly ScoredSentence[], count: number): string {
  const n = Math.max(0, Math.floor(count));
  if (n === 0 || sentences.length === 0) return "";
  const body = sentences.filter((s) => !s.title);
  const pool = body.length > 0 ? body : [...sentences];
  const ranked = pool
    .map((s, position) => ({ s, value: score(s, position) }))
    .sort((a, b) => b.value - a.value)
    .slice(0, n)
    .map((entry) => entry.s)
    .sort((a, b) => a.sentence.start - b.sentence.start);
  return ranked.map((s) => withoutDateline(s.sentence.text)).join(" ");
}

/** A summary of a text without running the whole extraction: position and length only. */
export function summarizeText(text: string, count: number): string {
  const cleaned = cleanArticle(text).text;
  const sentences = splitSentences(cleaned);
  const firstParagraphSentences = sentences.filter((s) => s.paragraph === 0).length;
  return pickSentences(
    sentences.map((sentence, i) => ({
      sentence,
      names: 0,
      news: false,
      title:
        i === 0 && firstParagraphSentences === 1 && sentences.length > 1 && !/[.!?]$/.test(sentence.text),
    })),
    count,
  );
}
