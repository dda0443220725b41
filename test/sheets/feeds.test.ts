// The Feeds sheet and Check feeds, run as Apps Script runs the bundle: the sample RSS and Atom feeds answered
// offline, XmlService the strict fake, the trigger fired on the virtual clock.
import { describe, expect, it } from "vitest";
import { FEED_HEADERS } from "../../src/core/rows/columns";
import {
  ATOM_URL,
  agencyFeeds,
  feedFixtures,
  RSS_STORIES,
  RSS_URL,
  rssFeed,
  storyUrl,
} from "../fixtures/feeds/sample";
import { columnLetter, type FetchFixtures, type Harness } from "../harness/index";
import { load, records } from "./helpers";

const feedRow = (url: string, outlet = "", language = "", active: boolean | "" = "") => [
  url,
  outlet,
  language,
  active,
];

function withFeeds(rows: (string | boolean)[][], fetch: FetchFixtures = feedFixtures(), clock = {}): Harness {
  const h = load({ fetch, clock });
  h.menu("Set up this spreadsheet");
  if (rows.length > 0) h.put("Feeds!A2", rows);
  h.counters.reset();
  return h;
}

const SAMPLE_FEEDS = [
  feedRow(RSS_URL, "News agency (sample)", "", true),
  feedRow(ATOM_URL, "University press office"),
];

describe("The Feeds sheet", () => {
  it("is made by Set up with its headers, drop-downs and checkbox; Failures hidden", () => {
    const h = load();
    h.menu("Set up this spreadsheet");
    expect(h.values("Feeds")[0]).toEqual([...FEED_HEADERS]);
    const col = (name: string) => columnLetter(FEED_HEADERS.indexOf(name as never) + 1);
    expect(h.cell(`Feeds!${col("Feed URL")}2`).validation?.criteria).toBe("TEXT_IS_VALID_URL");
    expect(h.cell(`Feeds!${col("Language")}3`).validation?.values[0]).toEqual(["en", "ru", "kk"]);
    expect(h.cell(`Feeds!${col("Active")}2`).validation?.criteria).toBe("CHECKBOX");
    expect(h.sheet("Feeds").hiddenColumns.has(FEED_HEADERS.indexOf("Failures") + 1)).toBe(true);
    expect(h.cell("Feeds!A1").note).toMatch(/RSS or Atom feed, or of a page listing news/);
  });

  it("puts Check feeds in the menu", () => {
    const h = load();
    expect(h.ui.menuItems().map((i) => i.caption)).toEqual(
      expect.arrayContaining(["Check feeds now", "Check feeds every day: on", "Check feeds every day: off"]),
    );
  });
});

describe("Check feeds now", () => {
  it("adds each new item about a partnership once (en, ru, kk), counts the rest, and says so", () => {
    const h = withFeeds(SAMPLE_FEEDS);
    const message = h.menu("Check feeds now");
    expect(message).toBe(
      "2 feeds checked: 10 new items, 5 about partnerships added to Sources. Extract reads the new articles by itself in a minute (or choose Extract partnerships from new articles now).",
    );
    expect(h.ui.toasts.map((t) => t.message)).toContain("Checking 2 feeds…");
    expect(h.ui.toasts.at(-1)?.message).toBe(message);

    const sources = records(h, "Sources");
    const relevant = RSS_STORIES.filter((s) => s.body.length > 0);
    expect(sources.map((s) => s["Text or URL"])).toEqual([
      // The tracking parameters are left out of the link kept.
      ...relevant.map((s) => storyUrl("rss", s)),
      "https://press.university.example/news/2025/03/12/nu-arizona-delegation",
      "https://press.university.example/news/2025/03/10/abai-metu-birlesken-bagdarlama",
    ]);
    expect(sources[0]).toMatchObject({
      ID: "S-000001",
      Title: "Satbayev University and Technical University of Munich sign a memorandum on mining research",
      Outlet: "News agency (sample)",
      Date: "2025-03-11",
      Processed: "",
    });
    expect(String(sources[1]!["Page text"])).toMatch(/^Алматы, 10 марта 2025 года\. Казахский национальный/);
    // A feed without an outlet is named by its site.
    expect(sources[3]!.Outlet).toBe("University press office");
    // Only the pages of the partnership items were fetched; the other items cost nothing.
    expect(h.fetch.requests.map((r) => r.url)).toHaveLength(2 + 5);

    const feeds = records(h, "Feeds");
    expect(feeds.map((f) => f["Last result"])).toEqual([
      "6 items, 6 new: 3 added to Sources, 3 not about partnerships.",
      // The Atom feed's fifth entry is the agency's Satbayev story again, under another link.
      "5 items, 4 new: 2 added to Sources, 2 not about partnerships.",
    ]);
    expect(feeds.every((f) => f.Active === true && f["Last checked"] instanceof Date)).toBe(true);

    // Extract's job reads them a minute later.
    h.clock.advance(61_000);
    expect(h.fireTriggers()).toEqual(["runScheduledJobs"]);
    const partners = records(h, "Partnerships").map((p) => `${p["Kazakhstan side"]} | ${p.Partner}`);
    expect(partners).toEqual(
      expect.arrayContaining([
        "Satbayev University | Technical University of Munich",
        "Al-Farabi Kazakh National University | Wuhan University",
        "Nazarbayev University | Arizona State University",
      ]),
    );
  });

  it("skips what it has seen across runs: the next check adds nothing and fetches no page", () => {
    const h = withFeeds(SAMPLE_FEEDS);
    h.menu("Check feeds now");
    h.fetch.requests.length = 0;
    // The agency's feed gets one new story in Kazakh, and changes its tracking parameters.
    const story = {
      ...RSS_STORIES[4]!,
      path: "/kk/news/2025/03/13/satbayev-tomsk",
      title: "Сәтбаев университеті мен Томск политехникалық университеті бірлескен зертхана ашты",
      summary: "Зертхана жасанды интеллект саласындағы зерттеулерге арналған.",
      body: [
        "Алматы, 2025 жылғы 13 наурыз. Сәтбаев университеті мен Томск политехникалық университеті бірлескен зертхана ашты.",
      ],
    };
    h.fetch.fixtures[RSS_URL] = {
      headers: { "Content-Type": "application/rss+xml" },
      body: rssFeed([story, ...RSS_STORIES]),
    };
    h.fetch.fixtures[storyUrl("rss", story)] =
      `<html><body><article><h1>${story.title}</h1><p>${story.body[0]}</p></article></body></html>`;
    const message = h.menu("Check feeds now");
    expect(message).toMatch(/^2 feeds checked: 1 new item, 1 about partnerships added to Sources\./);
    expect(h.fetch.requests.map((r) => r.url)).toEqual([RSS_URL, storyUrl("rss", story), ATOM_URL]);
    expect(records(h, "Sources")).toHaveLength(6);
    expect(records(h, "Feeds").map((f) => f["Last result"])).toEqual([
      "7 items, 1 new: 1 added to Sources.",
      "5 items, 0 new.",
    ]);
  });

  it("does not add an article the user pasted before", () => {
    const h = withFeeds(SAMPLE_FEEDS);
    h.put("Sources!B2", [[`${storyUrl("rss", RSS_STORIES[0]!)}/`]]);
    h.menu("Check feeds now");
    const urls = records(h, "Sources").map((s) => s["Text or URL"]);
    expect(urls).toHaveLength(5);
    expect(urls.filter((u) => String(u).includes("satbayev-tum"))).toHaveLength(1);
  });

  it("records a failing and a malformed feed with their errors, and the others go on", () => {
    const fetch = {
      ...feedFixtures(),
      "https://down.example/rss": { status: 503, body: "Service unavailable" },
      "https://broken.example/rss": {
        headers: { "Content-Type": "application/rss+xml" },
        body: '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Unclosed</item></channel></rss>',
      },
      "https://site.example/not-a-feed.pdf": {
        headers: { "Content-Type": "application/pdf" },
        body: "%PDF-1.4",
      },
    };
    const h = withFeeds(
      [
        feedRow("https://down.example/rss"),
        feedRow("https://broken.example/rss"),
        feedRow("https://site.example/not-a-feed.pdf"),
        feedRow("not a link"),
        // The same URL policy as Add articles: no private or loopback address is fetched.
        feedRow("http://169.254.169.254/latest/meta-data"),
        feedRow(RSS_URL),
      ],
      fetch,
    );
    const message = h.menu("Check feeds now");
    expect(message).toMatch(
      /^6 feeds checked: 6 new items, 3 about partnerships added to Sources, 5 feeds failed: see Feeds\./,
    );
    expect(records(h, "Feeds").map((f) => f["Last result"])).toEqual([
      "Error: the site answered HTTP 503",
      'Error: the feed is not well-formed XML (Error on line 3: Opening and ending tag mismatch: "title" != "item")',
      "Error: the link is not a news feed (application/pdf)",
      "Error: not fetched: a link cannot contain spaces, quotes or control characters",
      expect.stringMatching(/^Error: not fetched: .*(private|link-local|metadata)/),
      "6 items, 6 new: 3 added to Sources, 3 not about partnerships.",
    ]);
    expect(records(h, "Sources")).toHaveLength(3);
  });

  it("turns a feed off after five failed checks in a row, with a note; a success in between resets the count", () => {
    let up = false;
    const fetch = {
      ...feedFixtures(),
      "https://flaky.example/rss": () =>
        up ? { headers: { "Content-Type": "application/rss+xml" }, body: rssFeed([]) } : { status: 500 },
    };
    const h = withFeeds([feedRow("https://flaky.example/rss"), feedRow(ATOM_URL)], fetch);
    const result = () => String(records(h, "Feeds")[0]!["Last result"]);
    h.menu("Check feeds now");
    h.menu("Check feeds now");
    expect(result()).toBe("Error (2nd failed check in a row): the site answered HTTP 500");
    up = true;
    h.menu("Check feeds now");
    expect(result()).toBe("0 items, 0 new.");
    up = false;
    for (let i = 0; i < 4; i++) h.menu("Check feeds now");
    expect(records(h, "Feeds")[0]!.Active).toBe(true);
    const fifth = h.menu("Check feeds now");
    expect(fifth).toMatch(/1 feed failed its fifth check in a row and was turned off\./);
    expect(records(h, "Feeds")[0]!.Active).toBe(false);
    expect(result()).toBe(
      "Turned off after 5 failed checks in a row. Last error: the site answered HTTP 500. Fix the URL (or the site), then tick Active to check it again.",
    );
    // Turned off: the next check leaves it alone.
    h.fetch.requests.length = 0;
    h.menu("Check feeds now");
    expect(h.fetch.requests.map((r) => r.url)).toEqual([ATOM_URL]);
  });

  it("reads a news-list page as a feed, and a feed in the charset its XML declaration names", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Новости</title></head><body>
      <nav><a href="/">Главная</a><a href="/ru/news">Новости</a></nav>
      <ul><li><time datetime="2025-03-12">12.03.2025</time>
        <a href="/ru/news/2025/03/12/kbtu-exeter">КБТУ и Эксетерский университет подписали меморандум о сотрудничестве</a></li>
      <li><time datetime="2025-03-11">11.03.2025</time>
        <a href="/ru/news/2025/03/11/open-day">В университете прошёл день открытых дверей</a></li></ul></body></html>`;
    const article =
      "<html><body><article><h1>КБТУ и Эксетерский университет подписали меморандум</h1><p>Алматы, 12 марта 2025 года. Казахстанско-Британский технический университет и Эксетерский университет подписали меморандум о сотрудничестве.</p></article></body></html>";
    const win1251 = rssFeed([RSS_STORIES[2]!]).replace('encoding="UTF-8"', 'encoding="windows-1251"');
    const fetch: FetchFixtures = {
      ...feedFixtures(),
      "https://kbtu.example/ru/news": page,
      "https://kbtu.example/ru/news/2025/03/12/kbtu-exeter": article,
      "https://old.agency.example/rss": {
        headers: { "Content-Type": "application/xml" },
        charset: "windows-1251",
        body: win1251,
      },
    };
    const h = withFeeds(
      [feedRow("https://kbtu.example/ru/news", "KBTU"), feedRow("https://old.agency.example/rss")],
      fetch,
    );
    expect(h.menu("Check feeds now")).toMatch(
      /^2 feeds checked: 3 new items, 2 about partnerships added to Sources\./,
    );
    const sources = records(h, "Sources");
    expect(sources.map((s) => [s["Text or URL"], s.Title, s.Date])).toEqual([
      [
        "https://kbtu.example/ru/news/2025/03/12/kbtu-exeter",
        "КБТУ и Эксетерский университет подписали меморандум о сотрудничестве",
        "2025-03-12",
      ],
      [storyUrl("rss", RSS_STORIES[2]!), RSS_STORIES[2]!.title, "2025-03-10"],
    ]);
    expect(records(h, "Feeds").map((f) => f["Last result"])).toEqual([
      "2 items, 2 new: 1 added to Sources, 1 not about partnerships.",
      "1 item, 1 new: 1 added to Sources.",
    ]);
  });

  it("says what to do when the Feeds sheet has no feed", () => {
    const h = withFeeds([]);
    const message = h.menu("Check feeds now");
    expect(message).toMatch(/^No feed to check: put the address of an RSS or Atom feed/);
    expect(h.ui.alerts.at(-1)).toBe(message);
  });

  it("reads the sheets and writes them a constant number of times, whatever the number of feeds", () => {
    const calls = (n: number) => {
      const { urls, fixtures } = agencyFeeds(n);
      const rows = urls.map((url) => feedRow(url));
      const fetch = fixtures;
      const h = withFeeds(rows, fetch);
      h.menu("Check feeds now");
      expect(records(h, "Sources")).toHaveLength(3 * n);
      return ["Feeds", "Sources", "Directory"].map((s) => [s, h.counters.reads(s), h.counters.writes(s)]);
    };
    expect(calls(2)).toEqual(calls(12));
  });
});

describe("A long check", () => {
  it("stops at its time budget and continues by itself until done, nothing lost or doubled", () => {
    // Each fetch takes 20 virtual seconds: 20 feeds and their pages cannot be read in one run's 4 minutes.
    const { urls, fixtures: fetch } = agencyFeeds(8);
    const rows = urls.map((url) => feedRow(url));
    const h = withFeeds(rows, fetch, {
      costPerCallMs: (m: string) => (m === "UrlFetchApp.fetch" ? 20_000 : 0),
    });
    const first = String(h.menu("Check feeds now"));
    expect(first).toMatch(
      /^So far: \d feeds? checked: .* \d feeds? left: the check goes on by itself in a minute/,
    );
    expect(h.triggers.list().map((t) => t.handler)).toEqual(["runScheduledJobs"]);

    for (let i = 0; i < 10 && !/^8 feeds checked/.test(h.ui.toasts.at(-1)?.message ?? ""); i++) {
      h.clock.advance(61_000);
      h.fireTriggers();
    }
    expect(h.ui.toasts.at(-1)?.message).toMatch(
      /^8 feeds checked: 48 new items, 24 about partnerships added to Sources\. \(\d runs\.\) Extract reads/,
    );
    const added = records(h, "Sources").map((s) => s["Text or URL"]);
    expect(added).toHaveLength(24);
    expect(new Set(added).size).toBe(24);
  });
});

describe("Check feeds every day", () => {
  it("switched on twice makes one trigger; off removes it; the morning's check runs by itself", () => {
    const h = withFeeds(SAMPLE_FEEDS);
    h.menu("Check feeds every day: on");
    h.menu("Check feeds every day: on");
    expect(h.triggers.list()).toHaveLength(1);
    expect(h.ui.alerts.at(-1)).toMatch(
      /^Daily feed check is on: the feeds are checked every day at about 07:00/,
    );
    h.menu("Check feeds every day: off");
    expect(h.triggers.list()).toHaveLength(0);

    h.menu("Check feeds every day: on");
    // 2025-03-03 15:00 in Almaty: the check runs the next morning, and sets itself for the morning after.
    h.clock.advance(24 * 3_600_000);
    expect(h.fireTriggers()).toEqual(["runScheduledJobs"]);
    expect(records(h, "Sources")).toHaveLength(5);
    expect(h.triggers.list()).toHaveLength(1);
  });
});

describe("A check no one watched", () => {
  it("is told at the next open when the daily check did not run", () => {
    const h = withFeeds(SAMPLE_FEEDS);
    h.menu("Check feeds every day: on");
    // The trigger never fires (the day's trigger time used up, or deleted by hand).
    for (const t of h.triggers.list()) t.deleted = true;
    h.clock.advance(2 * 24 * 3_600_000);
    h.call("onOpen");
    expect(h.ui.toasts.at(-1)?.message).toBe(
      "The daily feed check did not run when it was due. Choose Check feeds now; it is set for the next morning again after that.",
    );
    h.menu("Check feeds now");
    expect(records(h, "Sources")).toHaveLength(5);
    expect(h.triggers.list()).toHaveLength(1);
  });
});

describe("As a published add-on", () => {
  it("keeps one time-driven trigger, at least an hour away, for the daily check and a long check alike", () => {
    const HOUR = 3_600_000;
    // Ten feeds on a site the add-on may fetch, each page 20 virtual seconds: more than one run's 4 minutes.
    const { urls, fixtures: fetch } = agencyFeeds(10, "https://www.inform.kz");
    const rows = urls.map((url) => feedRow(url));
    const h = load({
      deployment: "addon",
      fetch,
      clock: { costPerCallMs: (m: string) => (m === "UrlFetchApp.fetch" ? 20_000 : 0) },
    });
    h.menu("Set up this spreadsheet");
    h.put("Feeds!A2", rows);
    h.menu("Check feeds every day: on");
    h.menu("Check feeds every day: on");
    expect(h.triggers.list()).toHaveLength(1);

    expect(String(h.menu("Check feeds now"))).toMatch(/left: the check goes on by itself in about an hour/);
    expect(h.triggers.list()).toHaveLength(1);
    h.clock.advance(59 * 60_000);
    expect(h.fireTriggers()).toEqual([]);
    for (let i = 0; i < 6 && !/^10 feeds checked/.test(h.ui.toasts.at(-1)?.message ?? ""); i++) {
      h.clock.advance(HOUR + 60_000);
      h.fireTriggers();
      expect(h.triggers.list()).toHaveLength(1);
    }
    expect(h.ui.toasts.at(-1)?.message).toMatch(
      /^10 feeds checked: 60 new items, 30 about partnerships added to Sources\./,
    );
    expect(h.triggerFailures).toEqual([]);
    // Done, the daily check stays set: still the one trigger.
    expect(h.triggers.list()).toHaveLength(1);
  });
});
