// Proves the browser pipeline: the built sidebar page loads in headless Chromium and renders, offline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST_DIR } from "../harness";
import { launchChromium, skipBrowserTests } from "./chromium";

describe.skipIf(skipBrowserTests())("Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("loads dist/Sidebar.html and runs its script", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // No network at all: a page that tried to load anything from outside would fail here.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(readFileSync(join(DIST_DIR, "Sidebar.html"), "utf8"));
    await page.waitForFunction(() => (document.getElementById("app")?.childElementCount ?? 0) > 0);
    expect(await page.title()).toBe("Seriktes");
    expect(errors.filter((e) => !/google is not defined/.test(e))).toEqual([]);
    await page.close();
  });
});
