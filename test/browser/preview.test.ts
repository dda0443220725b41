// The preview (`npm start`) in Chromium, used as a person would: menu clicks run the bundle, a row click
// selects, the real sidebar follows the selection through the bridged google.script.run, and a dialog's
// page talks to the bundle the same way.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { act, clickMenu, openPreview, openTab, stageScene } from "../../scripts/preview/screenshot";
import { type Preview, startPreview } from "../../scripts/preview/server";
import { launchChromium, skipBrowserTests } from "./chromium";

describe.skipIf(skipBrowserTests())("the preview in Chromium", () => {
  let browser: Browser;
  let preview: Preview;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview({ port: 0 });
    page = await openPreview(browser, preview);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it("extracts the sample articles from the menu, and the sidebar follows the rows clicked", async () => {
    await stageScene(page);
    const grid = page.locator("table.grid");
    await expect(grid.locator("td", { hasText: "P-000001" }).count()).resolves.toBe(1);
    await expect(grid.locator("td", { hasText: /^Technical University of Munich$/ }).count()).resolves.toBe(
      1,
    );
    const selected = preview.harness.spreadsheet.getActiveRange();
    expect([selected.getSheet().getName(), selected.getRow(), selected.getNumRows()]).toEqual([
      "Partnerships",
      2,
      4,
    ]);
    const sidebar = page.frameLocator("#sidebar");
    await sidebar.getByText("Technical University of Munich").first().waitFor({ timeout: 10_000 });
    await sidebar.getByText("Wuhan University").first().waitFor({ timeout: 10_000 });
  });

  it("opens a dialog whose page adds an article through google.script.run", async () => {
    const rowsBefore = preview.harness.values("Sources").length;
    await clickMenu(page, "Add articles…");
    await page.locator("#modal:not([hidden])").waitFor();
    const dialog = page.frameLocator("#modal iframe");
    await dialog
      .locator("textarea")
      .fill(
        "Astana IT University and Tallinn University of Technology signed a memorandum on cybersecurity education on 2 April 2025.",
      );
    await dialog.getByRole("button", { name: "Add to Sources" }).click();
    await expect
      .poll(() => preview.harness.values("Sources").length, { timeout: 10_000 })
      .toBe(rowsBefore + 1);
    await dialog.getByRole("button", { name: "Close" }).click();
    await page.locator("#modal").waitFor({ state: "hidden" });
  });

  it("lets a person type into a cell with a double-click", async () => {
    await openTab(page, "Sources");
    page.once("dialog", (d) => void d.accept("Kazinform"));
    await act(page, "/edit", () => page.locator('td[data-r="2"][data-c="4"]').dblclick());
    expect(preview.harness.cell("Sources!D2").value).toBe("Kazinform");
    await expect(page.locator('td[data-r="2"][data-c="4"]').textContent()).resolves.toBe("Kazinform");
  });
});
