// What a pasted line is: a web link to fetch, a line meant as a link that is not a valid one, or article text.
import { describe, expect, it } from "vitest";
import { classifyLine } from "../../src/core/rows/linkLine";
import { splitPasted } from "../../src/core/rows/paste";

const reason = (line: string) => {
  const k = classifyLine(line);
  return k.kind === "invalid" ? k.reason : k.kind;
};

describe("a pasted line", () => {
  it("is a web link when it is http(s) with a site name and nothing a link cannot hold", () => {
    for (const url of [
      "https://www.inform.kz/ru/news/123",
      "http://kaznu.kz",
      "https://astanatimes.com/2025/03/kaznu?utm=1#top",
      "https://xn--80aaxitdbjk.xn--p1ai/news",
      "https://қазақстан.kz/жаңалықтар/1",
      "HTTPS://ENU.KZ/RU",
      "https://news.example.kz:8443/a",
      "https://[2001:db8::1]/a",
    ]) {
      expect(classifyLine(`  ${url} `), url).toEqual({ kind: "url", url });
    }
  });

  it("is not a valid link, with the reason in words, when it is meant as one but broken", () => {
    expect(reason("www.inform.kz/ru/news/123")).toBe(
      "add https:// in front: https://www.inform.kz/ru/news/123",
    );
    expect(reason("inform.kz/ru/news/123")).toBe("add https:// in front: https://inform.kz/ru/news/123");
    expect(reason("htp://broken")).toBe('"htp://" is a misspelt http:// or https://');
    expect(reason("https://exa mple.com/news")).toBe("a link cannot contain a space");
    expect(reason("javascript:alert(document.cookie)")).toBe('"javascript:" is not a web page\'s link');
    expect(reason("JavaScript:void(0)")).toBe('"javascript:" is not a web page\'s link');
    expect(reason("data:text/html;base64,PHNjcmlwdD4=")).toBe('"data:" is not a web page\'s link');
    expect(reason("ftp://files.example.kz/report.pdf")).toBe(
      '"ftp://" links are not web pages: only http:// and https:// can be fetched',
    );
    expect(reason("https://")).toBe("there is no site name after the scheme");
    expect(reason("https://kaznu/news")).toBe('"kaznu" is not a site name (no domain such as .kz)');
    expect(reason("https://-bad-.kz/")).toBe('"-bad-.kz" is not a site name');
    expect(reason("https://999.1.1.1/")).toBe('"999.1.1.1" is not an IP address');
    expect(reason("https://user:secret@enu.kz/")).toBe(
      "it holds a user name or password before the site name",
    );
    expect(reason("https://enu.kz:99999/")).toBe('":99999" is not a port number');
    expect(reason('https://enu.kz/"onmouseover="x')).toBe('a link cannot contain the character "\\""');
  });

  it("is text when it is a sentence, even one that mentions a site", () => {
    for (const line of [
      "KazNU and Wuhan University signed a memorandum.",
      "Source: https://inform.kz/ru/news/1",
      "Data: 2025",
      "e.g.",
      "Алматы, 19 февраля 2025 года.",
    ]) {
      expect(classifyLine(line).kind, line).toBe("text");
    }
  });

  it("takes a block of links line by line: the valid ones are fetched, the others named by line", () => {
    const items = splitPasted(
      [
        "https://www.inform.kz/ru/news/1",
        "ftp://files.example.kz/a.pdf",
        "www.inform.kz/ru/news/123",
        "",
        "https://enu.kz/news/2",
        "---",
        "KazNU signed a memorandum with Wuhan University.",
        "https://kaznu.kz/en/news/3",
      ].join("\r\n"),
    );
    expect(items).toEqual([
      { kind: "url", url: "https://www.inform.kz/ru/news/1" },
      {
        kind: "invalid",
        line: 2,
        text: "ftp://files.example.kz/a.pdf",
        reason: '"ftp://" links are not web pages: only http:// and https:// can be fetched',
      },
      {
        kind: "invalid",
        line: 3,
        text: "www.inform.kz/ru/news/123",
        reason: "add https:// in front: https://www.inform.kz/ru/news/123",
      },
      { kind: "url", url: "https://enu.kz/news/2" },
      { kind: "text", text: "KazNU signed a memorandum with Wuhan University.\nhttps://kaznu.kz/en/news/3" },
    ]);
  });

  it("reads a long line in time linear in its length", () => {
    const long = `https://${"a".repeat(200_000)}.kz/${"b/".repeat(200_000)}`;
    const started = performance.now();
    expect(classifyLine(long).kind).toBe("invalid"); // a 200,000-letter label is no site name
    expect(classifyLine(`www.${"x.".repeat(100_000)} `).kind).toBe("invalid");
    expect(classifyLine(`${"a".repeat(100_000)} `).kind).toBe("text");
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
