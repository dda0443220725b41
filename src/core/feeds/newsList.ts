// A news-list page (a university's "News" page, an agency's section) read as a feed: the links to article
// pages on the same site, with the headline each link shows and the date written beside it. The page is read
// by the same linear scanner as every fetched page (src/core/page/html.ts), so a huge or hostile page costs
// time linear in its length.
import { attributeOf, type HtmlTag, scanHtml } from "../page/html";
import { decodeEntities } from "../text/entities";
import { feedDate } from "./date";
import { type FeedItem, MAX_ITEMS_PER_FEED } from "./item";
import { absoluteLink, normaliseLink, siteOf } from "./link";

/** Characters of a link's text kept. */
const MAX_TITLE = 500;

// Sections, tags, authors, paging, search, accounts and files are not articles.
const NOT_ARTICLE =
  /\/(?:tags?|categor(?:y|ies)|rubric|section|authors?|page|search|login|register|account|user|profile|feed|rss|contacts?|about|privacy|sitemap)(?:\/|$|\?)|\.(?:pdf|jpe?g|png|gif|svg|docx?|xlsx?|zip|mp[34])$/i;

/** Whether a path looks like one article's page rather than a section of the site. */
function articlePath(href: string): boolean {
  const path = href.replace(/^https?:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  if (NOT_ARTICLE.test(path)) return false;
  const segments = path.split("/").filter((s) => s !== "");
  if (segments.length === 0) return false;
  const last = segments[segments.length - 1]!;
  // An id ("/news/12345", "/2025/03/12/..."), a long slug ("kaznu-and-wuhan-sign-..."), or a page file.
  return /\d/.test(path) || (last.match(/-/g)?.length ?? 0) >= 3 || /\.(?:html?|php|aspx?)$/i.test(last);
}

/** A date written in a short piece of text: "12.03.2025", "12 March 2025", "12 марта 2025". */
function dateInText(text: string): string | null {
  const t = text.trim();
  if (t === "" || t.length > 80 || !/\d/.test(t)) return null;
  const dotted = /\b(\d{1,2})[./](\d{1,2})[./](20\d{2})\b/.exec(t);
  if (dotted) return feedDate(`${dotted[3]}-${dotted[2]!.padStart(2, "0")}-${dotted[1]!.padStart(2, "0")}`);
  return /20\d{2}/.test(t) ? feedDate(t) : null;
}

interface Found {
  item: FeedItem;
  /** The date seen since the previous article's link, and the one seen before the next link. */
  before: string | null;
  after: string | null;
}

/** The article links of a news-list page at `address`, in page order, each once. */
export function newsListItems(html: string, address: string): FeedItem[] {
  const site = siteOf(address);
  const self = normaliseLink(address);
  const found: Found[] = [];
  const byKey = new Map<string, Found>();
  let dateSince: string | null = null;
  let open: { tag: HtmlTag; text: string[] } | null = null;

  const noteDate = (date: string): void => {
    dateSince ??= date;
    const last = found[found.length - 1];
    if (last && last.after === null) last.after = date;
  };

  const closeLink = () => {
    if (!open) return;
    const { tag, text } = open;
    open = null;
    const link = absoluteLink(decodeEntities(attributeOf(tag, "href")), address);
    if (!link || siteOf(link) !== site || !articlePath(link)) return;
    const key = normaliseLink(link);
    if (!key || key === self) return;
    const title = (decodeEntities(text.join(" ")) || decodeEntities(attributeOf(tag, "title")))
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_TITLE);
    const known = byKey.get(key);
    // An image link and a headline link to the same article: keep the headline.
    if (known) {
      if (title.length > known.item.title.length) known.item.title = title;
      return;
    }
    if (title.split(" ").length < 4 && title.length < 25) return;
    const entry: Found = {
      item: { title, link, guid: "", description: "", date: null },
      before: dateSince,
      after: null,
    };
    found.push(entry);
    byKey.set(key, entry);
    dateSince = null;
  };

  for (const token of scanHtml(html)) {
    if (found.length >= MAX_ITEMS_PER_FEED) break;
    if (token.kind === "tag") {
      if (token.name === "a") {
        closeLink();
        if (!token.closing) open = { tag: token, text: [] };
      } else if (token.name === "time" && !token.closing) {
        const date = feedDate(decodeEntities(attributeOf(token, "datetime")));
        if (date) noteDate(date);
      }
    } else if (token.kind === "text") {
      if (open) open.text.push(token.text);
      else {
        const date = dateInText(decodeEntities(token.text));
        if (date) noteDate(date);
      }
    }
  }
  closeLink();

  // Pages write the date either before each headline or after it: the first article tells which.
  const datesBefore = found[0]?.before !== null && found[0]?.before !== undefined;
  for (const f of found) f.item.date = datesBefore ? f.before : f.after;
  return found.map((f) => f.item);
}
