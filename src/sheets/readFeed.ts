// Fetches a feed address and reads it: an RSS or Atom document through XmlService, a news-list page through
// the page reader. The fetch is Add articles' (fetchText): the same URL policy for the address and each
// redirect, the same checks of the answer. Never throws: an address that can't be read gives its reason in
// words, and the other feeds go on.
import type { FeedRead } from "../core/feeds/item";
import { newsListItems } from "../core/feeds/newsList";
import { parseFeed } from "../core/feeds/parse";
import { looksLikeXml, prepareXml } from "../core/feeds/xmlText";
import { fetchText, TIMEOUT_HINT } from "./fetchPage";
import { errorText } from "./tell";

export function readFeed(address: string): FeedRead {
  const fetched = fetchText(address.trim(), "feed");
  // The advice for an article's page (paste its text) is no help for a feed: the Feeds sheet says what to do.
  if ("error" in fetched)
    return {
      error: fetched.error
        .replace(`: ${TIMEOUT_HINT}`, "")
        .replace(/: paste the article's text instead$/, ""),
    };
  const { text, contentType } = fetched;
  if (text.trim() === "") return { error: "the site sent an empty answer" };

  // The content type when it says XML; the text itself when it says HTML or plain text (servers mislabel feeds).
  const isXml = /xml|rss|atom/.test(contentType) && !/html/.test(contentType);
  if (isXml || looksLikeXml(text)) {
    let root: GoogleAppsScript.XML_Service.Element | null;
    try {
      root = XmlService.parse(prepareXml(text)).getRootElement();
    } catch (error) {
      return { error: `the feed is not well-formed XML (${errorText(error).replace(/^Exception: /, "")})` };
    }
    if (!root) return { error: "the feed is an empty XML document" };
    try {
      const feed = parseFeed(root, address.trim());
      return { kind: feed.kind, title: feed.title, language: feed.language, items: feed.items };
    } catch (error) {
      return { error: errorText(error) };
    }
  }
  const items = newsListItems(text, address.trim());
  if (items.length === 0) {
    return {
      error:
        "no links to articles found on the page: give the address of an RSS or Atom feed, or of a page that lists news",
    };
  }
  return { kind: "page", title: "", language: "", items };
}
