import { describe, expect, it } from "vitest";
import { articleFromHtml } from "../../src/core/page/article";
import { decodeEntities } from "../../src/core/text/entities";

const PAGE = `<!doctype html><html><head><title>Site | KazNU and Wuhan sign MoU</title>
<meta property="og:title" content="KazNU and Wuhan University sign a memorandum">
<meta property="article:published_time" content="2025-02-19T10:00:00+05:00">
<script>var menu = "<p>not text</p>";</script><style>p{color:red}</style></head>
<body><header><nav><ul><li>Home</li><li>News</li></ul></nav></header>
<!-- a comment <p>hidden</p> -->
<article><h1>KazNU and Wuhan University sign a memorandum</h1>
<p>ALMATY, 19 February &ndash; Al-Farabi Kazakh National University and Wuhan University signed a memorandum.</p>
<p>They will open a joint lab &amp; exchange students.<br>Details follow.
<div class="share-buttons">Share on Facebook</div>
<section id="comments"><p>Great news! &mdash; a reader</p></section>
</article>
<aside>Other news: something else</aside><footer>© 2025</footer></body></html>`;

describe("the article in a fetched page", () => {
  it("takes title, date and story, leaving out menus, scripts, share buttons and comments", () => {
    const article = articleFromHtml(PAGE);
    expect(article.title).toBe("KazNU and Wuhan University sign a memorandum");
    expect(article.date).toBe("2025-02-19");
    expect(article.text).toBe(
      [
        "ALMATY, 19 February – Al-Farabi Kazakh National University and Wuhan University signed a memorandum.",
        "They will open a joint lab & exchange students.",
        "Details follow.",
      ].join("\n"),
    );
  });
  it("copes with a page without article, title or date", () => {
    expect(articleFromHtml("<p>Just text</p>")).toEqual({ title: "", date: null, text: "Just text" });
    expect(articleFromHtml("")).toEqual({ title: "", date: null, text: "" });
  });
  it("decodes entities", () => {
    expect(decodeEntities("&lt;b&gt; &#1050;&#x0430;&quot;")).toBe('<b> Ка"');
  });
});
