// 5. The sidebar: dist/Sidebar.html in headless Chromium, bridged to the bundle on the harness (the tests'
// bridge), with 1,000 Partnerships rows selected. "First render" is when the page shows "1,000 rows
// selected", read on the page's own clock (from navigation start: HTML, script, sidebarStart and
// sidebarSelection round trips through the bridge, render).
import { openBridged } from "../../test/browser/bridge";
import { hasChromium, launchChromium } from "../../test/browser/chromium";
import { generateCorpus } from "../corpus/index";
import { directorySheet, sourcesSheet } from "../corpus/workbook";
import { loadHarness } from "../harness";
import { measure, stats } from "../measure";
import type { Row, ScenarioReport } from "../report";

const SELECTED = 1000;
const RUNS = 7;
const section = "Sidebar";

export async function run(): Promise<ScenarioReport> {
  if (!hasChromium()) {
    return {
      scenario: "sidebar",
      rows: [],
      skipped: "Chromium not found (apt-get install chromium)",
      notes: [],
    };
  }
  // Partnerships rows as Extract writes them, from 1,000 articles (about 1,150 rows).
  const h = loadHarness({
    workbook: { Directory: directorySheet(), Sources: sourcesSheet(generateCorpus(1000)) },
  });
  h.global.setUpSpreadsheet();
  h.global.extractNewArticles();
  const total = h.values("Partnerships").length - 1;
  if (total < SELECTED) throw new Error(`only ${total} Partnerships rows to select`);
  h.global.onOpen();
  h.select(`Partnerships!A2:P${SELECTED + 1}`);
  h.menu("Open sidebar");
  const html = h.ui.sidebar?.html.getContent();
  if (!html) throw new Error("Open sidebar showed no sidebar");

  // The server side of the first render, on its own.
  const server = measure({ runs: RUNS, warmup: 1, setup: () => h }, (x) => x.run("sidebarSelection", ["en"]));
  const serverResult = server.last;

  const browser = await launchChromium();
  const pageMs: number[] = [];
  const wallMs: number[] = [];
  const heaps: number[] = [];
  let heading = "";
  try {
    const context = await browser.newContext({ viewport: { width: 300, height: 760 }, locale: "en-US" });
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const t0 = performance.now();
      await openBridged(page, h, html);
      await page.waitForFunction(
        () => /selected/.test(document.querySelector("h2.row-title")?.textContent ?? ""),
        undefined,
        { timeout: 30_000, polling: "raf" },
      );
      const wall = performance.now() - t0;
      const onPage = await page.evaluate(() => performance.now());
      heading = await page.evaluate(() => document.querySelector("h2.row-title")?.textContent ?? "");
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const { metrics } = (await cdp.send("Performance.getMetrics")) as {
        metrics: { name: string; value: number }[];
      };
      const used = metrics.find((x) => x.name === "JSHeapUsedSize")?.value;
      if (errors.length > 0) throw new Error(`the sidebar threw: ${errors.join("; ")}`);
      // The first page load warms Chromium up (process, fonts): not counted.
      if (i > 0) {
        pageMs.push(onPage);
        wallMs.push(wall);
        if (used !== undefined) heaps.push(used);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const heap = heaps.length > 0 ? stats(heaps) : undefined;
  const rows: Row[] = [
    {
      id: "sidebar.first_render_ms",
      section,
      what: `time to first render, ${SELECTED.toLocaleString("en-US")} rows selected (page clock)`,
      unit: "ms",
      value: stats(pageMs),
      ...(heap ? { heap } : {}),
    },
    {
      id: "sidebar.first_render_wall_ms",
      section,
      what: "same, from page.goto to render (test side)",
      unit: "ms",
      value: stats(wallMs),
    },
    {
      id: "sidebar.selection_server_ms",
      section,
      what: `sidebarSelection server call, ${SELECTED.toLocaleString("en-US")} rows (harness)`,
      unit: "ms",
      value: server.time,
      cpu: server.cpu,
      heap: server.heap,
    },
  ];
  return {
    scenario: "sidebar",
    rows,
    notes: [
      `page showed "${heading}"; its heap column is the page's JS heap after first render (CDP JSHeapUsedSize), not a peak`,
      `sidebarSelection returned ${JSON.stringify(serverResult).length.toLocaleString("en-US")} characters of JSON`,
      "in Apps Script each google.script.run round trip adds its own latency (typically hundreds of ms), which no local figure includes",
    ],
  };
}
