import { describe, expect, it } from "vitest";
import type { FetchFixtures } from "../harness/index";
import { load, PARTNERS, records } from "./helpers";

const URLS = PARTNERS.map((_, i) => `https://news.example.kz/2025/03/${i + 1}`);

// One page per partner: a news page with its menu, its story and its comments.
const PAGES: FetchFixtures = Object.fromEntries(
  URLS.map((url, i) => [
    url,
    `<html><head><title>News</title></head><body><nav><a>Home</a><a>Politics</a></nav>
<article><h1>Nazarbayev University signs with ${PARTNERS[i]}</h1>
<p>Astana, ${i + 1} March 2025. Nazarbayev University and ${PARTNERS[i]} signed a memorandum of understanding on joint research and student exchange.</p></article>
<div class="comments"><p>Great news from Tsinghua University fans!</p></div></body></html>`,
  ]),
);

describe("A long Extract", () => {
  it("stops at its time box, and the next runs finish the job with nothing lost or doubled", () => {
    // Fetching a page takes 30 virtual seconds: 20 pages cannot be read in one run's 4 minutes.
    const h = load({
      fetch: PAGES,
      clock: { costPerCallMs: (method) => (method === "UrlFetchApp.fetch" ? 30_000 : 0) },
    });
    h.menu("Set up this spreadsheet");
    h.put(
      "Sources!B2",
      URLS.map((url) => [url]),
    );

    const first = h.menu("Extract partnerships from new articles");
    expect(first).toBe(
      "So far: 8 articles, 8 partnerships (8 new rows), 0 need review. 12 articles left: Extract continues by itself in a minute (or run it again now).",
    );
    expect(h.ui.toasts.some((t) => /^Reading articles: \d+ of 20…$/.test(t.message))).toBe(true);
    expect(records(h, "Partnerships")).toHaveLength(8);
    expect(h.triggers.list().map((t) => t.handler)).toEqual(["runScheduledJobs"]);
    // Where the job stands is saved: the 12 rows still unprocessed, and the totals so far.
    expect(records(h, "Sources").filter((s) => s.Processed === "")).toHaveLength(12);
    expect([...h.properties.document.store.keys()]).toContain("seriktes.extract.run");

    // The trigger fires a minute later, and again until the job is done; each run replaces its trigger.
    const fired: string[] = [];
    for (let i = 0; i < 5 && h.triggers.list().length > 0; i++) {
      h.clock.advance(61_000);
      fired.push(...h.fireTriggers());
    }
    expect(fired).toEqual(["runScheduledJobs", "runScheduledJobs"]);
    expect(h.triggers.list()).toEqual([]);
    expect(h.ui.toasts.at(-1)?.message).toBe(
      "Extract done: 20 articles, 20 partnerships (20 new rows), 0 need review. (3 runs.)",
    );

    const rows = records(h, "Partnerships");
    expect(rows.map((r) => r.Partner).sort()).toEqual(
      PARTNERS.map((p) => (p === "KAIST" ? "Korea Advanced Institute of Science and Technology" : p)).sort(),
    );
    expect(new Set(rows.map((r) => r.ID)).size).toBe(20);
    const sources = records(h, "Sources");
    expect(
      sources.every((s) => s.Processed instanceof Date && /^1 partnership: P-\d{6}$/.test(String(s.Result))),
    ).toBe(true);
    // The comments and menu stayed out of the article text kept for each page.
    expect(
      sources.every(
        (s) => !String(s["Page text"]).includes("fans") && !String(s["Page text"]).includes("Politics"),
      ),
    ).toBe(true);
    expect([...h.properties.document.store.keys()]).not.toContain("seriktes.extract.run");
  });
});
