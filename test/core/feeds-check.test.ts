// Checking feeds as pure computation: relevance in three languages, the seen set, the budget, one check run
// over the Feeds values, and its results written back into fresh sheet values.
import { describe, expect, it } from "vitest";
import { RunBudget } from "../../src/core/feeds/budget";
import {
  type CheckProgress,
  type FeedCheckInput,
  failureResult,
  MAX_FAILURES,
  runFeedCheck,
} from "../../src/core/feeds/check";
import type { FeedItem, FeedRead } from "../../src/core/feeds/item";
import { judgeItem } from "../../src/core/feeds/relevance";
import { checkMessage } from "../../src/core/feeds/report";
import { appendSources, applyFeedUpdates } from "../../src/core/feeds/rows";
import { CHUNK_CHARS, hashKey, itemKeys, MAX_SEEN, SeenSet } from "../../src/core/feeds/seen";
import type { Cell } from "../../src/core/rows/cells";
import { FEED_HEADERS, SOURCE_HEADERS } from "../../src/core/rows/columns";
import { IdAllocator } from "../../src/core/rows/ids";

describe("Relevance", () => {
  const relevant = (title: string, description = "") => judgeItem(title, description).relevant;

  it("takes news of an institution's international cooperation, in English, Russian and Kazakh", () => {
    for (const title of [
      "Satbayev University and Technical University of Munich sign a memorandum on mining research",
      "KazNU signs a memorandum with a Chinese university",
      "Nazarbayev University hosts a delegation from Arizona State University",
      "КазНУ и Уханьский университет подписали соглашение о создании совместной лаборатории",
      "ЕНУ и Казанский федеральный университет обсудили программу двойного диплома",
      "ЕҰУ мен Анкара университеті академиялық ұтқырлық туралы келісімге қол қойды",
      "Абай университеті түрік серіктесімен бірлескен бағдарламаны іске қосты",
    ])
      expect(relevant(title), title).toBe(true);
    // The description tells what the title does not.
    expect(
      relevant(
        "A new chapter for engineering students",
        "Satbayev University signed an agreement with Tomsk Polytechnic University on joint degrees.",
      ),
    ).toBe(true);
  });

  it("leaves out news without an institution, a cooperation or a foreign side", () => {
    const cases: [string, string][] = [
      ["Almaty spring marathon gathers twenty thousand runners", "no institution named"],
      ["Kazakhstan and China sign a memorandum on trade", "no institution named"],
      ["KBTU opens a new dormitory for students", "no cooperation named"],
      ["Tsinghua University ranked first in Asia", "no cooperation named"],
      ["Satbayev University rector met students", "no foreign side"],
      ["KazNU students win a chess olympiad in China", "an event, no foreign institution"],
      ["В Астане открылся новый городской каток", "no institution named"],
      ["Карагандинский университет открыл новый спортзал", "no cooperation named"],
      ["Алматыда көктемгі жәрмеңке өтті", "no institution named"],
      ["Абай университетінде жаңа жатақхана ашылды", "no cooperation named"],
      // A day held is an event, of no foreign side here.
      ["Абай университетінде спорт күні өтті", "no foreign side"],
      ["", "no title or description"],
    ];
    for (const [title, reason] of cases)
      expect(judgeItem(title, ""), title).toEqual({ relevant: false, reason });
  });
});

describe("The seen set", () => {
  it("knows an item by its normalised link or its guid, across feeds", () => {
    const seen = new SeenSet();
    seen.add(
      itemKeys(
        { link: "https://www.site.example/a/1?utm_source=rss", guid: "42" },
        "https://site.example/rss",
      ),
    );
    expect(
      seen.has(itemKeys({ link: "http://site.example/a/1/", guid: "" }, "https://other.example/feed")),
    ).toBe(true);
    expect(seen.has(itemKeys({ link: "", guid: "42" }, "https://site.example/atom"))).toBe(true);
    // A bare guid counts on its own site only.
    expect(seen.has(itemKeys({ link: "", guid: "42" }, "https://other.example/feed"))).toBe(false);
    expect(
      seen.has(itemKeys({ link: "https://site.example/a/2", guid: "" }, "https://site.example/rss")),
    ).toBe(false);
  });

  it("comes back from its stored chunks, and forgets its oldest entries past its size", () => {
    const seen = new SeenSet();
    for (let i = 0; i < MAX_SEEN + 10; i++) seen.add([`l:site.example/a/${i}`]);
    const chunks = seen.toChunks();
    expect(chunks.every((c) => c.length <= CHUNK_CHARS)).toBe(true);
    const back = SeenSet.fromChunks(chunks);
    expect(back.size).toBe(MAX_SEEN);
    expect(back.has(["l:site.example/a/5"])).toBe(false);
    expect(back.has([`l:site.example/a/${MAX_SEEN + 9}`])).toBe(true);
    expect(back.newEntries).toBe(0);
    // Garbage in a property is skipped, not fatal.
    expect(SeenSet.fromChunks(["abc"]).size).toBe(0);
    expect(hashKey("x")).toMatch(/^[A-Za-z0-9_-]{8}$/);
  });
});

describe("The run budget", () => {
  it("allows fetches until the count or the time is spent", () => {
    let now = 0;
    const budget = new RunBudget({ deadline: 100, maxFetches: 2 }, () => now);
    expect(budget.canFetch()).toBe(true);
    budget.spend();
    budget.spend();
    expect(budget.canFetch()).toBe(false);
    const timed = new RunBudget({ deadline: 100, maxFetches: 10 }, () => now);
    now = 100;
    expect(timed.canFetch()).toBe(false);
  });
});

// --- one check run ---

const item = (n: number, title: string, site = "https://a.example"): FeedItem => ({
  title,
  link: `${site}/news/${n}`,
  guid: "",
  description: "",
  date: "2025-03-01",
});
const PARTNERSHIP = "KazNU and Wuhan University sign a memorandum";
const OTHER = "City marathon gathers runners";

function feedsSheet(rows: Cell[][]): Cell[][] {
  return [[...FEED_HEADERS], ...rows.map((r) => FEED_HEADERS.map((_, i) => r[i] ?? ""))];
}

function input(over: Partial<FeedCheckInput> & Pick<FeedCheckInput, "feeds" | "readFeed">): FeedCheckInput {
  return {
    sourceValues: [],
    seen: new SeenSet(),
    progress: null,
    fetchPage: (url) => ({ title: "", date: null, text: `Page of ${url}` }),
    judge: (i) => ({ relevant: i.title === PARTNERSHIP, reason: "" }),
    budget: new RunBudget({ deadline: Number.POSITIVE_INFINITY, maxFetches: 1000 }, () => 0),
    ...over,
  };
}

const rss = (items: FeedItem[]): FeedRead => ({ kind: "rss", title: "", language: "", items });

describe("A check run", () => {
  it("adds each new item about a partnership once, counts the others, and skips what it has seen", () => {
    const feeds = feedsSheet([
      ["https://a.example/rss", "Agency A", "ru", true],
      ["https://b.example/rss", "", "", ""],
      ["https://c.example/rss", "Off", "", false],
    ]);
    const items: Record<string, FeedItem[]> = {
      "https://a.example/rss": [item(1, PARTNERSHIP), item(2, OTHER), item(3, PARTNERSHIP)],
      // b lists a's first story again (another link form) and one of its own.
      "https://b.example/rss": [
        { ...item(1, PARTNERSHIP), link: "http://www.a.example/news/1?utm_source=b" },
        item(4, PARTNERSHIP, "https://b.example"),
      ],
    };
    const read: string[] = [];
    const seen = new SeenSet();
    const run = () =>
      runFeedCheck(
        input({
          feeds,
          seen,
          sourceValues: ["https://a.example/news/3", "a pasted article"],
          readFeed: (address) => {
            read.push(address);
            return rss(items[address]!);
          },
        }),
      );
    const first = run();
    expect(read).toEqual(["https://a.example/rss", "https://b.example/rss"]);
    expect(first.sources.map((s) => [s.value, s.outlet, s.language, s.pageText])).toEqual([
      ["https://a.example/news/1", "Agency A", "ru", "Page of https://a.example/news/1"],
      ["https://b.example/news/4", "b.example", "", "Page of https://b.example/news/4"],
    ]);
    expect(first.updates).toEqual([
      {
        row: 0,
        address: "https://a.example/rss",
        active: null,
        failures: 0,
        lastResult: "3 items, 2 new: 1 added to Sources, 1 not about partnerships.",
      },
      // A blank Active is ticked by the first check.
      {
        row: 1,
        address: "https://b.example/rss",
        active: true,
        failures: 0,
        lastResult: "2 items, 1 new: 1 added to Sources.",
      },
    ]);
    expect(first.remaining).toBe(0);
    expect(checkMessage(first.progress.totals, first.progress.runs)).toBe(
      "2 feeds checked: 3 new items, 2 about partnerships added to Sources.",
    );

    // The next check finds nothing new.
    const second = run();
    expect(second.sources).toEqual([]);
    expect(second.updates.map((u) => u.lastResult)).toEqual(["3 items, 0 new.", "2 items, 0 new."]);
  });

  it("records a failing feed and goes on; the fifth failure in a row turns it off", () => {
    const feeds = feedsSheet([
      ["https://bad.example/rss", "", "", true, "", "", MAX_FAILURES - 1],
      ["https://flaky.example/rss", "", "", true, "", "", 1],
      ["https://a.example/rss", "", "", true],
    ]);
    const out = runFeedCheck(
      input({
        feeds,
        readFeed: (address) =>
          address === "https://a.example/rss"
            ? rss([item(1, PARTNERSHIP)])
            : { error: "the site answered HTTP 503" },
      }),
    );
    expect(out.updates.map((u) => [u.active, u.failures, u.lastResult])).toEqual([
      [false, 5, failureResult("the site answered HTTP 503", 5).text],
      [null, 2, "Error (2nd failed check in a row): the site answered HTTP 503"],
      [null, 0, "1 item, 1 new: 1 added to Sources."],
    ]);
    expect(failureResult("x", 5).text).toBe(
      "Turned off after 5 failed checks in a row. Last error: x. Fix the URL (or the site), then tick Active to check it again.",
    );
    expect(checkMessage(out.progress.totals, 1)).toBe(
      "3 feeds checked: 1 new item, 1 about partnerships added to Sources, 2 feeds failed: see Feeds. 1 feed failed its fifth check in a row and was turned off.",
    );
  });

  it("stops at its budget and the next run goes on from there, nothing lost or doubled", () => {
    const feeds = feedsSheet([
      ["https://a.example/rss", "", "", true],
      ["https://b.example/rss", "", "", true],
    ]);
    const items: Record<string, FeedItem[]> = {
      "https://a.example/rss": [1, 2, 3, 4].map((n) => item(n, PARTNERSHIP)),
      "https://b.example/rss": [
        item(5, PARTNERSHIP, "https://b.example"),
        item(6, OTHER, "https://b.example"),
      ],
    };
    const seen = new SeenSet();
    let progress: CheckProgress | null = null;
    const added: string[] = [];
    const fetchesPerRun: number[] = [];
    for (let run = 0; run < 5; run++) {
      const budget = new RunBudget({ deadline: Number.POSITIVE_INFINITY, maxFetches: 3 }, () => 0);
      const out = runFeedCheck(input({ feeds, seen, progress, budget, readFeed: (a) => rss(items[a]!) }));
      added.push(...out.sources.map((s) => s.value));
      fetchesPerRun.push(budget.used);
      progress = out.progress;
      if (out.remaining === 0) break;
    }
    expect(added).toEqual(
      [1, 2, 3, 4].map((n) => `https://a.example/news/${n}`).concat("https://b.example/news/5"),
    );
    // Run 1: the feed and 2 pages; run 2: the feed again and 2 pages; run 3: feed b and its page.
    expect(fetchesPerRun).toEqual([3, 3, 2]);
    expect(checkMessage(progress!.totals, progress!.runs)).toBe(
      "2 feeds checked: 6 new items, 5 about partnerships added to Sources. (3 runs.)",
    );
  });
});

describe("Writing a check's results", () => {
  it("finds the feed rows again by URL, and appends new Sources rows after the last one", () => {
    const feeds = feedsSheet([
      ["https://user-added.example/rss", "", "", true],
      ["https://a.example/rss", "A", "", ""],
    ]);
    const at = new Date(2025, 2, 3, 9, 0);
    const out = applyFeedUpdates(
      feeds,
      [
        { row: 0, address: "https://a.example/rss", active: true, failures: 0, lastResult: "1 item, 1 new." },
        { row: 5, address: "https://deleted.example/rss", active: null, failures: 1, lastResult: "x" },
      ],
      at,
    );
    expect(out[2]).toEqual(["https://a.example/rss", "A", "", true, at, "1 item, 1 new.", ""]);
    expect(out[1]).toEqual(feeds[1]);

    const header = [...SOURCE_HEADERS];
    const sources: Cell[][] = [
      header,
      ["S-000007", "https://a.example/news/1", ...Array(7).fill("")],
      Array(9).fill(""),
    ];
    const allocator = new IdAllocator("S", ["S-000007"]);
    const { values, ids } = appendSources(
      sources,
      [
        {
          value: "https://a.example/news/1/?utm_source=x",
          title: "dup",
          outlet: "",
          language: "",
          date: null,
          pageText: "",
          error: "",
        },
        {
          value: "https://a.example/news/2",
          title: "T",
          outlet: "A",
          language: "kk",
          date: "2025-03-01",
          pageText: "Body",
          error: "",
        },
        {
          value: "https://a.example/news/3",
          title: "U",
          outlet: "A",
          language: "",
          date: null,
          pageText: "",
          error: "HTTP 404",
        },
      ],
      allocator,
    );
    expect(ids).toEqual(["S-000008", "S-000009"]);
    expect(values.slice(2)).toEqual([
      ["S-000008", "https://a.example/news/2", "T", "A", "kk", "2025-03-01", "", "", "Body"],
      ["S-000009", "https://a.example/news/3", "U", "A", "", "", "", "Error: HTTP 404", ""],
    ]);
  });
});
