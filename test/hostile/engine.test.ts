// The engine on hostile pages and texts (bench/corpus/hostile.ts): every step finishes with a sensible
// answer, the bounds that keep it linear hold (a sentence is never longer than MAX_SENTENCE_CHARS, a page
// gives at most one token per character), and an article past its budget stops with OverBudget. How long
// each takes is the bench's business (`npm run bench`, "Hostile input"), not a test's.
import { describe, expect, it } from "vitest";
import { HOSTILE_INPUTS, HOSTILE_SIZES } from "../../bench/corpus/hostile";
import { articleFromHtml, checkArticle, extractArticle, htmlToText } from "../../src/core/api";
import { OverBudget, timeBudget } from "../../src/core/budget";
import { MAX_PAGE_CHARS } from "../../src/core/page/article";
import { attributeOf, scanHtml } from "../../src/core/page/html";
import { csvCell } from "../../src/core/rows/csv";
import { MAX_SENTENCE_CHARS, splitSentences } from "../../src/core/text/sentences";

const LARGE = HOSTILE_SIZES[1];

describe("hostile inputs through the engine", () => {
  for (const input of HOSTILE_INPUTS) {
    it(`reads ${input.name} (${input.what}) at 64 K characters`, () => {
      const text = input.make(LARGE);
      expect(text).toHaveLength(LARGE);
      if (input.page) {
        const page = articleFromHtml(text);
        expect(page.text.length).toBeLessThanOrEqual(text.length);
        expect(page.text).not.toMatch(/<(?:script|style|meta|time|title)\b/i);
      }
      const checked = checkArticle(text);
      // Either a clear reason or the text to read; never an exception.
      if (!checked.ok) expect(checked.message).toMatch(/^(?:No article|Not an article)/);
      let checkpoints = 0;
      const result = extractArticle(text, { checkpoint: () => checkpoints++ });
      expect(["en", "ru", "kk"]).toContain(result.lang);
      // One checkpoint a sentence, and sentences are bounded: the work is bounded per sentence.
      if (checked.ok) {
        const sentences = splitSentences(checked.text);
        for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      }
      expect(checkpoints).toBeLessThanOrEqual(LARGE / 2);
      // A name repeated is one partner, never thousands of rows.
      expect(result.partnerships.length).toBeLessThanOrEqual(input.name === "many-partners" ? 2000 : 5);
    });
  }

  it("finds the pair once in a text that repeats it, and each new partner in a text that lists them", () => {
    const same = extractArticle(HOSTILE_INPUTS.find((i) => i.name === "same-pair")!.make(LARGE));
    expect(same.partnerships.map((p) => [p.kz, p.partner])).toEqual([
      ["Al-Farabi Kazakh National University", "Wuhan University"],
    ]);
  });
});

describe("the page scanner", () => {
  it("gives at most one token per character and reads unterminated constructs to the end, as browsers do", () => {
    for (const input of HOSTILE_INPUTS.filter((i) => i.page)) {
      const html = input.make(HOSTILE_SIZES[0]);
      expect(scanHtml(html).length).toBeLessThanOrEqual(html.length);
    }
    expect(scanHtml("<p>a<!-- never closed <p>b")).toEqual([
      { kind: "tag", name: "p", closing: false, selfClosing: false, attributes: "" },
      { kind: "text", text: "a" },
      { kind: "other" },
    ]);
    expect(scanHtml("a < b << c")).toEqual([{ kind: "text", text: "a < b << c" }]);
    expect(scanHtml("<p>one<meta never closed")).toEqual([
      { kind: "tag", name: "p", closing: false, selfClosing: false, attributes: "" },
      { kind: "text", text: "one" },
    ]);
  });

  it("keeps a script's text out until its own closing tag, whatever case it is written in", () => {
    const tokens = scanHtml("<script>if (a</b) x = '</scripts>'</SCRIPT><p>Text</p>");
    expect(tokens.filter((t) => t.kind === "text")).toEqual([{ kind: "text", text: "Text" }]);
  });

  it("reads attributes quoted, unquoted or bare, and not from inside another attribute's value", () => {
    const [tag] = scanHtml(`<div title=" class=share" data-x class='story main' id=lead hidden>`);
    expect(tag?.kind).toBe("tag");
    if (tag?.kind !== "tag") return;
    expect(attributeOf(tag, "class")).toBe("story main");
    expect(attributeOf(tag, "id")).toBe("lead");
    expect(attributeOf(tag, "data-x")).toBe("");
    expect(attributeOf(tag, "role")).toBe("");
  });

  it("cuts a page longer than its budget before parsing it", () => {
    const page = `<article><p>${"Word ".repeat(MAX_PAGE_CHARS / 5)}</p><p>Past the budget.</p></article>`;
    expect(articleFromHtml(page).text).not.toContain("Past the budget");
  });

  it("takes pasted HTML's text with blocks as lines and dropped elements out", () => {
    expect(htmlToText("<nav>Menu</nav><p>One &amp; two</p><script>x()</script><p>Three</p>").trim()).toBe(
      "One & two\n\nThree",
    );
    // An element that never closes drops nothing.
    expect(htmlToText("<aside>Kept <p>text").trim()).toBe("Kept \ntext");
  });
});

describe("the time budget of one article", () => {
  it("stops an article at the first checkpoint past its time, with the reason in words", () => {
    let clock = 0;
    const checkpoint = timeBudget(30_000, () => clock);
    const text = Array.from({ length: 20 }, (_, i) => `Sentence ${i} about KazNU and Wuhan University.`).join(
      " ",
    );
    let calls = 0;
    const stop = () => {
      calls++;
      clock += 5_000;
      checkpoint();
    };
    expect(() => extractArticle(text, { checkpoint: stop })).toThrow(OverBudget);
    // 30 s at 5 s a sentence: stopped at the seventh sentence, not after all twenty.
    expect(calls).toBe(7);
    expect(() => timeBudget(1000, () => 2000, 0)()).toThrow(/longer than 1 seconds/);
  });
});

describe("CSV cells", () => {
  it("keeps text that a spreadsheet would read as a formula as text, a tab or carriage return first too", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    for (const start of ["+", "-", "@", "\t", "\r"])
      expect(csvCell(`${start}1+1`).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe(`"'\r=1+1"`);
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("Wuhan University")).toBe("Wuhan University");
  });
});
