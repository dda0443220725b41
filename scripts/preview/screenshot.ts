// docs/preview.png for the README: the preview driven in Chromium as a person would use it (set up, extract,
// open the Partnerships tab, select rows, open the sidebar), then photographed. `tsx scripts/preview/screenshot.ts`
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../test/browser/chromium";
import { buildAll } from "../build";
import { type Preview, startPreview } from "./server";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Clicks a menu item of the preview page and waits for the page to show its outcome. */
export async function clickMenu(page: Page, caption: string): Promise<void> {
  const done = page.waitForResponse((r) => r.url().endsWith("/view"));
  await page.locator(".menu .item", { hasText: caption }).click();
  await done;
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
  const tab = page.waitForResponse((r) => r.url().endsWith("/view"));
  await page.locator(".tab", { hasText: "Partnerships" }).click();
  await tab;
  const first = page.waitForResponse((r) => r.url().endsWith("/view"));
  await page.locator('td[data-r="2"][data-c="3"]').click();
  await first;
  const second = page.waitForResponse((r) => r.url().endsWith("/view"));
  await page.locator('td[data-r="5"][data-c="3"]').click({ modifiers: ["Shift"] });
  await second;
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
  } finally {
    await browser.close();
    await preview.close();
  }
}
