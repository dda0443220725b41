// The article in a fetched news page: its title, date and body text, without menus, scripts, share buttons or
// comments. A small tag-stack scan is enough: news pages put the story in <article> (or <main>) paragraphs.
import { decodeEntities } from "../text/entities";

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

function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? "") : "";
}

function metaContent(html: string, names: readonly string[]): string {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = (
      attribute(tag, "property") ||
      attribute(tag, "name") ||
      attribute(tag, "itemprop")
    ).toLowerCase();
    if (names.includes(key)) return attribute(tag, "content").trim();
  }
  return "";
}

const isoDayOf = (value: string): string | null => /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? null;

function pageDate(html: string): string | null {
  const meta = metaContent(html, ["article:published_time", "datepublished", "pubdate", "date", "dc.date"]);
  const fromMeta = isoDayOf(meta);
  if (fromMeta) return fromMeta;
  const jsonLd = /"datePublished"\s*:\s*"([^"]+)"/.exec(html);
  if (jsonLd) return isoDayOf(jsonLd[1]!);
  const time = /<time\b[^>]*>/i.exec(html);
  return time ? isoDayOf(attribute(time[0], "datetime")) : null;
}

/** The visible text of a piece of HTML, one block a line, furniture left out. */
function visibleText(html: string): string {
  const out: string[] = [];
  const stack: { name: string; skip: boolean }[] = [];
  let skipping = 0;
  const tagPattern =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi;
  let last = 0;
  const pushText = (text: string) => {
    if (skipping === 0) out.push(decodeEntities(text).replace(/\s+/g, " "));
  };
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    pushText(html.slice(last, match.index));
    last = tagPattern.lastIndex;
    const tag = match[0];
    const name = match[1]?.toLowerCase();
    if (!name) continue;
    if (tag[1] === "/") {
      // Close the nearest open element of that name (pages leave <p> and <li> unclosed).
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at < 0) continue;
      for (const element of stack.splice(at)) if (element.skip) skipping -= 1;
    } else {
      if (BLOCK_TAGS.has(name) && skipping === 0) out.push("\n");
      if (VOID_TAGS.has(name) || tag.endsWith("/>")) continue;
      const marks = `${attribute(tag, "class")} ${attribute(tag, "id")} ${attribute(tag, "role")}`;
      const skip = SKIPPED_TAGS.has(name) || SKIPPED_MARKS.test(marks) || /\bhidden\b/i.test(marks);
      if (skip) skipping += 1;
      stack.push({ name, skip });
      // Raw-text elements end only at their own closing tag.
      if (name === "script" || name === "style" || name === "textarea") {
        const end = html.toLowerCase().indexOf(`</${name}`, last);
        last = end < 0 ? html.length : end;
        tagPattern.lastIndex = last;
      }
    }
  }
  pushText(html.slice(last));
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

function innerOf(html: string, tag: string): string | null {
  const open = new RegExp(`<${tag}\\b[^>]*>`, "i").exec(html);
  if (!open) return null;
  const close = html.toLowerCase().lastIndexOf(`</${tag}`);
  return close > open.index ? html.slice(open.index + open[0].length, close) : html.slice(open.index);
}

/** Title, date and story text of a fetched page. */
export function articleFromHtml(html: string): PageArticle {
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? "";
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? "";
  const title = (
    metaContent(html, ["og:title", "twitter:title"]) ||
    visibleText(h1) ||
    decodeEntities(titleTag.replace(/<[^>]*>/g, ""))
  )
    .replace(/\s+/g, " ")
    .trim();
  const body = innerOf(html, "body") ?? html;
  const story = innerOf(body, "article") ?? innerOf(body, "main") ?? body;
  let text = visibleText(story);
  // The title is kept in its own column: don't repeat it as the text's first line.
  const lines = text.split("\n");
  if (lines[0] === title) text = lines.slice(1).join("\n");
  return { title, date: pageDate(html), text };
}
