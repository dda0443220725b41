// RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom documents read into items, through the XmlService-like element
// interface of ./xml. Titles and descriptions that carry HTML are made plain text; links are made absolute.
import { htmlToText } from "../api";
import { decodeEntities } from "../text/entities";
import { feedDate } from "./date";
import { type FeedItem, type FeedKind, MAX_DESCRIPTION_CHARS, MAX_ITEMS_PER_FEED } from "./item";
import { absoluteLink } from "./link";
import {
  attributeIn,
  attributeOf,
  childNamed,
  childrenNamed,
  childText,
  isElement,
  NS,
  type XmlElementLike,
} from "./xml";

export interface ParsedFeed {
  kind: Exclude<FeedKind, "page">;
  title: string;
  /** The language the feed declares ("ru", "en-us"), "" when none. */
  language: string;
  items: FeedItem[];
}

/** Text that may hold markup or escaped markup ("&lt;p&gt;"), as one plain line. */
function plain(text: string, limit = MAX_DESCRIPTION_CHARS): string {
  const cut = text.length > limit * 4 ? text.slice(0, limit * 4) : text;
  const stripped = /<[a-z!/]/i.test(cut) ? htmlToText(cut) : decodeEntities(cut);
  return stripped.replace(/\s+/g, " ").trim().slice(0, limit);
}

function firstText(el: XmlElementLike, names: readonly (readonly [string, string])[]): string {
  for (const [name, uri] of names) {
    const text = childText(el, name, uri);
    if (text !== "") return text;
  }
  return "";
}

function rssItem(item: XmlElementLike, uri: string, base: string): FeedItem {
  const guidEl = childNamed(item, "guid", uri);
  const guid = guidEl?.getText().trim() ?? "";
  let link = absoluteLink(childText(item, "link", uri), base) ?? "";
  // A guid that is a permalink (the default in RSS 2.0) is the link when <link> is missing.
  if (link === "" && guidEl && attributeOf(guidEl, "isPermaLink").toLowerCase() !== "false")
    link = absoluteLink(guid, base) ?? "";
  return {
    title: plain(childText(item, "title", uri), 500),
    link,
    guid: guid || attributeIn(item, "about", NS.rdf),
    description: plain(
      firstText(item, [
        ["description", uri],
        ["encoded", NS.content],
      ]),
    ),
    date: feedDate(
      firstText(item, [
        ["pubDate", uri],
        ["date", NS.dc],
      ]),
    ),
  };
}

function atomText(el: XmlElementLike | undefined): string {
  if (!el) return "";
  // type="xhtml" puts the markup as elements: their text is the value.
  return attributeOf(el, "type") === "xhtml" ? el.getValue() : el.getText();
}

function atomLink(entry: XmlElementLike, base: string): string {
  const links = childrenNamed(entry, "link", NS.atom);
  const alternate =
    links.find(
      (l) => (attributeOf(l, "rel") || "alternate") === "alternate" && /html|^$/.test(attributeOf(l, "type")),
    ) ?? links.find((l) => (attributeOf(l, "rel") || "alternate") === "alternate");
  return alternate ? (absoluteLink(attributeOf(alternate, "href"), base) ?? "") : "";
}

function atomEntry(entry: XmlElementLike, base: string): FeedItem {
  return {
    title: plain(atomText(childNamed(entry, "title", NS.atom)), 500),
    link: atomLink(entry, base),
    guid: childText(entry, "id", NS.atom),
    description: plain(
      atomText(childNamed(entry, "summary", NS.atom) ?? childNamed(entry, "content", NS.atom)),
    ),
    date: feedDate(childText(entry, "published", NS.atom) || childText(entry, "updated", NS.atom)),
  };
}

/** xml:base on the element, resolved against the address the document came from. */
function baseOf(el: XmlElementLike, base: string): string {
  const declared = attributeIn(el, "base", NS.xml);
  return declared === "" ? base : (absoluteLink(declared, base) ?? base);
}

/**
 * The items of an RSS or Atom document's root element; `address` is where it was fetched from (for relative
 * links). Throws an Error saying what the document is when it is neither.
 */
export function parseFeed(root: XmlElementLike, address: string): ParsedFeed {
  let kind: ParsedFeed["kind"];
  let channel: XmlElementLike | undefined;
  let items: XmlElementLike[];
  let itemUri: string = NS.none;
  const base = baseOf(root, address);
  if (isElement(root, "rss", NS.none)) {
    kind = "rss";
    channel = childNamed(root, "channel", NS.none);
    if (!channel) throw new Error("the RSS document has no <channel>");
    items = childrenNamed(channel, "item", NS.none);
  } else if (isElement(root, "RDF", NS.rdf)) {
    kind = "rss";
    itemUri = NS.rss1;
    channel = childNamed(root, "channel", NS.rss1);
    items = childrenNamed(root, "item", NS.rss1);
  } else if (isElement(root, "feed", NS.atom)) {
    kind = "atom";
    channel = root;
    items = childrenNamed(root, "entry", NS.atom);
  } else {
    const uri = root.getNamespace().getURI();
    throw new Error(
      `the document is not an RSS or Atom feed (its root element is <${root.getName()}>${uri ? ` in ${uri}` : ""})`,
    );
  }
  const title =
    kind === "atom"
      ? plain(atomText(childNamed(root, "title", NS.atom)), 300)
      : plain(childText(channel!, "title", itemUri), 300);
  const language =
    kind === "atom"
      ? attributeIn(root, "lang", NS.xml)
      : firstText(channel!, [
          ["language", itemUri],
          ["language", NS.dc],
        ]);
  const read = items
    .slice(0, MAX_ITEMS_PER_FEED)
    .map((item) => (kind === "atom" ? atomEntry(item, baseOf(item, base)) : rssItem(item, itemUri, base)));
  return { kind, title, language: language.trim().toLowerCase(), items: read };
}
