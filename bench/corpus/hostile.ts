// Hostile inputs: pages and texts made to find a step of the engine that reads its input more than once (a
// pattern that rescans, a walk over everything before each word). Issue 13 names the first eleven; the rest
// come from reading the code. Each makes exactly `chars` characters, so that 16 K and 64 K compare.

export interface HostileInput {
  name: string;
  /** What it is, in words (the bench table's row). */
  what: string;
  /** Read as a fetched page (the page reader), as well as pasted text. */
  page: boolean;
  make: (chars: number) => string;
}

/** `unit` repeated after `head` to exactly `chars` characters. */
const repeat =
  (unit: string, head = "") =>
  (chars: number): string =>
    (head + unit.repeat(Math.ceil(Math.max(0, chars - head.length) / unit.length) + 1)).slice(0, chars);

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: "meta", what: '"<meta " repeated, never closed', page: true, make: repeat("<meta ") },
  { name: "h1", what: '"<h1>" repeated, never closed', page: true, make: repeat("<h1>") },
  { name: "title", what: '"<title>" repeated, never closed', page: true, make: repeat("<title>") },
  { name: "time", what: '"<time " repeated, never closed', page: true, make: repeat("<time ") },
  {
    name: "style-in-article",
    what: '"<style></style>" repeated inside <article>',
    page: true,
    make: repeat("<style></style>", "<article>"),
  },
  {
    name: "comment-in-article",
    what: '"<!--" repeated inside <article>',
    page: true,
    make: repeat("<!--", "<article>"),
  },
  { name: "bang", what: '"a" then "!" repeated', page: false, make: repeat("!", "a") },
  { name: "dots", what: '"a" then "." repeated', page: false, make: repeat(".", "a") },
  { name: "p-lt", what: '"<p>" then "<" repeated', page: true, make: repeat("<", "<p>") },
  { name: "p-comment", what: '"<p>" then "<!--" repeated', page: true, make: repeat("<!--", "<p>") },
  {
    name: "alpha-university",
    what: '"Alpha University " repeated',
    page: false,
    make: repeat("Alpha University "),
  },
  // Found by reading the code.
  { name: "p-open", what: '"<p " repeated, never closed (is it HTML?)', page: true, make: repeat("<p ") },
  {
    name: "script-false-close",
    what: '"<script>" then "</scrip" repeated',
    page: true,
    make: repeat("</scrip", "<article><script>"),
  },
  {
    name: "div-close",
    what: '"<div>" repeated, then as many "</span>"',
    page: true,
    make: (chars) => repeat("<div>")(chars >> 1) + repeat("</span>")(chars - (chars >> 1)),
  },
  {
    name: "joint-run",
    what: '"совместный." repeated without a space (cue patterns)',
    page: false,
    make: repeat("совместный."),
  },
  { name: "dates", what: '"1 March 2025, " repeated', page: false, make: repeat("1 March 2025, ") },
  {
    name: "chinese-university",
    what: '"Chinese University " repeated (country words and heads)',
    page: false,
    make: repeat("Chinese University "),
  },
  {
    name: "kazakh-heads",
    what: '"Алфа университеті " repeated',
    page: false,
    make: repeat("Алфа университеті "),
  },
  { name: "russian-heads", what: '"университет " repeated', page: false, make: repeat("университет ") },
  { name: "formerly", what: '"KazNU (formerly " repeated', page: false, make: repeat("KazNU (formerly ") },
  {
    name: "open-bracket",
    what: '"Alpha University (" repeated, never closed',
    page: false,
    make: repeat("Alpha University ("),
  },
  { name: "embassy", what: '"embassy China " repeated', page: false, make: repeat("embassy China ") },
  // Latin-script Kazakh, read in its Cyrillic form (src/core/text/kazakhLatin).
  {
    name: "latin-kazakh-heads",
    what: '"Alfa ýnıversıtetimen " repeated (Latin-script Kazakh)',
    page: false,
    make: repeat("Alfa ýnıversıtetimen "),
  },
  {
    name: "latin-kazakh-capitals",
    what: '"ÝI" repeated (one Latin-script Kazakh word in capitals)',
    page: false,
    make: repeat("ÝI"),
  },
  {
    name: "latin-kazakh-apostrophes",
    what: '"a\'" repeated (one word of the apostrophe spelling)',
    page: false,
    make: repeat("a'"),
  },
  {
    name: "latin-kazakh-names",
    what: '"Tianjin Intelligent Technology Co., Ltd. kompanııasymen " repeated (names kept in Latin letters)',
    page: false,
    make: repeat("Tianjin Intelligent Technology Co., Ltd. kompanııasymen "),
  },
  {
    name: "same-pair",
    what: '"KazNU and Wuhan University signed a memorandum. " repeated',
    page: false,
    make: repeat("KazNU and Wuhan University signed a memorandum. "),
  },
  {
    name: "many-partners",
    what: "a new partner in every sentence",
    page: false,
    make: (chars) => {
      const parts: string[] = [];
      let length = 0;
      for (let i = 0; length < chars; i++) {
        const sentence = `KazNU signed a memorandum with Alpha${i} University of China. `;
        parts.push(sentence);
        length += sentence.length;
      }
      return parts.join("").slice(0, chars);
    },
  },
];

/** The sizes compared: 16 K and 64 K characters (a linear cost gives about 4x). */
export const HOSTILE_SIZES = [16_384, 65_536] as const;
