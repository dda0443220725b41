// The article in a fetched news page: its title, date and body text, without menus, scripts, share buttons or
// comments. A small tag-stack walk over the page's tokens is enough: news pages put the story in <article>
// (or <main>) paragraphs. Every step is linear in the page's length (see html.ts).
import { decodeEntities } from "../text/entities";
import { attributeOf, type HtmlTag, type HtmlToken, scanHtml } from "./html";

export interface PageArticle {
  title: string;
  /** ISO day of publication when the page says it, else null. */
  date: string | null;
  text: string;
}

// Elements whose content is never the story.
const SKIPPED_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "figure",
  "figcaption",
]);
// Class or id words of page furniture.
const SKIPPED_MARKS =
  /(?:^|[\s_-])(?:comments?|comment-list|share|sharing|social|related|recommend\w*|sidebar|menu|navbar|breadcrumbs?|advert\w*|ads?|banner|subscribe|newsletter|tags|cookie\w*|popup|modal)(?:$|[\s_-])/i;
const VOID_TAGS = new Set([
  "br",
  "img",
  "hr",
  "meta",
  "link",
  "input",
  "source",
  "wbr",
  "col",
  "area",
  "base",
]);
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "tr",
  "br",
  "ul",
  "ol",
  "table",
]);

/** Characters of a page read: a page longer than this is cut before it is parsed (news pages are far shorter). */
export const MAX_PAGE_CHARS = 2_000_000;
/** Class and id words past this length are not page furniture's (and are not searched). */
const MAX_MARKS_CHARS = 500;

const attribute = (tag: HtmlTag, name: string): string => decodeEntities(attributeOf(tag, name));

function isTag(token: HtmlToken | undefined, name: string, closing: boolean): token is HtmlTag {
  return token?.kind === "tag" && token.name === name && token.closing === closing;
}

function metaContent(tokens: readonly HtmlToken[], names: readonly string[]): string {
  for (const token of tokens) {
    if (!isTag(token, "meta", false)) continue;
    const key = (
      attribute(token, "property") ||
      attribute(token, "name") ||
      attribute(token, "itemprop")
    ).toLowerCase();
    if (names.includes(key)) return attribute(token, "content").trim();
  }
  return "";
}

const isoDayOf = (value: string): string | null => /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? null;

function pageDate(html: string, tokens: readonly HtmlToken[]): string | null {
  const meta = metaContent(tokens, ["article:published_time", "datepublished", "pubdate", "date", "dc.date"]);
  const fromMeta = isoDayOf(meta);
  if (fromMeta) return fromMeta;
  const jsonLd = /"datePublished"\s*:\s*"([^"]{1,64})"/.exec(html);
  if (jsonLd) return isoDayOf(jsonLd[1]!);
  const time = tokens.find((token) => isTag(token, "time", false));
  return time?.kind === "tag" ? isoDayOf(attribute(time, "datetime")) : null;
}

/** Token positions [from, to): a part of the page. */
type Span = readonly [number, number];

/** The visible text of a part of the page, one block a line, furniture left out. */
function visibleText(tokens: readonly HtmlToken[], [from, to]: Span): string {
  const out: string[] = [];
  const stack: { name: string; skip: boolean }[] = [];
  // How many elements of each name are open: a closing tag with none open costs nothing to ignore.
  const open = new Map<string, number>();
  let skipping = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === "text") {
      if (skipping === 0) out.push(decodeEntities(token.text).replace(/\s+/g, " "));
      continue;
    }
    if (token.kind !== "tag") continue;
    const name = token.name;
    if (token.closing) {
      // Close the nearest open element of that name (pages leave <p> and <li> unclosed).
      if (!open.get(name)) continue;
      let at = stack.length - 1;
      while (stack[at]!.name !== name) at--;
      for (const element of stack.splice(at)) {
        if (element.skip) skipping -= 1;
        open.set(element.name, open.get(element.name)! - 1);
      }
    } else {
      if (BLOCK_TAGS.has(name) && skipping === 0) out.push("\n");
      if (VOID_TAGS.has(name) || token.selfClosing) continue;
      const marks =
        `${attribute(token, "class")} ${attribute(token, "id")} ${attribute(token, "role")}`.slice(
          0,
          MAX_MARKS_CHARS,
        );
      const skip = SKIPPED_TAGS.has(name) || SKIPPED_MARKS.test(marks) || /\bhidden\b/i.test(marks);
      if (skip) skipping += 1;
      stack.push({ name, skip });
      open.set(name, (open.get(name) ?? 0) + 1);
    }
  }
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * Inside the first `<tag>` of a span up to the last `</tag>` after it (to the span's end when it has none),
 * or null when the span has no such tag.
 */
function innerOf(tokens: readonly HtmlToken[], [from, to]: Span, tag: string): Span | null {
  let open = -1;
  for (let i = from; i < to && open < 0; i++) if (isTag(tokens[i], tag, false)) open = i;
  if (open < 0) return null;
  let close = -1;
  for (let i = to - 1; i > open && close < 0; i--) if (isTag(tokens[i], tag, true)) close = i;
  return [open + 1, close < 0 ? to : close];
}

/** The first `<tag>...</tag>` of the page, or null when it never closes. */
function firstElement(tokens: readonly HtmlToken[], tag: string): Span | null {
  const open = tokens.findIndex((token) => isTag(token, tag, false));
  if (open < 0) return null;
  for (let i = open + 1; i < tokens.length; i++) if (isTag(tokens[i], tag, true)) return [open + 1, i];
  return null;
}

/** The text tokens of a span, tags left out and entities decoded. */
function plainText(tokens: readonly HtmlToken[], [from, to]: Span): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === "text") text += token.text;
  }
  return decodeEntities(text);
}

/** Title, date and story text of a fetched page (of its first MAX_PAGE_CHARS characters). */
export function articleFromHtml(page: string): PageArticle {
  const html = page.length > MAX_PAGE_CHARS ? page.slice(0, MAX_PAGE_CHARS) : page;
  const tokens = scanHtml(html);
  const titleSpan = firstElement(tokens, "title");
  const h1 = firstElement(tokens, "h1");
  const title = (
    metaContent(tokens, ["og:title", "twitter:title"]) ||
    (h1 ? visibleText(tokens, h1) : "") ||
    (titleSpan ? plainText(tokens, titleSpan) : "")
  )
    .replace(/\s+/g, " ")
    .trim();
  const whole: Span = [0, tokens.length];
  const body = innerOf(tokens, whole, "body") ?? whole;
  const story = innerOf(tokens, body, "article") ?? innerOf(tokens, body, "main") ?? body;
  let text = visibleText(tokens, story);
  // The title is kept in its own column: don't repeat it as the text's first line.
  const lines = text.split("\n");
  if (lines[0] === title) text = lines.slice(1).join("\n");
  return { title, date: pageDate(html, tokens), text };
}
