// A long Extract continued by this document's time-driven trigger, as the platform runs it: triggers kept
// per user and per document, an add-on's trigger at most hourly, a run killed at its time limit, a trigger
// that never fires, a run that fails, and a document lock that is null.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import type { FetchFixtures, Harness, LoadOptions } from "../harness/index";
import { load, PARTNERS, records } from "./helpers";

// A site the published add-on may fetch, so that both builds read the same pages.
const URLS = PARTNERS.map((_, i) => `https://www.inform.kz/en/2025/04/${i + 1}`);
const PAGES: FetchFixtures = Object.fromEntries(
  URLS.map((url, i) => [
    url,
    `<html><head><title>News</title></head><body><article><h1>Satbayev University signs with ${PARTNERS[i]}</h1>
<p>Almaty, ${i + 1} April 2025. Satbayev University and ${PARTNERS[i]} signed a memorandum of understanding on joint research.</p></article></body></html>`,
  ]),
);
const FETCH_MS = 30_000;
const MINUTE = 60_000;

/** 20 URLs in Sources, each page taking 30 virtual seconds to fetch: one run reads 8 of them. */
function longJob(options: LoadOptions = {}, fetchCost: (url: number) => number = () => FETCH_MS): Harness {
  let fetches = 0;
  const h = load({
    fetch: PAGES,
    clock: { costPerCallMs: (method) => (method === "UrlFetchApp.fetch" ? fetchCost(fetches++) : 0) },
    ...options,
  });
  h.menu("Set up this spreadsheet");
  h.put(
    "Sources!B2",
    URLS.map((url) => [url]),
  );
  return h;
}

const unprocessed = (h: Harness) => records(h, "Sources").filter((s) => s.Processed === "").length;
const runState = (h: Harness) => h.properties.document.store.get("seriktes.extract.run");

/** Fires the triggers that come due over `ms`, minute by minute; returns the handlers run. */
function wait(h: Harness, ms: number): string[] {
  const fired: string[] = [];
  for (let t = 0; t < ms; t += MINUTE) {
    h.clock.advance(MINUTE);
    fired.push(...h.fireTriggers());
  }
  return fired;
}

describe("A long Extract's continuation", () => {
  it("touches only this spreadsheet's triggers, not the user's in other spreadsheets", () => {
    const h = longJob();
    h.menu("Extract partnerships from new articles");
    const [mine] = h.triggers.list();
    expect(mine?.eventType).toBe("CLOCK");
    // The same user runs Seriktes in another spreadsheet, whose own long Extract waits for its trigger.
    const elsewhere = h.triggers.addElsewhere({
      handler: mine!.handler,
      documentId: "another-spreadsheet",
      at: h.clock.now() + 30 * MINUTE,
    });

    wait(h, 10 * MINUTE);
    expect(unprocessed(h)).toBe(0);
    expect(h.triggers.list()).toEqual([]);
    expect(elsewhere.deleted).toBe(false);
    expect(h.counters.count("ScriptApp.getProjectTriggers")).toBe(0);
  });

  it("as a published add-on, continues an hour later (its trigger's minimum) and says so", () => {
    const h = longJob({ deployment: "addon" });
    expect(h.menu("Extract partnerships from new articles")).toBe(
      "So far: 8 articles, 8 partnerships (8 new rows), 0 need review. 12 articles left: Extract continues by itself in about an hour (or run it again now).",
    );
    expect(h.triggers.list()).toHaveLength(1);
    expect(wait(h, 59 * MINUTE)).toEqual([]);
    expect(wait(h, 2 * MINUTE)).toEqual(["runScheduledJobs"]);
    expect(unprocessed(h)).toBe(4);
    // Never more than one time-driven trigger per user and document, as an add-on may have.
    expect(h.triggers.list()).toHaveLength(1);
    wait(h, 62 * MINUTE);
    expect(unprocessed(h)).toBe(0);
    expect(h.triggers.list()).toEqual([]);
    expect(h.triggerFailures).toEqual([]);
    expect(h.ui.toasts.at(-1)?.message).toBe(
      "Extract done: 20 articles, 20 partnerships (20 new rows), 0 need review. (3 runs.)",
    );
  });

  it("takes up again a continuation the platform killed at its time limit", () => {
    // The 10th page hangs for 7 minutes, once: the run reading it is killed, with nothing written.
    const h = longJob({}, (n) => (n === 9 ? 7 * MINUTE : FETCH_MS));
    h.menu("Extract partnerships from new articles");
    expect(unprocessed(h)).toBe(12);

    expect(wait(h, MINUTE)).toHaveLength(1);
    expect(h.triggerFailures.map((f) => f.message)).toEqual(["Exceeded maximum execution time"]);
    expect(unprocessed(h)).toBe(12);
    // Armed before it worked, the job comes back by itself and finishes.
    wait(h, 20 * MINUTE);
    expect(unprocessed(h)).toBe(0);
    expect(records(h, "Partnerships")).toHaveLength(20);
    expect(h.triggers.list()).toEqual([]);
    expect(runState(h)).toBeUndefined();
  });

  it("says at the next open that a continuation never came, and Extract goes on from there", () => {
    const h = longJob();
    h.menu("Extract partnerships from new articles");
    // The trigger never fires (the day's trigger time used up, or deleted by hand).
    for (const t of h.triggers.list()) t.deleted = true;
    h.clock.advance(30 * MINUTE);
    h.open();
    expect(h.ui.toasts.at(-1)?.message).toBe(
      "Extract has 12 articles left that did not continue by itself (Apps Script may have used up today's trigger time). Choose Extract partnerships from new articles to go on.",
    );
    h.clock.advance(10 * MINUTE);
    h.menu("Extract partnerships from new articles");
    h.clock.advance(10 * MINUTE);
    h.menu("Extract partnerships from new articles");
    expect(unprocessed(h)).toBe(0);
    expect(h.ui.toasts.at(-1)?.message).toBe(
      "Extract done: 20 articles, 20 partnerships (20 new rows), 0 need review. (3 runs.)",
    );
  });

  it("clears its state when a continuation fails, and says why at the next open", () => {
    const h = longJob();
    h.menu("Extract partnerships from new articles");
    expect(runState(h)).toBeDefined();
    const sources = h.sheet("Sources");
    const read = sources.getDataRange.bind(sources);
    const AppsScriptError = vm.runInContext("Error", h.context) as ErrorConstructor;
    sources.getDataRange = () => {
      throw new AppsScriptError("Service Spreadsheets timed out while accessing document");
    };
    expect(wait(h, 2 * MINUTE)).toHaveLength(1);
    sources.getDataRange = read;

    expect(runState(h)).toBeUndefined();
    expect(h.triggers.list()).toEqual([]);
    h.open();
    expect(h.ui.toasts.at(-1)?.message).toBe(
      "Extract stopped: Service Spreadsheets timed out while accessing document. Run Extract again: it takes up the articles not processed yet.",
    );
    // Told once.
    h.open();
    expect(h.ui.toasts.filter((t) => t.message.startsWith("Extract stopped"))).toHaveLength(2);
  });

  it("runs where getDocumentLock returns null (outside a containing document)", () => {
    const h = longJob({ documentLock: false });
    expect(h.menu("Extract partnerships from new articles")).toMatch(/^So far: 8 articles/);
    wait(h, 10 * MINUTE);
    expect(unprocessed(h)).toBe(0);
    expect(h.locks.script.acquired).toBeGreaterThan(0);
  });
});
