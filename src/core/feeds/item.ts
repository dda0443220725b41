// One news item as a feed or a news-list page gives it.

export interface FeedItem {
  title: string;
  /** Absolute http(s) URL of the article's page, "" when the item has none. */
  link: string;
  /** The feed's own identifier of the item (RSS guid, Atom id), "" when none. */
  guid: string;
  /** Plain text of the item's description or summary (may be empty). */
  description: string;
  /** ISO day of publication, or null. */
  date: string | null;
}

/** What a feed address gave: its items, or why it could not be read. */
export type FeedRead =
  | { kind: FeedKind; title: string; language: string; items: FeedItem[] }
  | { error: string };

export type FeedKind = "rss" | "atom" | "page";

/** The most items taken from one feed in one check: a feed listing thousands is cut, newest first. */
export const MAX_ITEMS_PER_FEED = 200;
/** Characters of a description kept for the relevance judgement. */
export const MAX_DESCRIPTION_CHARS = 2_000;
