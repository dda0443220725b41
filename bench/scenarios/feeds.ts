// 7. Check feeds on the harness: 20 RSS feeds of 50 items each (8 of each feed's items the corpus's
// partnership news, the others not), through XmlService's fake, relevance judged on every item, each
// partnership's page fetched. The virtual clock costs nothing per call, so a run stops only at its budget
// of fetches (150); the trigger's next run finishes the check. Then a second check, where every item is seen.
import { FEED_HEADERS } from "../../src/core/rows/columns";
import { benchFeeds } from "../corpus/feeds";
import { generateCorpus } from "../corpus/index";
import { directorySheet } from "../corpus/workbook";
import { type Harness, loadHarness } from "../harness";
import { measure, type Stats } from "../measure";
import type { Row, ScenarioReport } from "../report";

const section = "Check feeds";
const FEEDS = 20;
const PER_FEED = 50;
const PARTNERSHIPS = 8;

const fixed = (v: number): Stats => ({ median: v, min: v, max: v, runs: 1 });

function sheetCalls(h: Harness): { reads: number; writes: number } {
  let reads = 0;
  let writes = 0;
  for (const s of Object.values(h.counters.sheets)) {
    reads += s.reads;
    writes += s.writes;
  }
  return { reads, writes };
}

export async function run(): Promise<ScenarioReport> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const feeds = benchFeeds(generateCorpus(FEEDS * PARTNERSHIPS), FEEDS, PER_FEED, PARTNERSHIPS);
  const setup = () => {
    const h = loadHarness({
      fetch: feeds.fixtures,
      workbook: {
        Directory: directorySheet(),
        Feeds: [[...FEED_HEADERS], ...feeds.urls.map((u) => [u, "", "", "TRUE"])],
      },
    });
    h.global.setUpSpreadsheet();
    h.counters.reset();
    return h;
  };
  const label = `${FEEDS} feeds of ${PER_FEED} items (${feeds.partnershipItems} about partnerships)`;

  // The first run, from the menu: stops at its 150 fetches.
  let firstCalls = { reads: 0, writes: 0, total: 0, fetches: 0 };
  const first = measure({ runs: 3, setup }, (h) => {
    const out = h.global.checkFeedsNow();
    firstCalls = {
      ...sheetCalls(h),
      total: h.counters.total(),
      fetches: h.counters.count("UrlFetchApp.fetch"),
    };
    return out;
  });
  rows.push({
    id: "feeds.first_run.ms",
    section,
    what: `Check feeds now, first run: ${label}`,
    unit: "ms",
    value: first.time,
    cpu: first.cpu,
    heap: first.heap,
  });
  rows.push({
    id: "feeds.first_run.fetches",
    section,
    what: "First run: fetches (its budget is 150)",
    unit: "calls",
    value: fixed(firstCalls.fetches),
  });
  rows.push({
    id: "feeds.first_run.sheet_calls",
    section,
    what: "First run: sheet reads + writes",
    unit: "calls",
    value: fixed(firstCalls.reads + firstCalls.writes),
  });
  rows.push({
    id: "feeds.first_run.calls",
    section,
    what: "First run: all service calls",
    unit: "calls",
    value: fixed(firstCalls.total),
  });
  notes.push(`First run: "${String(first.last).slice(0, 200)}"`);

  // The whole check: the first run, then the trigger's runs until it is done.
  let whole = { runs: 0, reads: 0, writes: 0, total: 0, fetches: 0, sources: 0 };
  let done: Harness | undefined;
  const all = measure({ runs: 3, setup }, (h) => {
    h.global.checkFeedsNow();
    let runs = 1;
    while (h.triggers.list().length > 0 && runs < 10) {
      h.clock.advance(61_000);
      const fired = h.fireTriggers();
      if (fired.length > 0) runs++;
      if (!/left: the check goes on/.test(h.ui.toasts.at(-1)?.message ?? "")) break;
    }
    whole = {
      runs,
      ...sheetCalls(h),
      total: h.counters.total(),
      fetches: h.counters.count("UrlFetchApp.fetch"),
      sources: h.values("Sources").length - 1,
    };
    done = h;
    return h.ui.toasts.at(-1)?.message ?? "";
  });
  rows.push({
    id: "feeds.whole.ms",
    section,
    what: `Whole check (${whole.runs} runs): ${label}`,
    unit: "ms",
    value: all.time,
    cpu: all.cpu,
    heap: all.heap,
  });
  rows.push({
    id: "feeds.whole.fetches",
    section,
    what: "Whole check: fetches (20 feeds + pages)",
    unit: "calls",
    value: fixed(whole.fetches),
  });
  rows.push({
    id: "feeds.whole.sheet_calls",
    section,
    what: "Whole check: sheet reads + writes",
    unit: "calls",
    value: fixed(whole.reads + whole.writes),
  });
  rows.push({
    id: "feeds.whole.calls",
    section,
    what: "Whole check: all service calls",
    unit: "calls",
    value: fixed(whole.total),
  });
  notes.push(`Whole check: "${String(all.last).slice(0, 200)}"; Sources rows: ${whole.sources}`);

  // A second check on the same spreadsheet: every item seen, no page fetched.
  if (!done) throw new Error("the check did not run");
  const again = done;
  let secondCalls = { fetches: 0, total: 0 };
  const second = measure(
    {
      runs: 3,
      setup: () => {
        again.counters.reset();
        return again;
      },
    },
    (h) => {
      const out = h.global.checkFeedsNow();
      secondCalls = { fetches: h.counters.count("UrlFetchApp.fetch"), total: h.counters.total() };
      return out;
    },
  );
  rows.push({
    id: "feeds.seen.ms",
    section,
    what: `Check again, every item seen: ${FEEDS} feeds of ${PER_FEED} items`,
    unit: "ms",
    value: second.time,
    cpu: second.cpu,
    heap: second.heap,
  });
  rows.push({
    id: "feeds.seen.fetches",
    section,
    what: "Check again: fetches",
    unit: "calls",
    value: fixed(secondCalls.fetches),
  });
  notes.push(`Check again: "${String(second.last).slice(0, 160)}"`);
  return { scenario: "feeds", rows, notes };
}
