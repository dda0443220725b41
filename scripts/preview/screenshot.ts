// The README's pictures of the preview, driven in Chromium as a person would use it, then photographed
// (`tsx scripts/preview/screenshot.ts`): docs/preview.png (set up, extract, the Partnerships tab, rows
// selected, the sidebar open) and docs/summary.png (Build summary, the Summary sheet with its charts).
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../test/browser/chromium";
import { buildAll } from "../build";
import { type Preview, startPreview } from "./server";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Does something on the page that POSTs to `path`, then waits until the grid asked for after the answer is
 * drawn. (The sidebar's poll also redraws now and then, so only a redraw asked for after the answer counts,
 * and the wait ends when the page has drawn it, not when its bytes arrive.)
 */
export async function act(page: Page, path: string, action: () => Promise<void>): Promise<void> {
  let answered = false;
  let onAnswer: () => void = () => {};
  const answer = new Promise<void>((done) => {
    onAnswer = done;
  });
  let onRedraw: (n: number) => void = () => {};
  const redraw = new Promise<number>((done) => {
    onRedraw = done;
  });
  const onResponse = (r: { url(): string }) => {
    if (new URL(r.url()).pathname === path) {
      answered = true;
      onAnswer();
    }
  };
  const onRequest = (r: { url(): string }) => {
    const url = new URL(r.url());
    if (answered && url.pathname === "/view") onRedraw(Number(url.searchParams.get("n")));
  };
  page.on("response", onResponse);
  page.on("request", onRequest);
  try {
    await action();
    await answer;
    const n = await redraw;
    await page.waitForFunction((k) => Number(document.documentElement.dataset.drawn || 0) >= k, n);
  } finally {
    page.off("response", onResponse);
    page.off("request", onRequest);
  }
}

/** Clicks a menu item of the preview page and waits for the page to show its outcome. */
export async function clickMenu(page: Page, caption: string): Promise<void> {
  await act(page, "/menu", () => page.locator(".menu .item", { hasText: caption }).click());
}

/** Clicks a sheet's tab. */
export async function openTab(page: Page, sheet: string): Promise<void> {
  await act(page, "/activate", () => page.locator(".tab", { hasText: sheet }).click());
}

/** Opens the preview in a page that can reach nothing but the preview server. */
export async function openPreview(browser: Browser, preview: Preview): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 820 } });
  await page.route("**/*", (route) =>
    route.request().url().startsWith(preview.url) ? route.continue() : route.abort(),
  );
  await page.goto(preview.url);
  return page;
}

/** The README's scene: extracted partnerships, two rows selected, the sidebar following the selection. */
export async function stageScene(page: Page): Promise<void> {
  await clickMenu(page, "Set up this spreadsheet");
  await clickMenu(page, "Extract partnerships from new articles");
  await openTab(page, "Partnerships");
  await act(page, "/select", () => page.locator('td[data-r="2"][data-c="3"]').click());
  await act(page, "/select", () =>
    page.locator('td[data-r="5"][data-c="3"]').click({ modifiers: ["Shift"] }),
  );
  await clickMenu(page, "Open sidebar");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAll();
  const preview = await startPreview({ port: 0 });
  const browser = await launchChromium();
  try {
    const page = await openPreview(browser, preview);
    await stageScene(page);
    // Let the sidebar's selection poll answer.
    await page.frameLocator("#sidebar").locator("body").waitFor();
    await page.waitForTimeout(3000);
    const out = resolve(root, "docs/preview.png");
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
    await clickMenu(page, "Build summary");
    await openTab(page, "Summary");
    await page.setViewportSize({ width: 2000, height: 1320 });
    await page.waitForTimeout(500);
    const summary = resolve(root, "docs/summary.png");
    await page.screenshot({ path: summary });
    console.log(`wrote ${summary}`);
  } finally {
    await browser.close();
    await preview.close();
  }
}
