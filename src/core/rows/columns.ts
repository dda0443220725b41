// The headers of the sheets Seriktes keeps. Columns are found by these names, never by position, so a user
// who reorders or adds columns breaks nothing.

export const SHEETS = {
  sources: "Sources",
  partnerships: "Partnerships",
  directory: "Directory",
  summary: "Summary",
  feeds: "Feeds",
} as const;

export const SOURCE_HEADERS = [
  "ID",
  /** What the user pasted: an article's text, or the URL of its page. */
  "Text or URL",
  "Title",
  "Outlet",
  "Language",
  "Date",
  /** When Extract last read the row (blank: not yet, so the next Extract takes it). */
  "Processed",
  /** "3 partnerships: P-000012, ..." or what went wrong. */
  "Result",
  /** The article text taken out of a fetched page (for URL rows). Hidden. */
  "Page text",
] as const;
export type SourceHeader = (typeof SOURCE_HEADERS)[number];

export const PARTNERSHIP_HEADERS = [
  "ID",
  "Date",
  "Kazakhstan side",
  "Partner",
  "Country",
  "Partner type",
  "Agreement",
  "Status",
  "Fields",
  "Tags",
  "Summary",
  "Sources",
  "Reviewed",
  /** Why the engine is unsure of the row and a person should check it; blank when it is sure. */
  "Check",
  "Notes",
  /** The date of each status step: "discussed 2025-01-10; signed 2025-03-12". */
  "History",
  /** What the engine extracted (JSON), kept beside what is shown so a user's edit is detectable. Hidden. */
  "Extracted",
] as const;
export type PartnershipHeader = (typeof PARTNERSHIP_HEADERS)[number];

export const DIRECTORY_HEADERS = ["Name", "Aliases", "Country", "Type", "City"] as const;
export type DirectoryHeader = (typeof DIRECTORY_HEADERS)[number];

export const FEED_HEADERS = [
  /** An RSS or Atom feed, or a news-list page, to check. */
  "Feed URL",
  "Outlet",
  /** en, ru or kk, given to the articles it brings (blank: detected). */
  "Language",
  /** Blank counts as ticked (the first check ticks it); unticked: not checked. */
  "Active",
  "Last checked",
  /** "50 items, 12 new: 2 added to Sources, 10 not about partnerships" or the error. */
  "Last result",
  /** Failed checks in a row; the fifth turns the feed off. Hidden. */
  "Failures",
] as const;
export type FeedHeader = (typeof FEED_HEADERS)[number];
