// One run of "Check feeds", as pure computation: the adapter reads the Feeds sheet, the Sources links and the
// seen set once, hands them here with functions that fetch, and writes what comes back once. Each active feed
// is read; each item not seen before is judged; an item about an institution's international cooperation has
// its page fetched and becomes a new Sources row, the others are only counted. The run stops starting fetches
// when its budget is spent; where it stands (feeds done, counts so far) goes in `progress` for the next run.
import { type Cell, cellChecked, cellText } from "../rows/cells";
import type { FetchedPage } from "../rows/extractRun";
import { isUrl } from "../rows/paste";
import { headerMap, RowAccess } from "../rows/table";
import { LANGUAGES } from "../schema";
import type { RunBudget } from "./budget";
import type { FeedItem, FeedRead } from "./item";
import { cleanLink, normaliseLink, siteOf } from "./link";
import type { Relevance } from "./relevance";
import { itemKeys, type SeenSet } from "./seen";

/** Failed checks in a row after which a feed is turned off. */
export const MAX_FAILURES = 5;

export interface FeedCounts {
  /** Items the feed listed. */
  items: number;
  /** Items not seen before. */
  fresh: number;
  /** New items about partnerships, added to Sources. */
  added: number;
  /** New items about something else: counted, not stored. */
  skipped: number;
  /** Added items whose page could not be fetched (Extract tries again). */
  pageErrors: number;
}

export interface CheckTotals extends FeedCounts {
  /** Feeds read, failed ones included. */
  feeds: number;
  failed: number;
  /** Feeds turned off for failing MAX_FAILURES checks in a row. */
  turnedOff: number;
}

/** Where a check stands between runs. */
export interface CheckProgress {
  runs: number;
  /** Keys of the feeds finished in this check. */
  done: string[];
  totals: CheckTotals;
  /** Counts of a feed the previous run stopped inside. */
  partial: Record<string, FeedCounts>;
}

/** A Sources row to add. */
export interface NewSource {
  /** The article's URL, or for an item without a link its title and description. */
  value: string;
  title: string;
  outlet: string;
  language: string;
  date: string | null;
  pageText: string;
  /** Why the page could not be fetched, "" when it was. */
  error: string;
}

/** What to write in one Feeds row. */
export interface FeedUpdate {
  /** Data row (0 = first row under the header) in the values read. */
  row: number;
  /** The feed's URL as read, to find the row again if rows moved meanwhile. */
  address: string;
  /** A new value for Active (true for a blank one, false when turned off), or null to leave it. */
  active: boolean | null;
  failures: number;
  lastResult: string;
}

export interface FeedCheckInput {
  /** The Feeds sheet's values, header row first. */
  feeds: readonly (readonly Cell[])[];
  /** The "Text or URL" values of the Sources rows: an item already there is not added again. */
  sourceValues: Iterable<string>;
  seen: SeenSet;
  progress: CheckProgress | null;
  /** Reads a feed or news-list page (one fetch). */
  readFeed: (address: string) => FeedRead;
  /** Fetches an article's page (one fetch). */
  fetchPage: (url: string) => FetchedPage;
  judge: (item: FeedItem) => Relevance;
  budget: RunBudget;
  onProgress?: (feedsDone: number, feedsTotal: number) => void;
}

export interface FeedCheckOutput {
  updates: FeedUpdate[];
  sources: NewSource[];
  progress: CheckProgress;
  /** Active feeds not finished yet (0: the check is done). */
  remaining: number;
}

export const emptyCounts = (): FeedCounts => ({ items: 0, fresh: 0, added: 0, skipped: 0, pageErrors: 0 });

export const newProgress = (): CheckProgress => ({
  runs: 0,
  done: [],
  totals: { ...emptyCounts(), feeds: 0, failed: 0, turnedOff: 0 },
  partial: {},
});

interface Feed {
  row: number;
  address: string;
  key: string;
  outlet: string;
  language: string;
  blankActive: boolean;
  failures: number;
}

/** The feed key a check remembers a feed by. */
export const feedKey = (address: string): string => normaliseLink(address) ?? address.trim();

/** The active feeds of the Feeds sheet's values, in sheet order, each address once. */
export function activeFeeds(values: readonly (readonly Cell[])[]): Feed[] {
  const [header = [], ...rows] = values;
  const f = new RowAccess(headerMap(header), header.length);
  const out: Feed[] = [];
  const keys = new Set<string>();
  rows.forEach((row, i) => {
    const address = f.text(row, "Feed URL");
    if (address === "") return;
    const active = f.get(row, "Active");
    const blankActive = cellText(active) === "";
    if (!blankActive && !cellChecked(active)) return;
    const key = feedKey(address);
    if (keys.has(key)) return;
    keys.add(key);
    const language = f.text(row, "Language").toLowerCase();
    out.push({
      row: i,
      address,
      key,
      outlet: f.text(row, "Outlet") || siteOf(address),
      language: (LANGUAGES as readonly string[]).includes(language) ? language : "",
      blankActive,
      failures: Math.max(0, Math.floor(Number(f.text(row, "Failures")) || 0)),
    });
  });
  return out;
}

const plural = (n: number, noun: string): string =>
  `${n.toLocaleString("en-US")} ${n === 1 ? noun : `${noun}s`}`;
const ordinal = (n: number): string =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;

/** The Last result of a feed read to the end. */
export function feedResult(c: FeedCounts): string {
  let text = `${plural(c.items, "item")}, ${c.fresh.toLocaleString("en-US")} new`;
  if (c.fresh > 0) {
    const parts: string[] = [];
    if (c.added > 0) parts.push(`${c.added.toLocaleString("en-US")} added to Sources`);
    if (c.skipped > 0) parts.push(`${c.skipped.toLocaleString("en-US")} not about partnerships`);
    text += `: ${parts.join(", ")}`;
  }
  if (c.pageErrors > 0)
    text += ` (${plural(c.pageErrors, "page")} could not be fetched: Extract tries again)`;
  return `${text}.`;
}

/** The Last result of a feed that failed, and whether it is now turned off. */
export function failureResult(error: string, failures: number): { text: string; off: boolean } {
  if (failures >= MAX_FAILURES) {
    return {
      off: true,
      text: `Turned off after ${failures} failed checks in a row. Last error: ${error}. Fix the URL (or the site), then tick Active to check it again.`,
    };
  }
  const streak = failures > 1 ? ` (${ordinal(failures)} failed check in a row)` : "";
  return { off: false, text: `Error${streak}: ${error}` };
}

function addCounts(into: FeedCounts, c: FeedCounts): void {
  into.items += c.items;
  into.fresh += c.fresh;
  into.added += c.added;
  into.skipped += c.skipped;
  into.pageErrors += c.pageErrors;
}

function cloneProgress(p: CheckProgress | null): CheckProgress {
  const base = newProgress();
  if (!p) return base;
  return {
    runs: p.runs,
    done: [...p.done],
    totals: { ...base.totals, ...p.totals },
    partial: Object.fromEntries(Object.entries(p.partial).map(([k, c]) => [k, { ...c }])),
  };
}

export function runFeedCheck(input: FeedCheckInput): FeedCheckOutput {
  const progress = cloneProgress(input.progress);
  progress.runs += 1;
  const done = new Set(progress.done);
  const feeds = activeFeeds(input.feeds);
  const todo = feeds.filter((feed) => !done.has(feed.key));
  const inSources = new Set<string>();
  for (const value of input.sourceValues) {
    if (!isUrl(value)) continue;
    const key = normaliseLink(value);
    if (key) inSources.add(`l:${key}`);
  }
  const updates: FeedUpdate[] = [];
  const sources: NewSource[] = [];
  const { budget, seen } = input;
  let remaining = 0;

  for (const [i, feed] of todo.entries()) {
    if (!budget.canFetch()) {
      remaining = todo.length - i;
      break;
    }
    input.onProgress?.(feeds.length - todo.length + i, feeds.length);
    budget.spend();
    const read = input.readFeed(feed.address);
    if ("error" in read) {
      const failures = feed.failures + 1;
      const { text, off } = failureResult(read.error, failures);
      updates.push({
        row: feed.row,
        address: feed.address,
        active: off ? false : feed.blankActive ? true : null,
        failures,
        lastResult: text,
      });
      progress.totals.feeds += 1;
      progress.totals.failed += 1;
      if (off) progress.totals.turnedOff += 1;
      done.add(feed.key);
      delete progress.partial[feed.key];
      continue;
    }
    const counts = progress.partial[feed.key] ?? emptyCounts();
    counts.items = read.items.length;
    let finished = true;
    for (const item of read.items) {
      let keys = itemKeys(item, feed.address);
      if (keys.length === 0) keys = [`t:${siteOf(feed.address)}#${item.title.slice(0, 300)}`];
      if (seen.has(keys)) continue;
      if (keys.some((key) => inSources.has(key))) {
        seen.add(keys);
        continue;
      }
      const verdict = input.judge(item);
      if (!verdict.relevant) {
        seen.add(keys);
        counts.fresh += 1;
        counts.skipped += 1;
        continue;
      }
      const link = item.link === "" ? "" : (cleanLink(item.link) ?? item.link);
      let page: FetchedPage | null = null;
      if (link !== "") {
        if (!budget.canFetch()) {
          finished = false;
          break;
        }
        budget.spend();
        page = input.fetchPage(link);
      }
      const error = page && "error" in page ? page.error : "";
      const fetched = page && !("error" in page) ? page : null;
      sources.push({
        value: link || [item.title, item.description].filter((t) => t !== "").join("\n\n"),
        title: item.title || fetched?.title || "",
        outlet: feed.outlet,
        language: feed.language,
        date: item.date ?? fetched?.date ?? null,
        pageText: fetched?.text ?? "",
        error,
      });
      seen.add(keys);
      for (const key of keys) inSources.add(key);
      counts.fresh += 1;
      counts.added += 1;
      if (error !== "") counts.pageErrors += 1;
    }
    if (!finished) {
      progress.partial[feed.key] = counts;
      remaining = todo.length - i;
      break;
    }
    delete progress.partial[feed.key];
    done.add(feed.key);
    addCounts(progress.totals, counts);
    progress.totals.feeds += 1;
    updates.push({
      row: feed.row,
      address: feed.address,
      active: feed.blankActive ? true : null,
      failures: 0,
      lastResult: feedResult(counts),
    });
  }
  progress.done = [...done];
  return { updates, sources, progress, remaining };
}
