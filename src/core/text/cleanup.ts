// Removes what pasted or fetched news carries besides the article: menus, "Other news" lists, subscription
// calls, share buttons, photo credits, repeated titles and stray symbols. The words of each language are in
// its lexicon (src/core/lexicon, group "page").
import { alternation, END, lazy, searchSource } from "../lexicon/compile";
import { allEntries } from "../lexicon/index";
import type { LexiconKey } from "../lexicon/shape";

type PageKey = LexiconKey<"page">;
/** The page words of every language for one key, as one alternation. */
const words = (key: PageKey) =>
  alternation(
    allEntries((l) => l.page[key]),
    "letters",
  );

/** A line that ends the article: everything after it is a list of other headlines. */
const TAIL_MARKERS = lazy(() => [
  new RegExp(`^(?:${words("endHeading")})\\s*[:→>»]*$`, "iu"),
  new RegExp(`^(?:${words("endLead")})${END}.{0,20}$`, "iu"),
]);

// Social networks' names, the same in every language.
const NETWORKS = "facebook|twitter|x|telegram|whatsapp|instagram|vk|youtube|linkedin";

/**
 * A line that is not article text wherever it appears: patterns anchored at the line's start, tested as one
 * (twelve tests of a line cost more than the matching), and one searched for anywhere in it.
 */
const NOISE_LINES = lazy(() => {
  const anchored = [
    /^[\s×✕✖•·|/\\\-–—→←»«*#_=+]*$/u,
    new RegExp(`^(?:${words("share")})${END}.{0,80}$`, "iu"),
    new RegExp(`^(?:${words("photoCredit")})\\s*(?:by)?\\s*[:©-]`, "iu"),
    new RegExp(`^(?:©|${words("copyright")})`, "iu"),
    new RegExp(`^(?:${NETWORKS})(?:\\s*[|·,•]\\s*(?:${NETWORKS}))*\\s*$`, "iu"),
    new RegExp(`^(?:${words("menu")})$`, "iu"),
    // Breadcrumbs: "Главная / Новости", "Home > News > Education".
    new RegExp(`^(?:${words("breadcrumb")})(?:\\s*[/>»|]\\s*[\\p{L} -]{1,30}){1,4}$`, "iu"),
    new RegExp(`^(?:${words("tags")})\\s*:`, "iu"),
    // Another article's headline inside this one: "Читайте также: КазНУ и ... открыли центр".
    new RegExp(`^(?:${words("readAlso")})\\s*[:\\-–—]`, "iu"),
    new RegExp(`^(?:${words("pressService")})${END}.{0,80}$`, "iu"),
    new RegExp(`^(?:${words("published")})${END}\\s*(?:on|:)?\\s*$`, "iu"),
  ];
  // The symbols of the first have no case: read case-blind, it is the same pattern.
  return [
    new RegExp(anchored.map((pattern) => `(?:${pattern.source})`).join("|"), "iu"),
    new RegExp(
      searchSource(
        allEntries((l) => l.page.subscribe),
        "letters",
      ),
      "iu",
    ),
  ];
});

export interface Cleaned {
  text: string;
  /** How many lines were dropped. */
  dropped: number;
}

/**
 * `readAs` gives the form of a line the page words are matched against: a Latin-script Kazakh page's
 * "Bólisý" is the lexicon's "Бөлісу".
 */
export function cleanArticle(text: string, readAs: (line: string) => string = (line) => line): Cleaned {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const original of lines) {
    const line = original.replace(/[\u200b\u00a0\t]+/g, " ").trim();
    if (line === "") {
      if (kept.length > 0 && kept[kept.length - 1] !== "") kept.push("");
      continue;
    }
    const read = line.length < 300 ? readAs(line) : line;
    if (line.length < 60 && TAIL_MARKERS().some((pattern) => pattern.test(read))) {
      dropped += 1;
      break;
    }
    const key = line.toLowerCase();
    // Noise is short; a long line is article text (and testing it would cost the most).
    if ((line.length < 300 && NOISE_LINES().some((pattern) => pattern.test(read))) || seen.has(key)) {
      dropped += 1;
      continue;
    }
    seen.add(key);
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return { text: kept.join("\n"), dropped };
}
