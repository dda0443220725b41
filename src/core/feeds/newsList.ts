// A news-list page (a university's "News" page, an agency's section) read as a feed: the links to article
// pages on the same site, with the headline each link shows and a date written next to it. One pass over the
// page, each character looked at a bounded number of times, so a huge or hostile page costs linear time.
import { decodeEntities } from "../text/entities";
import { feedDate } from "./date";
import { type FeedItem, MAX_ITEMS_PER_FEED } from "./item";
import { absoluteLink, normaliseLink, siteOf } from "./link";

/** Characters after a link searched for its date. */
const DATE_WINDOW = 400;
/** Characters of a link's inner HTML read. */
const MAX_ANCHOR = 2_000;

// Sections, tags, authors, paging, search, accounts and files are not articles.
const NOT_ARTICLE =
  /\/(?:tags?|categor(?:y|ies)|rubric|section|authors?|page|search|login|register|account|user|profile|feed|rss|contacts?|about|privacy|sitemap)(?:\/|$|\?)|\.(?:pdf|jpe?g|png|gif|svg|docx?|xlsx?|zip|mp[34])$/i;

function attribute(tag: string, name: string): string {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? "") : "";
}

function visible(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

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

function dateNear(html: string): string | null {
  const time = /<time\b[^>]*>/i.exec(html);
  if (time) {
    const at = feedDate(attribute(time[0], "datetime"));
    if (at) return at;
  }
  const text = visible(html);
  const dotted = /\b(\d{1,2})[./](\d{1,2})[./](20\d{2})\b/.exec(text);
  if (dotted) return feedDate(`${dotted[3]}-${dotted[2]!.padStart(2, "0")}-${dotted[1]!.padStart(2, "0")}`);
  return feedDate(text.slice(0, 60));
}

/** The article links of a news-list page at `address`, in page order, each once. */
export function newsListItems(html: string, address: string): FeedItem[] {
  const site = siteOf(address);
  const self = normaliseLink(address);
  const byKey = new Map<string, FeedItem>();
  const lower = html.toLowerCase();
  let at = 0;
  let previousEnd = 0;
  while (byKey.size < MAX_ITEMS_PER_FEED) {
    const open = lower.indexOf("<a", at);
    if (open < 0) break;
    const next = lower[open + 2];
    if (next !== " " && next !== "\t" && next !== "\n" && next !== "\r" && next !== ">") {
      at = open + 2;
      continue;
    }
    const tagEnd = lower.indexOf(">", open);
    if (tagEnd < 0) break;
    const close = lower.indexOf("</a", tagEnd);
    if (close < 0) break;
    at = close + 3;
    // The link's block starts after the previous article's link (an image link to the same article is in it).
    const before = html.slice(Math.max(previousEnd, open - DATE_WINDOW / 2), open);
    const tag = html.slice(open, tagEnd + 1);
    const link = absoluteLink(attribute(tag, "href"), address);
    if (!link || siteOf(link) !== site || !articlePath(link)) continue;
    const key = normaliseLink(link);
    if (!key || key === self) continue;
    const inner = html.slice(tagEnd + 1, Math.min(close, tagEnd + 1 + MAX_ANCHOR));
    const title = (visible(inner) || attribute(tag, "title")).slice(0, 500);
    const known = byKey.get(key);
    // An image link and a headline link to the same article: keep the headline.
    if (known) {
      if (title.length > known.title.length) known.title = title;
      previousEnd = close;
      continue;
    }
    const words = title.split(" ").filter((w) => w !== "").length;
    if (words < 4 && title.length < 25) continue;
    // A date written before the link in its block, else after it (up to the next link).
    let after = html.slice(close, close + DATE_WINDOW);
    const nextLink = after.toLowerCase().indexOf("<a", 3);
    if (nextLink > 0) after = after.slice(0, nextLink);
    const date = dateNear(before) ?? dateNear(after);
    byKey.set(key, { title, link, guid: "", description: "", date });
    previousEnd = close;
  }
  return [...byKey.values()];
}
