// The built sidebar (dist/Sidebar.html) in headless Chromium, its google.script.run bridged to the built
// dist/Code.js running on the harness's spreadsheet, used as a person would: select rows, tag, change a
// status, summarize in three languages. Screenshots of each state go to test-results/screenshots/.
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PARTNERSHIP_HEADERS } from "../../src/core/rows/columns";
import { type Harness, loadBundle } from "../harness";
import { type Bridge, openBridged } from "./bridge";
import { launchChromium, skipBrowserTests } from "./chromium";
import { HOSTILE_NAME, PARTNERSHIP_COUNT, rowOf, sidebarWorkbook } from "./sidebar-workbook";

const SHOTS = resolve(import.meta.dirname, "../../test-results/screenshots");
const column = (header: (typeof PARTNERSHIP_HEADERS)[number]) => PARTNERSHIP_HEADERS.indexOf(header);

let browser: Browser;
const skip = skipBrowserTests();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  if (!skip) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Session {
  h: Harness;
  page: Page;
  bridge: Bridge;
  dialogs: string[];
  errors: string[];
}

const open: Page[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.close();
});

/** The spreadsheet with its menu, "Open sidebar" clicked, and the sidebar it showed open in Chromium. */
async function openSidebar(locale = "en-US"): Promise<Session> {
  const h = loadBundle({
    workbook: sidebarWorkbook(),
    activeSheet: "Partnerships",
    user: { locale: locale.slice(0, 2) },
  });
  h.global.onOpen();
  h.menu("Open sidebar");
  const sidebar = h.ui.sidebar;
  if (!sidebar) throw new Error("Open sidebar showed no sidebar");
  expect(sidebar.title).toBe("Seriktes");
  const context = await browser.newContext({
    viewport: { width: 300, height: 760 },
    locale,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const page = await context.newPage();
  open.push(page);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  const bridge = await openBridged(page, h, sidebar.html.getContent());
  return { h, page, bridge, dialogs, errors };
}

/**
 * The README's picture (docs/sidebar.png): the Tag tab and the Summarize tab side by side, as a person sees
 * them at 300 px. Made on request (UPDATE_SCREENSHOTS=1), so a test run leaves the committed file alone.
 */
async function readmePicture(summarize: Page): Promise<void> {
  await summarize.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await summarize.screenshot({ path: join(SHOTS, "summarize-en-top.png") });
  const image = (name: string) =>
    `data:image/png;base64,${readFileSync(join(SHOTS, name)).toString("base64")}`;
  const page = await browser.newPage({ viewport: { width: 664, height: 792 } });
  await page.setContent(
    `<body style="margin:0;padding:16px;background:#f1f3f4;display:flex;gap:32px;align-items:flex-start">${[
      "tag-one-row.png",
      "summarize-en-top.png",
    ]
      .map(
        (name) =>
          `<img src="${image(name)}" style="width:300px;height:760px;object-fit:cover;object-position:top;background:#fff;box-shadow:0 1px 3px rgba(60,64,67,.3)">`,
      )
      .join("")}</body>`,
  );
  await page.screenshot({ path: resolve(SHOTS, "../../docs/sidebar.png") });
  await page.close();
}

/** Controls without an accessible name, and whether the page is wider than the sidebar. */
async function layoutProblems(page: Page): Promise<{ unlabelled: string[]; overflow: number }> {
  const unlabelled = await page
    .locator("button, select, input, textarea, [role=switch], [role=tab], [role=combobox]")
    .evaluateAll((els) =>
      els
        .filter((el) => {
          const named =
            el.getAttribute("aria-label") ||
            (el.getAttribute("aria-labelledby") ?? "")
              .split(" ")
              .some((id) => document.getElementById(id)?.textContent?.trim()) ||
            ((el as HTMLInputElement).labels?.length ?? 0) > 0 ||
            (el.tagName === "BUTTON" && el.textContent?.trim());
          return !named;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  return { unlabelled, overflow };
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

const cellOf = (h: Harness, id: string, header: (typeof PARTNERSHIP_HEADERS)[number]) =>
  h.values("Partnerships")[rowOf(id) - 1]?.[column(header)];

describe.skipIf(skip)("the sidebar's Tag tab", () => {
  it("follows the selection and shows one row: every field, its sources as links, the summary", async () => {
    const { h, page, errors } = await openSidebar();
    await page.getByText("Select a row of Partnerships").waitFor();
    h.select(`Partnerships!B${rowOf("P-000001")}:D${rowOf("P-000001")}`);
    await page.getByRole("heading", { name: "Wuhan University" }).waitFor();
    await expect(page.getByText("China · Al-Farabi Kazakh National University").isVisible()).resolves.toBe(
      true,
    );
    const link = page.getByRole("link", { name: /S-000001/ });
    await expect(link.getAttribute("href")).resolves.toBe("https://example.org/kaznu-wuhan");
    await expect(page.getByText("joint remote sensing lab").isVisible()).resolves.toBe(true);
    await expect(page.getByText("discussed 2024-12-05; signed 2025-02-19").isVisible()).resolves.toBe(true);
    await expect(page.getByLabel("Agreement").inputValue()).resolves.toBe("joint_lab");
    await expect(page.getByLabel("Status").inputValue()).resolves.toBe("signed");
    await expect(page.getByLabel("Partner type").inputValue()).resolves.toBe("university");
    await expect(page.getByRole("switch", { name: "Reviewed" }).getAttribute("aria-checked")).resolves.toBe(
      "false",
    );
    await shot(page, "tag-one-row");
    expect(await layoutProblems(page)).toEqual({ unlabelled: [], overflow: 0 });

    // A new selection shows within a poll.
    h.select(`Partnerships!A${rowOf("P-000003")}`);
    await page.getByRole("heading", { name: "Technical University of Munich" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("adds a tag to three rows at once, by keyboard, in one write", async () => {
    const { h, page } = await openSidebar();
    h.select(`Partnerships!A${rowOf("P-000002")}:P${rowOf("P-000004")}`);
    await page.getByRole("heading", { name: "3 rows selected" }).waitFor();
    // "priority" is on one of the three rows.
    await expect(page.getByText("1/3").isVisible()).resolves.toBe(true);
    h.counters.reset();

    // Keyboard only: Tab to the tag box, type, pick the suggestion with the arrow keys, Enter.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.getAttribute("role") === "combobox")) break;
    }
    await page.keyboard.type("prio");
    await page.getByRole("option", { name: "priority" }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByText("Saved.").waitFor();
    await page.keyboard.type("exchange");
    await page.keyboard.press("Enter");
    // The chip shows at once, on all three rows.
    await page.getByRole("listitem").filter({ hasText: "exchange" }).waitFor();
    await page.getByText("Saved.").waitFor();
    await page.waitForFunction(() => !document.querySelector(".chip-count"));
    await shot(page, "tag-three-rows");
    expect(await layoutProblems(page)).toEqual({ unlabelled: [], overflow: 0 });

    for (const id of ["P-000002", "P-000003", "P-000004"]) {
      const tags = String(cellOf(h, id, "Tags")).split(", ");
      expect(tags).toContain("exchange");
      expect(tags).toContain("priority");
    }
    expect(cellOf(h, "P-000005", "Tags")).toBe("");
    expect(h.counters.writes("Partnerships")).toBe(2);
  });

  it("changes a status from the schema's values and sees the sheet change", async () => {
    const { h, page } = await openSidebar();
    h.select(`Partnerships!C${rowOf("P-000004")}`);
    await page.getByRole("heading", { name: "University of Exeter" }).waitFor();
    await page.getByRole("combobox", { name: "Status" }).selectOption("signed");
    await page.getByText("Saved.").waitFor();
    expect(cellOf(h, "P-000004", "Status")).toBe("signed");
    await page.getByRole("switch", { name: "Reviewed" }).click();
    await page.getByText("Saved.").waitFor();
    expect(cellOf(h, "P-000004", "Reviewed")).toBe(true);
    await shot(page, "tag-status-changed");

    // Several rows: one status for all.
    h.select(`Partnerships!A${rowOf("P-000005")}:A${rowOf("P-000006")}`);
    await page.getByRole("heading", { name: "2 rows selected" }).waitFor();
    await page.getByRole("combobox", { name: "Set status of all" }).selectOption("launched");
    await page.getByText("Saved.").waitFor();
    expect(cellOf(h, "P-000005", "Status")).toBe("launched");
    expect(cellOf(h, "P-000006", "Status")).toBe("launched");
  });

  it("shows a failing server call's message, rolls the edit back and changes nothing", async () => {
    const { h, page } = await openSidebar();
    h.select(`Partnerships!A${rowOf("P-000001")}`);
    await page.getByRole("heading", { name: "Wuhan University" }).waitFor();
    const before = h.values("Partnerships");
    // Another execution holds the document lock for longer than the sidebar waits.
    h.locks.document.holdByOther();
    const input = page.getByRole("combobox", { name: "Add a tag" });
    await input.fill("urgent");
    await input.press("Enter");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      "Another change is being saved; try again in a moment.",
    );
    await page.waitForFunction(() => !document.querySelector(".chips")?.textContent?.includes("urgent"));
    await shot(page, "tag-failed");
    expect(h.values("Partnerships")).toEqual(before);
    h.locks.document.releaseOther();
  });

  it("shows a name written as markup as that text", async () => {
    const { h, page, dialogs } = await openSidebar();
    h.select(`Partnerships!A${rowOf("P-000009")}`);
    await page.getByRole("heading", { name: "Tsinghua University" }).waitFor();
    await expect(page.getByText(`China · ${HOSTILE_NAME}`).isVisible()).resolves.toBe(true);
    await expect(page.locator("img").count()).resolves.toBe(0);
    await shot(page, "tag-markup-name");
    await page.getByRole("tab", { name: "Summarize" }).click();
    await page.getByRole("radio", { name: "All rows" }).check();
    await page.getByText(`${PARTNERSHIP_COUNT} of ${PARTNERSHIP_COUNT} partnerships`).waitFor();
    await page.getByRole("group", { name: "Partnerships to summarize" }).waitFor();
    await page.locator("summary", { hasText: "Filter" }).click();
    await page.getByRole("combobox", { name: "Kazakhstan institution" }).selectOption(HOSTILE_NAME);
    await page.getByText(`1 of ${PARTNERSHIP_COUNT} partnerships`).waitFor();
    const brief = await page.getByRole("textbox", { name: "Brief" }).inputValue();
    expect(brief).toContain(`${HOSTILE_NAME} reported 1 partnership, with China.`);
    await expect(page.locator("img").count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("starts in the user's language and keeps the one they switch to", async () => {
    const { h, page } = await openSidebar("kk-KZ");
    await page.getByRole("tab", { name: "Тегтер" }).waitFor();
    await page.getByText("Көру және тег қосу үшін").waitFor();
    await page.getByRole("combobox", { name: "Тіл" }).selectOption("en");
    await page.getByRole("tab", { name: "Tag" }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await expect.poll(() => h.run("sidebarStart")).toMatchObject({ ok: true, value: { lang: "en" } });
  });

  it("polls at most once every two seconds, and not while hidden", async () => {
    const { page, bridge } = await openSidebar();
    await page.waitForTimeout(6500);
    const times = bridge.callsOf("sidebarSelection").map((c) => c.at);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1990);

    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    const hiddenAt = bridge.calls.length;
    await page.waitForTimeout(4500);
    expect(bridge.calls.length).toBe(hiddenAt);
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.waitForTimeout(500);
    expect(bridge.callsOf("sidebarSelection").length).toBe(times.length + 1);
  });
});

describe.skipIf(skip)("the sidebar's Summarize tab", () => {
  it("counts, draws and writes the brief in English, Russian and Kazakh, and inserts it into Summary", async () => {
    const { h, page } = await openSidebar();
    h.select(`Partnerships!A${rowOf("P-000001")}:A${rowOf("P-000009")}`);
    await page.getByRole("heading", { name: "9 rows selected" }).waitFor();
    await page.getByRole("tab", { name: "Tag" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.getByRole("radio", { name: "Selected rows (9)" }).waitFor();
    await page.getByText("9 of 9 partnerships").waitFor();

    const chart = page.getByRole("img", { name: /^By country:/ });
    await expect(chart.getAttribute("aria-label")).resolves.toBe(
      "By country: China 4, Russia 2, Germany 1, UK 1, USA 1",
    );
    const brief = () => page.getByRole("textbox", { name: /^(Brief|Справка|Анықтама)$/ }).inputValue();
    await expect(brief()).resolves.toBe(
      "From 2024 to 2025, Kazakhstan universities reported 9 partnerships, 4 with China, 2 with Russia and 1 with Germany. " +
        "They include 3 memoranda, 2 joint programmes and 1 branch campus. " +
        "By status: 4 signed, 2 launched, 1 planned and 2 under discussion. " +
        "The most active were Al-Farabi Kazakh National University (2) and Satbayev University (2). " +
        "The busiest month was March 2025, with 3 partnerships.",
    );
    await shot(page, "summarize-en");
    if (process.env.UPDATE_SCREENSHOTS) await readmePicture(page);
    await page.getByRole("button", { name: "Copy" }).click();
    await page.getByText("Copied.").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(await brief());
    await page.locator("summary").click();
    expect(await layoutProblems(page)).toEqual({ unlabelled: [], overflow: 0 });
    await page.locator("summary").click();

    await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
    await page.getByText("Партнёрств: 9 из 9").waitFor();
    await page.waitForFunction(() => document.querySelector("textarea")?.value.includes("зафиксировано"));
    // The English brief's sentences, in Russian: countries in the instrumental, names in Russian.
    await expect(brief()).resolves.toBe(
      "С 2024 по 2025 год у вузов Казахстана зафиксировано 9 партнёрств: 4 с Китаем, 2 с Россией и 1 с Германией. " +
        "Среди них 3 меморандума, 2 совместные программы и 1 филиал. " +
        "По статусу: подписано — 4, запущено — 2, запланировано — 1 и обсуждается — 2. " +
        "Наиболее активны: Казахский национальный университет имени аль-Фараби (2) и " +
        "Казахский национальный исследовательский технический университет имени К.И. Сатпаева (2). " +
        "Больше всего партнёрств — в марте 2025 года (3).",
    );
    await expect(
      page.getByRole("img", { name: /^По странам:/ }).getAttribute("aria-label"),
    ).resolves.toContain("Китай 4");
    await shot(page, "summarize-ru");

    await page.getByRole("combobox", { name: "Язык" }).selectOption("kk");
    await page.waitForFunction(() => document.querySelector("textarea")?.value.includes("серіктестік"));
    await expect(brief()).resolves.toContain(
      "2024–2025 жылдары Қазақстан университеттері бойынша 9 серіктестік тіркелді: Қытаймен 4, Ресеймен 2 және Германиямен 1.",
    );
    await expect(brief()).resolves.toContain("Ең көп серіктестік 2025 жылғы наурызда тіркелді (3).");
    await expect(brief()).resolves.toContain(
      "Олардың ішінде 3 меморандум, 2 бірлескен бағдарлама және 1 филиал бар.",
    );
    await shot(page, "summarize-kk");

    // Filter by a country and a period, by year.
    await page.locator("summary").click();
    await page.getByRole("combobox", { name: "Ел", exact: true }).selectOption("CN");
    await page.getByRole("textbox", { name: "Бастап" }).fill("2025");
    await page.getByRole("textbox", { name: "Бастап" }).press("Enter");
    await page.getByRole("radio", { name: "Жыл бойынша" }).check();
    await page.waitForFunction(() => document.querySelector("textarea")?.value.startsWith("2025 жылы"));
    await expect(brief()).resolves.toContain(
      "2025 жылы Қазақстан университеттері бойынша 2 серіктестік тіркелді, барлығы Қытаймен.",
    );

    const others = { Partnerships: h.values("Partnerships"), Sources: h.values("Sources") };
    await page.getByRole("button", { name: "Summary парағына қою" }).click();
    await page.getByText("Summary!B4 ұяшығына жазылды.").waitFor();
    const summary = h.values("Summary");
    expect(summary[0]).toEqual(["Partnerships summary", "", ""]);
    expect(summary[3]?.[0]).toBe("Brief");
    expect(summary[3]?.[1]).toBe(await brief());
    expect({ Partnerships: h.values("Partnerships"), Sources: h.values("Sources") }).toEqual(others);
  });
});

/** Tag and Summarize side by side, as docs/sidebar-<lang>.png shows a reader of that language. */
async function languagePicture(lang: "ru" | "kk", tag: string, summarize: string): Promise<void> {
  const image = (name: string) =>
    `data:image/png;base64,${readFileSync(join(SHOTS, name)).toString("base64")}`;
  const page = await browser.newPage({ viewport: { width: 664, height: 792 } });
  await page.setContent(
    `<body style="margin:0;padding:16px;background:#f1f3f4;display:flex;gap:32px;align-items:flex-start">${[
      tag,
      summarize,
    ]
      .map(
        (name) =>
          `<img src="${image(name)}" style="width:300px;height:760px;object-fit:cover;object-position:top;background:#fff;box-shadow:0 1px 3px rgba(60,64,67,.3)">`,
      )
      .join("")}</body>`,
  );
  await page.screenshot({ path: resolve(SHOTS, `../../docs/sidebar-${lang}.png`) });
  await page.close();
}

describe.skipIf(skip)("the sidebar for a reader of Russian or Kazakh", () => {
  for (const [lang, locale, want] of [
    [
      "ru",
      "ru-RU",
      {
        heading: "Уханьский университет",
        sub: "Китай · Казахский национальный университет имени аль-Фараби",
        history: "Обсуждается 2024-12-05; Подписано 2025-02-19",
        tab: "Сводка",
        many: "Выделено строк: 9",
        brief: "Справка",
        chart: /^По казахстанским организациям:/,
        longName: "Казахский национальный исследовательский технический университет имени К.И. Сатпаева",
      },
    ],
    [
      "kk",
      "kk-KZ",
      {
        heading: "Ухань университеті",
        sub: "Қытай · Әл-Фараби атындағы Қазақ ұлттық университеті",
        history: "Талқылануда 2024-12-05; Қол қойылды 2025-02-19",
        tab: "Жиынтық",
        many: "Белгіленген жолдар: 9",
        brief: "Анықтама",
        chart: /^Қазақстандық ұйымдар бойынша:/,
        longName: "Әл-Фараби атындағы Қазақ ұлттық университеті",
      },
    ],
  ] as const) {
    it(`shows names, countries and History in ${lang}, and chart labels whole`, async () => {
      const { h, page } = await openSidebar(locale);
      h.select(`Partnerships!A${rowOf("P-000001")}`);
      await page.getByRole("heading", { name: want.heading }).waitFor();
      await expect(page.getByText(want.sub).isVisible()).resolves.toBe(true);
      await expect(page.getByText(want.history).isVisible()).resolves.toBe(true);
      await shot(page, `tag-one-row-${lang}`);

      // Several rows: the list names the sides in the same language.
      h.select(`Partnerships!A${rowOf("P-000001")}:A${rowOf("P-000009")}`);
      await page.getByRole("heading", { name: want.many }).waitFor();
      await expect(
        page.locator(".row-list, ul, ol").getByText(want.heading).first().isVisible(),
      ).resolves.toBe(true);
      await page.getByRole("tab", { name: want.tab }).click();
      await page.getByRole("radio", { name: /\(9\)/ }).waitFor();
      const chart = page.getByRole("img", { name: want.chart });
      await chart.waitFor();
      // The longest name is on the chart whole (wrapped onto lines inside the chart's width), not cut.
      const labels = await chart.locator("text.chart-label").evaluateAll((els) =>
        els.map((el) => ({
          text: Array.from(el.querySelectorAll("tspan"))
            .map((t) => t.textContent)
            .join(" "),
          width: (el as SVGTextElement).getBBox().width,
        })),
      );
      expect(labels.map((l) => l.text)).toContain(want.longName);
      expect(labels.filter((l) => l.text.includes("…"))).toEqual([]);
      const svgWidth = await chart.evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
      for (const l of labels) expect(l.width, l.text).toBeLessThanOrEqual(svgWidth);
      await expect(page.getByRole("textbox", { name: want.brief }).inputValue()).resolves.toContain(
        want.longName,
      );
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await shot(page, `summarize-${lang}-top`);
      expect(await layoutProblems(page)).toEqual({ unlabelled: [], overflow: 0 });
      if (process.env.UPDATE_SCREENSHOTS) {
        await page.screenshot({ path: join(SHOTS, `summarize-${lang}-view.png`) });
        await languagePicture(lang, `tag-one-row-${lang}.png`, `summarize-${lang}-view.png`);
      }
    });
  }

  it("clears a message of one language when the reader switches to another", async () => {
    const { h, page } = await openSidebar();
    h.select(`Partnerships!C${rowOf("P-000004")}`);
    await page.getByRole("heading", { name: "University of Exeter" }).waitFor();
    await page.getByRole("combobox", { name: "Status" }).selectOption("planned");
    await page.getByText("Saved.").waitFor();
    await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
    await page.getByRole("tab", { name: "Теги" }).waitFor();
    await expect(page.locator(".message").count()).resolves.toBe(0);
    // The row is shown in Russian at once, not at the next poll.
    await page.getByRole("heading", { name: "Эксетерский университет" }).waitFor({ timeout: 1500 });
  });

  it("closes the tag suggestions once a tag is added, uncovering the controls below", async () => {
    const { h, page } = await openSidebar();
    h.select(`Partnerships!A${rowOf("P-000002")}:P${rowOf("P-000004")}`);
    await page.getByRole("heading", { name: "3 rows selected" }).waitFor();
    const input = page.getByRole("combobox", { name: "Add a tag" });
    await input.click();
    await input.pressSequentially("prio");
    await page.getByRole("option", { name: "priority" }).click();
    await page.getByText("Saved.").waitFor();
    await expect(page.getByRole("listbox").isHidden()).resolves.toBe(true);
    await expect(input.getAttribute("aria-expanded")).resolves.toBe("false");
    // Nothing lies over "Set status of all" any more.
    const status = page.getByRole("combobox", { name: "Set status of all" });
    const box = await status.boundingBox();
    await expect(
      page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.tagName,
        [box!.x + 8, box!.y + box!.height / 2],
      ),
    ).resolves.toBe("SELECT");
    // Typing again opens them again.
    await input.pressSequentially("ch");
    await page.getByRole("option", { name: "china" }).waitFor();
  });

  it("inserts the brief of the period as typed, and refuses a period that is none", async () => {
    const { h, page } = await openSidebar();
    await page.getByRole("tab", { name: "Summarize" }).click();
    await page.getByRole("radio", { name: "All rows" }).check();
    await page.locator("summary", { hasText: "Filter" }).click();
    const from = page.getByRole("textbox", { name: "From" });
    const to = page.getByRole("textbox", { name: "To" });
    // Typed, never blurred or confirmed with Enter: Insert uses what the boxes show.
    await from.fill("2025-02");
    await to.fill("2025-02");
    await page.getByRole("button", { name: "Insert into Summary sheet" }).click();
    await page.getByText(/^Written to Summary!B\d+\.$/).waitFor();
    const written = () => h.values("Summary").find((r) => r[0] === "Brief")?.[1];
    expect(written()).toMatch(/^In February 2025, Kazakhstan universities reported 2 partnerships/);

    await to.fill("abc");
    const problem = page.getByRole("alert").filter({ hasText: "“abc” is not a period" });
    await problem.waitFor();
    await expect(to.getAttribute("aria-invalid")).resolves.toBe("true");
    await page.getByRole("button", { name: "Insert into Summary sheet" }).click();
    await page.getByText("Correct the period first: the brief would not match it.").waitFor();
    expect(written()).toMatch(/^In February 2025/);
    await shot(page, "summarize-bad-period");
  });
});
