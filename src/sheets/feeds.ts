// "Check feeds": every active feed of the Feeds sheet is read, and its new items about an institution's
// international cooperation become Sources rows (their pages fetched, as Add articles does), which Extract then
// reads by itself. The pure work is src/core/feeds; this file reads the sheets and the document's properties
// once, fetches, and writes once. A run stops at its budget of time and fetches and the "feeds" job of this
// document's trigger goes on from there; "Check feeds every day" keeps that job coming back each morning.
import { RunBudget } from "../core/feeds/budget";
import { activeFeeds, type CheckProgress, runFeedCheck } from "../core/feeds/check";
import { judgeItem } from "../core/feeds/relevance";
import { checkMessage } from "../core/feeds/report";
import { appendSources, applyFeedUpdates } from "../core/feeds/rows";
import { SeenSet } from "../core/feeds/seen";
import { cellText } from "../core/rows/cells";
import { FEED_HEADERS, PARTNERSHIP_HEADERS, SHEETS, SOURCE_HEADERS } from "../core/rows/columns";
import { IdAllocator, idsInTable } from "../core/rows/ids";
import { headerMap } from "../core/rows/table";
import { IS_ADDON } from "./deployment";
import { EXTRACT_JOB, READ_BUDGET_MS } from "./extract";
import { fetchPage } from "./fetchPage";
import { readIdCounters } from "./idCounter";
import { documentLock } from "./lock";
import { readFeed } from "./readFeed";
import { cancelJob, jobOverdue, MIN_DELAY_MS, RUN_LIMIT_MS, scheduleJob } from "./schedule";
import { readManaged, readSheet, readTable, writeChanges } from "./tableIo";
import { alert, errorText, plural, type TellResult, toast } from "./tell";
import { readUserDirectory } from "./userDirectory";

/** The job of this document's trigger that checks the feeds (daily, and the rest of a long check). */
export const FEEDS_JOB = "feeds";
/** The most fetches (feeds and pages) in one run: UrlFetchApp's daily quota is shared by every action. */
export const MAX_FETCHES_PER_RUN = 150;
/** The daily check runs at about this hour of the script's time zone. */
export const DAILY_HOUR = 7;
const STATE_KEY = "seriktes.feeds.run";
const DAILY_KEY = "seriktes.feeds.daily";
const SEEN_PREFIX = "seriktes.feeds.seen.";
/** A check left unfinished longer than this is started afresh. */
const STALE_MS = 24 * 3_600_000;
/** A run this long arms its continuation first, in case the platform kills it. */
const ARM_AFTER_MS = 30_000;
const PROGRESS_EVERY_MS = 20_000;
const NEXT_RUN = IS_ADDON ? "in about an hour" : "in a minute";

interface RunState {
  startedAt: number;
  progress: CheckProgress;
}

type Mode = "menu" | "job";

function stateOf(stored: Record<string, string>, now: number): RunState | null {
  const text = stored[STATE_KEY];
  if (!text) return null;
  try {
    const state = JSON.parse(text) as RunState;
    const ok =
      typeof state.startedAt === "number" &&
      Array.isArray(state.progress?.done) &&
      typeof state.progress.totals === "object";
    return ok && now - state.startedAt < STALE_MS ? state : null;
  } catch {
    return null;
  }
}

function seenOf(stored: Record<string, string>): SeenSet {
  const chunks: string[] = [];
  for (let i = 0; stored[`${SEEN_PREFIX}${i}`] !== undefined; i++) chunks.push(stored[`${SEEN_PREFIX}${i}`]!);
  return SeenSet.fromChunks(chunks);
}

/** Saves the seen set and the check's state in one write; removes what is no longer used. */
function saveProperties(stored: Record<string, string>, seen: SeenSet, state: RunState | null): void {
  const props = PropertiesService.getDocumentProperties();
  const values: Record<string, string> = {};
  const chunks = seen.toChunks();
  chunks.forEach((chunk, i) => {
    values[`${SEEN_PREFIX}${i}`] = chunk;
  });
  if (state) values[STATE_KEY] = JSON.stringify(state);
  if (Object.keys(values).length > 0) props.setProperties(values);
  for (const key of Object.keys(stored)) {
    const chunk = key.startsWith(SEEN_PREFIX) ? Number(key.slice(SEEN_PREFIX.length)) : -1;
    if (chunk >= chunks.length || (key === STATE_KEY && !state)) props.deleteProperty(key);
  }
}

/** Milliseconds from now to the next DAILY_HOUR:00 in the script's time zone. */
export function untilDailyCheck(now = new Date()): number {
  const next = new Date(now.getTime());
  next.setHours(DAILY_HOUR, 0, 0, 0);
  if (next.getTime() - now.getTime() < MIN_DELAY_MS) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

const dailyOn = () => PropertiesService.getDocumentProperties().getProperty(DAILY_KEY) === "on";

/** After a check: the next daily one when that is on, else no feeds job. */
function scheduleNext(): void {
  if (dailyOn()) scheduleJob(FEEDS_JOB, untilDailyCheck());
  else cancelJob(FEEDS_JOB);
}

function tell(mode: Mode, message: string, needsUser = false): TellResult {
  if (mode === "menu" && needsUser) alert(message);
  else toast(message, 20);
  return message;
}

function checkAction(mode: Mode): TellResult {
  const lock = documentLock();
  if (!lock.tryLock(5_000)) {
    if (mode === "job") scheduleJob(FEEDS_JOB, MIN_DELAY_MS);
    return tell(
      mode,
      "Another action (a feed check, Extract or Add articles) is changing this spreadsheet right now. Try again in a minute.",
      true,
    );
  }
  try {
    const started = Date.now();
    const { sheet: feedsSheet, table: feeds } = readSheet(SHEETS.feeds, FEED_HEADERS);
    const stored = PropertiesService.getDocumentProperties().getProperties();
    const previous = stateOf(stored, started);
    const total = activeFeeds(feeds.values).length;
    if (total === 0) {
      saveProperties(stored, seenOf(stored), null);
      scheduleNext();
      return tell(
        mode,
        "No feed to check: put the address of an RSS or Atom feed, or of a page listing news, in the Feed URL column of the Feeds sheet (one a row), then choose Check feeds now.",
        true,
      );
    }
    if (mode === "menu" && !previous) toast(`Checking ${plural(total, "feed")}…`, 10);
    const { sheet: sourcesSheet, table: sources } = readSheet(SHEETS.sources, SOURCE_HEADERS);
    const column = headerMap(sources.values[0] ?? []).get("Text or URL");
    const sourceValues =
      column === undefined ? [] : sources.values.slice(1).map((row) => cellText(row[column]));
    const seen = seenOf(stored);
    const extra = readUserDirectory();
    // The dispatcher armed a job's run before it started; a run from the menu arms it once it runs long.
    let armed = mode === "job";
    const now = () => {
      const t = Date.now();
      if (!armed && t - started > ARM_AFTER_MS) {
        armed = true;
        scheduleJob(FEEDS_JOB, RUN_LIMIT_MS + MIN_DELAY_MS);
      }
      return t;
    };
    let lastToast = started;
    const out = runFeedCheck({
      feeds: feeds.values,
      sourceValues,
      seen,
      progress: previous?.progress ?? null,
      readFeed,
      fetchPage,
      judge: (item) => judgeItem(item.title, item.description, extra),
      budget: new RunBudget({ deadline: started + READ_BUDGET_MS, maxFetches: MAX_FETCHES_PER_RUN }, now),
      onProgress: (done, all) => {
        if (Date.now() - lastToast < PROGRESS_EVERY_MS) return;
        lastToast = Date.now();
        toast(`Checking feeds: ${done.toLocaleString("en-US")} of ${all.toLocaleString("en-US")}…`, 10);
      },
    });

    // Written into the sheets as they are now (a row typed meanwhile stays): Sources first, then what was
    // seen, then the Feeds results, so a run stopped midway never loses an article or adds one twice.
    if (out.sources.length > 0) {
      const current = readManaged(sourcesSheet, SOURCE_HEADERS) ?? readTable(sourcesSheet);
      // New IDs above the document's counter and every S- ID either sheet mentions, counter saved first.
      const counters = readIdCounters();
      const { table: partnerships } = readSheet(SHEETS.partnerships, PARTNERSHIP_HEADERS);
      const ids = new IdAllocator(
        "S",
        [...idsInTable(current.values, "S", ["ID"]), ...idsInTable(partnerships.values, "S", ["Sources"])],
        counters.floor("S"),
      );
      const appended = appendSources(current.values, out.sources, ids);
      if (appended.ids.length > 0) {
        counters.save(ids);
        writeChanges(sourcesSheet, current, appended.values);
      }
    }
    const state: RunState | null =
      out.remaining > 0 ? { startedAt: previous?.startedAt ?? started, progress: out.progress } : null;
    saveProperties(stored, seen, state);
    const feedsNow = readManaged(feedsSheet, FEED_HEADERS) ?? readTable(feedsSheet);
    writeChanges(feedsSheet, feedsNow, applyFeedUpdates(feedsNow.values, out.updates, new Date()));

    const { totals, runs } = out.progress;
    if (state) {
      scheduleJob(FEEDS_JOB, MIN_DELAY_MS);
      return tell(
        mode,
        `So far: ${checkMessage(totals, runs)} ${plural(out.remaining, "feed")} left: the check goes on by itself ${NEXT_RUN} (or choose Check feeds now again).`,
      );
    }
    scheduleNext();
    let message = checkMessage(totals, runs);
    if (totals.added > 0) {
      scheduleJob(EXTRACT_JOB, MIN_DELAY_MS);
      message += ` Extract reads the new articles by itself ${NEXT_RUN} (or choose Extract partnerships from new articles now).`;
    }
    return tell(mode, message);
  } catch (error) {
    if (mode === "job") scheduleNext();
    return tell(
      mode,
      `Checking feeds stopped: ${errorText(error)}. Nothing was lost: Check feeds now takes up where it stopped.`,
      true,
    );
  } finally {
    lock.releaseLock();
  }
}

/** Menu: Check feeds now (or go on with a check that stopped at its budget). */
export function checkFeedsNow(): TellResult {
  return checkAction("menu");
}

/** The "feeds" job of this document's trigger: the daily check, or the rest of a long one. */
export function runFeedsJob(): TellResult {
  return checkAction("job");
}

const dayTime = (ms: number): string => {
  const at = new Date(Date.now() + ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
};

/** Menu: Check feeds every day: on. Turning it on again changes nothing (one trigger, one job). */
export function dailyFeedCheckOn(): TellResult {
  const props = PropertiesService.getDocumentProperties();
  props.setProperty(DAILY_KEY, "on");
  const inProgress = props.getProperty(STATE_KEY) !== null;
  const wait = untilDailyCheck();
  if (!inProgress) scheduleJob(FEEDS_JOB, wait);
  const message = `Daily feed check is on: the feeds are checked every day at about ${String(DAILY_HOUR).padStart(2, "0")}:00 (next: ${dayTime(Math.max(wait, MIN_DELAY_MS))}), their news about partnerships added to Sources and extracted. Turn it off with Check feeds every day: off.`;
  alert(message);
  return message;
}

/** Menu: Check feeds every day: off. */
export function dailyFeedCheckOff(): TellResult {
  const props = PropertiesService.getDocumentProperties();
  const wasOn = props.getProperty(DAILY_KEY) === "on";
  props.deleteProperty(DAILY_KEY);
  // A check that stopped at its budget still finishes; only the daily one is called off.
  if (props.getProperty(STATE_KEY) === null) cancelJob(FEEDS_JOB);
  const message = wasOn
    ? "Daily feed check is off. Check feeds now still checks them whenever you choose it."
    : "Daily feed check was not on. Check feeds now checks the feeds whenever you choose it.";
  alert(message);
  return message;
}

/**
 * What the next open should say about a feed check no one watched: one that should have gone on, or a daily
 * check that should have run, and did not (Apps Script may have used up the day's trigger time). Null when all
 * is well. Reads the document's properties only.
 */
export function feedsNotice(): string | null {
  const props = PropertiesService.getDocumentProperties();
  if (!jobOverdue(FEEDS_JOB)) return null;
  const state = stateOf({ [STATE_KEY]: props.getProperty(STATE_KEY) ?? "" }, Date.now());
  if (state) {
    const left = state.progress.totals.feeds;
    return `A feed check (${plural(left, "feed")} read so far) did not go on by itself. Choose Check feeds now to finish it.`;
  }
  if (props.getProperty(DAILY_KEY) === "on")
    return "The daily feed check did not run when it was due. Choose Check feeds now; it is set for the next morning again after that.";
  return null;
}
