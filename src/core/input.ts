// Checks what a user hands the engine before any work: empty, binary, HTML, or longer than we read.
import { type HtmlToken, scanHtml } from "./page/html";
import { decodeEntities } from "./text/entities";

/** Characters of an article the engine reads; the rest is ignored (and the caller is told). */
export const MAX_ARTICLE_CHARS = 100_000;

export type ArticleCheck = { ok: true; text: string; note?: string } | { ok: false; message: string };

// Elements dropped with what they hold, and those whose tags end a line.
const DROPPED = new Set(["script", "style", "nav", "footer", "header", "aside"]);
const BLOCKS = new Set([
  "p",
  "div",
  "br",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "section",
  "article",
  "header",
  "footer",
  "ul",
  "ol",
  "table",
  "blockquote",
]);

const closes = (token: HtmlToken, name: string) =>
  token.kind === "tag" && token.closing && token.name === name;

/** Text of an HTML page or fragment: tags out, block ends as line breaks, common entities decoded. */
export function htmlToText(html: string): string {
  const tokens = scanHtml(html);
  // Where each dropped element last closes: one that never closes drops nothing.
  const lastClose = new Map<string, number>();
  tokens.forEach((token, i) => {
    if (token.kind === "tag" && token.closing && DROPPED.has(token.name)) lastClose.set(token.name, i);
  });
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "text") out.push(token.text);
    else if (token.kind !== "tag") out.push(" ");
    else if (!token.closing && DROPPED.has(token.name) && (lastClose.get(token.name) ?? -1) > i) {
      while (!closes(tokens[i]!, token.name)) i++;
      out.push(" ");
    } else out.push(BLOCKS.has(token.name) ? "\n" : " ");
  }
  return decodeEntities(out.join(""))
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n\n");
}

// A tag of the elements pasted articles carry; whether a ">" closes it is checked apart (a pattern that
// looked for it would rescan the text after every "<p" that has none).
const HTML_TAG = /<(?:html|body|p|div|br|span|a|article|h[1-6])(?=[\s/>])/i;
const looksLikeHtml = (text: string) => {
  const tag = HTML_TAG.exec(text);
  return tag !== null && text.indexOf(">", tag.index) >= 0;
};

/** Whether a value is an article the engine can read, and the text to read. */
export function checkArticle(value: unknown): ArticleCheck {
  if (value === null || value === undefined)
    return { ok: false, message: "No article: the cell or input is empty." };
  if (typeof value !== "string") {
    if (typeof value === "number" || typeof value === "boolean") {
      return {
        ok: false,
        message: `Not an article: got a ${typeof value} (${String(value)}), expected text.`,
      };
    }
    return { ok: false, message: "Not an article: expected text." };
  }
  if (value.trim() === "") return { ok: false, message: "No article: the text is empty." };
  const sample = value.length > 4000 ? value.slice(0, 4000) : value;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0)
      return { ok: false, message: "Not an article: the input is binary data (it contains NUL bytes)." };
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
    if (code === 0xfffd) replacement++;
  }
  if ((control + replacement) / sample.length > 0.05) {
    return { ok: false, message: "Not an article: the input looks like binary data, not text." };
  }
  let text = looksLikeHtml(value) ? htmlToText(value) : value;
  if (text.trim() === "") return { ok: false, message: "No article: the HTML holds no text." };
  if (!/[\p{L}]/u.test(text)) return { ok: false, message: "Not an article: the text has no words." };
  if (text.length > MAX_ARTICLE_CHARS) {
    const cut = text.lastIndexOf("\n", MAX_ARTICLE_CHARS);
    text = text.slice(0, cut > MAX_ARTICLE_CHARS / 2 ? cut : MAX_ARTICLE_CHARS);
    return {
      ok: true,
      text,
      note: `The text is ${value.length.toLocaleString("en-US")} characters long; only the first ${text.length.toLocaleString("en-US")} were read.`,
    };
  }
  return { ok: true, text };
}
