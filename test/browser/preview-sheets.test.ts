// The preview in Chromium as a user meets it: the Summary sheet's charts drawn as Sheets draws them, a dialog
// above the grid, a formula's error explained on hover, Add articles naming the lines that are not links,
// and the Processed column in ISO dates near the sample's own days.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { act, clickMenu, openPreview, openTab } from "../../scripts/preview/screenshot";
import { type Preview, startPreview } from "../../scripts/preview/server";
import { DIST_DIR } from "../harness";
import { launchChromium, skipBrowserTests } from "./chromium";

interface Drawn {
  type: string;
  labels: string[];
  values: (number | null)[];
}

const drawn = (page: Page): Promise<Drawn[]> =>
  page.evaluate(() =>
    (window as unknown as { SeriktesCharts: { describeCharts(): Drawn[] } }).SeriktesCharts.describeCharts(),
  );

/** How many pixels of a canvas are painted (not blank): a chart that drew nothing has none. */
const paintedPixels = (page: Page, selector: string): Promise<number> =>
  page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext("2d");
    if (!ctx) return 0;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });

describe.skipIf(skipBrowserTests())("the preview's sheets in Chromium", () => {
  let browser: Browser;
  let preview: Preview;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview({ port: 0 });
    page = await openPreview(browser, preview);
    await page.setViewportSize({ width: 1440, height: 1400 });
    await clickMenu(page, "Set up this spreadsheet");
    await clickMenu(page, "Extract partnerships from new articles");
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it("draws the Summary sheet's charts over the grid: a world map of partner countries, a pie, bars and columns", async () => {
    await clickMenu(page, "Build summary");
    await openTab(page, "Summary");
    const charts = page.locator(".sheet-chart");
    await expect(charts.count()).resolves.toBe(preview.harness.sheet("Summary").charts.length);
    const shown = await drawn(page);
    expect(shown.map((c) => c.type)).toEqual(["choropleth", "pie", "bar", "bar", "bar"]);
    // The map shades the countries the Country table counts, by their counts.
    const byCountry = new Map(shown[0]!.labels.map((name, i) => [name, shown[0]!.values[i]]));
    expect(Object.fromEntries(byCountry)).toEqual({
      Russia: 3,
      China: 1,
      Germany: 1,
      "United Kingdom": 1,
      Japan: 1,
      "South Korea": 1,
      Turkey: 1,
      "United States of America": 1,
    });
    // The status pie and the other charts read their ranges as Sheets does: labels, then counts.
    const statusTable = preview.harness.sheet("Summary").charts[1]!.data.ranges[0]!.getValues().slice(1);
    expect(shown[1]!.labels).toEqual(statusTable.map((r) => String(r[0])));
    expect(shown[1]!.values).toEqual(statusTable.map((r) => r[1]));
    expect(shown[4]!.labels).toContain("L.N. Gumilyov Eurasian National University");
    // Each chart is painted, and sits at its anchor cell over the grid, under the column letters.
    for (const id of ["GEO", "PIE", "BAR", "COLUMN"]) {
      const box = page.locator(`.sheet-chart[data-type="${id}"] canvas`).first();
      await expect(
        paintedPixels(page, `.sheet-chart[data-type="${id}"] canvas >> nth=0`),
      ).resolves.toBeGreaterThan(1000);
      await expect(box.isVisible()).resolves.toBe(true);
    }
    const geo = preview.harness.sheet("Summary").charts[0]!.data.position;
    const anchor = await page.locator(`td[data-r="${geo.row}"][data-c="${geo.column}"]`).boundingBox();
    const map = await page.locator('.sheet-chart[data-type="GEO"]').boundingBox();
    expect(Math.abs(map!.x - anchor!.x)).toBeLessThan(2);
    expect(Math.abs(map!.y - anchor!.y)).toBeLessThan(2);
    await page.screenshot({ path: "test-results/screenshots/preview-summary-charts.png" });
  });

  it("keeps the charting library out of the add-on's bundle", () => {
    const code = readFileSync(join(DIST_DIR, "Code.js"), "utf8");
    for (const word of ["Chart.js", "chartjs", "choropleth", "topojson", "world-atlas"]) {
      expect(code.includes(word), word).toBe(false);
    }
  });

  it("shows a formula's error message on hover, as Sheets does", async () => {
    await openTab(page, "Directory");
    page.once("dialog", (d) => void d.accept("=INSTITUTION(TRUE)"));
    await act(page, "/edit", () => page.locator('td[data-r="2"][data-c="6"]').dblclick());
    const cell = page.locator('td[data-r="2"][data-c="6"]');
    // (The sidebar's poll may redraw the grid in between: wait for the redraw that shows the edit.)
    await expect.poll(() => cell.textContent(), { timeout: 10_000 }).toBe("#ERROR!");
    const message = preview.harness.cell("Directory!F2").error;
    expect(message).toMatch(/name/);
    await expect.poll(() => cell.getAttribute("title")).toBe(`Error\n${message}`);
    await expect(
      cell.evaluate((td) => getComputedStyle(td, "::before").borderTopColor),
    ).resolves.toBeTruthy();
  });

  it("opens a dialog above the grid, its × clickable, and a long message scrolls inside it", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openTab(page, "Sources");
    await clickMenu(page, "Add articles…");
    await page.locator("#modal:not([hidden])").waitFor();
    // Nothing of the grid (its sticky column letters included) covers the dialog's title bar or its ×.
    const close = page.locator("#modal header button");
    const bar = await page.locator("#modal header").boundingBox();
    const covered = await page.evaluate(
      ({ x, y, width, height }) =>
        [0.05, 0.25, 0.5, 0.75, 0.97]
          .flatMap((f) => [0.2, 0.5, 0.8].map((g) => [x + f * width, y + g * height] as const))
          .filter(([px, py]) => !document.elementFromPoint(px, py)?.closest("#modal header"))
          .map(([px]) => Math.round(px)),
      bar!,
    );
    expect(covered).toEqual([]);

    // Add articles: the valid link is fetched, each other line is named, and the pasted text stays to fix.
    const dialog = page.frameLocator("#modal iframe");
    const pasted = [
      "https://news.kaznu.example/en/2025/03/kaznu-tsukuba-agreement?again=1",
      "www.inform.kz/ru/news/123",
      "htp://broken",
      "https://exa mple.com/news",
      "javascript:alert(1)",
      "ftp://files.example.kz/report.pdf",
      ...Array.from({ length: 30 }, (_, i) => `https://no-such-site-${i}.example/news`),
    ].join("\n");
    await dialog.locator("textarea").fill(pasted);
    await dialog.getByRole("button", { name: "Add to Sources" }).click();
    const message = dialog.locator("#message");
    await expect
      .poll(() => message.textContent(), { timeout: 20_000 })
      .toMatch(
        /^5 lines are not valid links, so they were not added: line 2 "www\.inform\.kz\/ru\/news\/123"/,
      );
    await expect(message.textContent()).resolves.toMatch(/Added 31 articles to Sources/);
    await expect(dialog.locator("textarea").inputValue()).resolves.toBe(pasted);
    // The long answer scrolls within the dialog instead of being cut.
    const scroll = await message.evaluate((m) => ({ inner: m.scrollHeight, outer: m.clientHeight }));
    expect(scroll.inner).toBeGreaterThan(scroll.outer);
    await expect(message.evaluate((m) => getComputedStyle(m).overflowY)).resolves.toBe("auto");
    await page.screenshot({ path: "test-results/screenshots/preview-add-articles-invalid.png" });
    await close.click();
    await page.locator("#modal").waitFor({ state: "hidden" });
    const urls = preview.harness.values("Sources").map((r) => String(r[1]));
    expect(urls).not.toContain("www.inform.kz/ru/news/123");
    expect(urls).toContain("https://news.kaznu.example/en/2025/03/kaznu-tsukuba-agreement?again=1");
  });

  it("shows Processed as an ISO date and time, on the sample's days", async () => {
    await openTab(page, "Sources");
    await expect
      .poll(() => page.locator('td[data-r="2"][data-c="7"]').textContent(), { timeout: 10_000 })
      .toMatch(/^2025-03-14 1\d:\d\d$/);
  });
});
