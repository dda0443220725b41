// Reading feeds: RSS, RDF and Atom documents through the XmlService fake into items; links made absolute and
// normalised; dates; news-list pages; the text made ready for a strict parser. And the fake's own strictness.
import { describe, expect, it } from "vitest";
import { feedDate } from "../../src/core/feeds/date";
import { absoluteLink, cleanLink, normaliseLink, siteOf } from "../../src/core/feeds/link";
import { newsListItems } from "../../src/core/feeds/newsList";
import { parseFeed } from "../../src/core/feeds/parse";
import { looksLikeXml, prepareXml } from "../../src/core/feeds/xmlText";
import { ATOM_URL, atomFeed, RSS_URL, rssFeed } from "../fixtures/feeds/sample";
import { makeXmlService } from "../harness/index";

const xml = makeXmlService();
const root = (text: string) => xml.parse(text).getRootElement();
const read = (text: string, address = "https://site.example/feed") => parseFeed(root(text), address);

describe("The XmlService fake", () => {
  it("refuses what XmlService refuses, saying the line", () => {
    const cases: [string, RegExp][] = [
      ["<rss><channel><title>A</channel></rss>", /^Error on line 1: .*mismatch/],
      ["<rss>\n<channel>\n<title>A</title>", /^Error on line \d: .*unclosed/],
      ["<rss><title>A & B</title></rss>", /^Error on line 1: The entity name must immediately follow/],
      ["<rss><title>A&nbsp;B</title></rss>", /^Error on line 1: .*entity not found/],
      ["<rss version=2.0></rss>", /^Error on line 1: .*quot/],
      ["<a/><b/>", /^Error on line 1: /],
      ["<a>\u0001</a>", /^Error on line 1: An invalid XML character \(Unicode: 0x1\)/],
      ["<a>&#0;</a>", /^Error on line 1: Character reference "&#0" is an invalid XML character/],
      ['  <?xml version="1.0"?><a/>', /^Error on line 1: /],
      ["", /^Error on line 1: /],
      [
        "<!DOCTYPE html><html><head><meta charset=utf-8></head><body><br></body></html>",
        /^Error on line 1: /,
      ],
    ];
    for (const [text, message] of cases) expect(() => xml.parse(text), text).toThrow(message);
  });

  it("keeps what XmlService keeps: CDATA, comments, references inside CDATA", () => {
    const r = root("<a><!-- a & b --><![CDATA[x & <y>]]> &amp; &#1040;<b>inner</b></a>");
    expect(r.getText()).toBe("x & <y> & А");
    expect(r.getValue()).toBe("x & <y> & Аinner");
  });

  it("matches children by namespace as XmlService does", () => {
    const r = root(
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="urn:m" xml:lang="kk"><entry m:x="1"/></feed>',
    );
    expect(r.getChildren("entry")).toEqual([]);
    const atom = xml.getNamespace("http://www.w3.org/2005/Atom");
    expect(r.getChildren("entry", atom)).toHaveLength(1);
    expect(r.getName()).toBe("feed");
    expect(r.getNamespace().getURI()).toBe("http://www.w3.org/2005/Atom");
    // Namespace declarations are not attributes; xml:lang is one, in the XML namespace.
    expect(r.getAttributes().map((a) => `${a.getName()}|${a.getNamespace().getURI()}`)).toEqual([
      "lang|http://www.w3.org/XML/1998/namespace",
    ]);
    expect(r.getAttribute("lang")).toBeNull();
    expect(r.getAttribute("lang", xml.getXmlNamespace())?.getValue()).toBe("kk");
  });
});

describe("Reading an RSS feed", () => {
  it("gives each item's title, absolute link, guid, plain description and date", () => {
    const feed = read(rssFeed(), RSS_URL);
    expect(feed.kind).toBe("rss");
    expect(feed.language).toBe("ru");
    expect(feed.items).toHaveLength(6);
    expect(feed.items[0]).toEqual({
      title: "Satbayev University and Technical University of Munich sign a memorandum on mining research",
      link: "https://news.agency.example/en/news/2025/03/11/satbayev-tum-mining-memorandum?utm_source=rss&utm_medium=feed",
      guid: "agency:satbayev-tum-mining-memorandum",
      description:
        "The universities will run joint research on ore processing and exchange doctoral students, the rector said.",
      date: "2025-03-11",
    });
    // An HTML entity inside CDATA is decoded once, as the page would show it.
    expect(feed.items[2]!.description).toContain("«КазНУ»");
  });

  it("takes a permalink guid as the link when <link> is missing, and relative links against the feed", () => {
    const feed = read(
      `<rss version="2.0"><channel><title>T</title>
        <item><title>One</title><guid>https://site.example/news/1</guid></item>
        <item><title>Two</title><link>/news/2</link><guid isPermaLink="false">https://site.example/x</guid></item>
        <item><title>Three</title><guid isPermaLink="false">abc</guid></item>
      </channel></rss>`,
    );
    expect(feed.items.map((i) => i.link)).toEqual([
      "https://site.example/news/1",
      "https://site.example/news/2",
      "",
    ]);
  });

  it("reads RSS 1.0 (RDF) with Dublin Core dates", () => {
    const feed = read(`<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
               xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://site.example/"><title>Site</title><dc:language>kk</dc:language></channel>
        <item rdf:about="https://site.example/a/1"><title>A</title><link>https://site.example/a/1</link>
          <dc:date>2025-02-03T10:00:00Z</dc:date></item>
      </rdf:RDF>`);
    expect(feed).toMatchObject({ kind: "rss", language: "kk" });
    expect(feed.items).toEqual([
      {
        title: "A",
        link: "https://site.example/a/1",
        guid: "https://site.example/a/1",
        description: "",
        date: "2025-02-03",
      },
    ]);
  });

  it("says what a document is when it is no feed", () => {
    expect(() => read("<html><body/></html>")).toThrow(
      "the document is not an RSS or Atom feed (its root element is <html>)",
    );
    expect(() => read('<feed xmlns="urn:other"/>')).toThrow("(its root element is <feed> in urn:other)");
    expect(() => read("<rss/>")).toThrow("the RSS document has no <channel>");
  });
});

describe("Reading an Atom feed", () => {
  it("reads entries in the Atom namespace, links under xml:base, HTML summaries as text", () => {
    const feed = read(atomFeed(), ATOM_URL);
    expect(feed.kind).toBe("atom");
    expect(feed.language).toBe("en");
    expect(feed.items).toHaveLength(5);
    expect(feed.items[0]).toEqual({
      title: "Nazarbayev University hosts a delegation from Arizona State University",
      link: "https://press.university.example/news/2025/03/12/nu-arizona-delegation",
      guid: "tag:press.university.example,2025:/news/2025/03/12/nu-arizona-delegation",
      description: "The universities discussed a joint master’s programme in data science.",
      date: "2025-03-12",
    });
  });

  it("prefers the alternate HTML link, and reads xhtml content", () => {
    const feed = read(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Bold <b>news</b></div></title>
        <link rel="enclosure" href="https://site.example/a.mp3"/><link rel="alternate" href="https://site.example/n/1"/>
        <id>urn:1</id><updated>2025-01-31T23:59:00-08:00</updated></entry></feed>`);
    expect(feed.items[0]).toMatchObject({
      title: "Bold news",
      link: "https://site.example/n/1",
      date: "2025-01-31",
    });
  });

  it("an Atom document without its namespace is no Atom feed", () => {
    expect(() => read("<feed><entry/></feed>")).toThrow("not an RSS or Atom feed");
  });
});

describe("Feed text for a strict parser", () => {
  it("drops a byte-order mark and leading blank lines, writes HTML names as numbers outside CDATA", () => {
    expect(
      prepareXml('\ufeff\n  <?xml version="1.0"?><a>&nbsp;&laquo;x&raquo;&amp;<![CDATA[&nbsp;]]></a>'),
    ).toBe('<?xml version="1.0"?><a>&#160;&#171;x&#187;&amp;<![CDATA[&nbsp;]]></a>');
    expect(root(prepareXml("<a>A&nbsp;B &mdash; C</a>")).getText()).toBe("A\u00a0B — C");
    // An unknown name stays for the parser to refuse.
    expect(prepareXml("<a>&bogus;</a>")).toBe("<a>&bogus;</a>");
  });

  it("tells a feed from an HTML page", () => {
    expect(looksLikeXml(rssFeed())).toBe(true);
    expect(looksLikeXml(atomFeed())).toBe(true);
    expect(looksLikeXml("\ufeff<rss version='2.0'>")).toBe(true);
    expect(looksLikeXml("<!DOCTYPE html><html>")).toBe(false);
    expect(
      looksLikeXml('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>'),
    ).toBe(false);
  });
});

describe("Links", () => {
  it("are made absolute as a browser would", () => {
    const base = "https://site.example/news/list/index.html?page=2";
    expect(absoluteLink("../a/1", base)).toBe("https://site.example/news/a/1");
    expect(absoluteLink("/b?x=1#top", base)).toBe("https://site.example/b?x=1");
    expect(absoluteLink("//other.example/c", base)).toBe("https://other.example/c");
    expect(absoluteLink("?page=3", base)).toBe("https://site.example/news/list/index.html?page=3");
    expect(absoluteLink("HTTPS://Site.Example")).toBe("https://site.example/");
    for (const bad of [
      "javascript:alert(1)",
      "mailto:a@b.kz",
      "ftp://site.example/f",
      "https://user:pw@site.example/",
      "https://a b/",
      "",
    ])
      expect(absoluteLink(bad, base), bad).toBeNull();
  });

  it("normalise to one key per page", () => {
    const key = "inform.example/ru/news/123";
    for (const link of [
      "https://inform.example/ru/news/123",
      "HTTP://WWW.Inform.example/ru/news/123/?utm_source=rss&utm_medium=feed#comments",
      "https://inform.example:443/ru//news/123?fbclid=xyz",
    ])
      expect(normaliseLink(link), link).toBe(key);
    expect(normaliseLink("https://site.example/a?b=2&a=1")).toBe(
      normaliseLink("https://site.example/a?a=1&b=2"),
    );
    expect(normaliseLink("https://site.example/a?id=1")).not.toBe(
      normaliseLink("https://site.example/a?id=2"),
    );
    expect(normaliseLink("https://site.example/новости/1")).toBe(
      normaliseLink("https://site.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1"),
    );
    expect(cleanLink("https://www.site.example/a/1?utm_source=x&id=5#top")).toBe(
      "https://www.site.example/a/1?id=5",
    );
    expect(siteOf("https://www.inform.example/ru/")).toBe("inform.example");
  });
});

describe("Feed dates", () => {
  it("reads RFC 822, ISO and dates in words, as the publisher wrote the day", () => {
    expect(feedDate("Tue, 11 Mar 2025 23:30:00 +0500")).toBe("2025-03-11");
    expect(feedDate("11 March 2025")).toBe("2025-03-11");
    expect(feedDate("2025-03-11T23:30:00-08:00")).toBe("2025-03-11");
    expect(feedDate("11 марта 2025")).toBe("2025-03-11");
    expect(feedDate("Wed, 31 Feb 2025 10:00:00 GMT")).toBeNull();
    expect(feedDate("soon")).toBeNull();
    expect(feedDate("")).toBeNull();
  });
});

describe("A news-list page", () => {
  const page = `<html><body><nav><a href="/">Home</a><a href="/news">News</a><a href="/tag/science">Science and research news</a></nav>
    <ul class="news">
      <li><time datetime="2025-03-12">12 March</time>
        <a href="/news/2025/03/12/kaznu-tsinghua"><img src="/i.jpg"></a>
        <a href="/news/2025/03/12/kaznu-tsinghua">KazNU and Tsinghua University sign a memorandum</a></li>
      <li><span class="date">11.03.2025</span>
        <a href="https://site.example/news/2025/03/11/open-day?utm_source=x">Open day for applicants on Saturday</a></li>
      <li><a href="https://other.example/news/2025/03/11/elsewhere">A story on another site entirely</a></li>
      <li><a href="/news/2025/03/10/short">Short</a></li>
      <li><a href="/files/report-2025.pdf">Annual report of the university for 2025</a></li>
    </ul><a href="/news?page=2">Older news from the university archive</a></body></html>`;

  it("gives the article links on the same site with their headlines and dates", () => {
    expect(newsListItems(page, "https://www.site.example/news")).toEqual([
      {
        title: "KazNU and Tsinghua University sign a memorandum",
        link: "https://www.site.example/news/2025/03/12/kaznu-tsinghua",
        guid: "",
        description: "",
        date: "2025-03-12",
      },
      {
        title: "Open day for applicants on Saturday",
        link: "https://site.example/news/2025/03/11/open-day?utm_source=x",
        guid: "",
        description: "",
        date: "2025-03-11",
      },
    ]);
  });

  it("takes the date written after each headline when the page writes it there", () => {
    const after = `<div><a href="/ru/news/101">КазНУ и Уханьский университет подписали соглашение</a><span>10 марта 2025</span></div>
      <div><a href="/ru/news/100">Студенты провели весенний субботник в кампусе</a><span>09.03.2025</span></div>`;
    expect(newsListItems(after, "https://site.example/ru/news").map((i) => i.date)).toEqual([
      "2025-03-10",
      "2025-03-09",
    ]);
  });

  it("reads a page of unclosed links and stray brackets without finding links in it", () => {
    const hostile = `${"<a href='/news/1/x'>".repeat(50_000)}${"<a".repeat(100_000)}`;
    expect(newsListItems(hostile, "https://site.example/")).toEqual([]);
  });
});
