// Checks what a user hands the engine before any work: empty, binary, HTML, or longer than we read.
import { decodeEntities } from "./text/entities";

/** Characters of an article the engine reads; the rest is ignored (and the caller is told). */
export const MAX_ARTICLE_CHARS = 100_000;

export type ArticleCheck = { ok: true; text: string; note?: string } | { ok: false; message: string };

const TAGS = /<(?:script|style)[^>]*>[\s\S]*?<\/(?:script|style)>|<!--[\s\S]*?-->|<[^>]+>/gi;
const BLOCK_TAGS =
  /<\/?(?:p|div|br|li|h[1-6]|tr|section|article|header|footer|ul|ol|table|blockquote)\b[^>]*>/gi;

/** Text of an HTML page or fragment: tags out, block ends as line breaks, common entities decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(
      /<(?:script|style|nav|footer|header|aside)[^>]*>[\s\S]*?<\/(?:script|style|nav|footer|header|aside)>/gi,
      " ",
    )
    .replace(BLOCK_TAGS, "\n")
    .replace(TAGS, " ");
  return decodeEntities(text)
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n\n");
}

const looksLikeHtml = (text: string) => /<(?:html|body|p|div|br|span|a|article|h[1-6])\b[^>]*>/i.test(text);

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
