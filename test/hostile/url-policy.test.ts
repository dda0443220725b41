// The URL policy (src/core/web): which links may be fetched, in a bound script and in the published add-on,
// and which answers may be read.
import { describe, expect, it } from "vitest";
import { hostProblem, parseIpv4, parseIpv6 } from "../../src/core/web/address";
import {
  checkFetchUrl,
  type FetchPolicy,
  MAX_RESPONSE_BYTES,
  MAX_URL_CHARS,
  resolveLocation,
  responseProblem,
} from "../../src/core/web/policy";
import { ALLOWED_DOMAINS, isAllowedSite, urlFetchWhitelist } from "../../src/core/web/sites";

const bound: FetchPolicy = { addon: false };
const addon: FetchPolicy = { addon: true };
const reason = (url: string, policy = bound) => {
  const verdict = checkFetchUrl(url, policy);
  return verdict.ok ? null : verdict.reason;
};

describe("links a bound script fetches", () => {
  it("takes any public http or https link, host folded as a browser folds it", () => {
    expect(checkFetchUrl("https://www.inform.kz/ru/news/1?x=2#top", bound)).toEqual({
      ok: true,
      url: "https://www.inform.kz/ru/news/1?x=2#top",
      host: "www.inform.kz",
    });
    expect(checkFetchUrl("HTTP://Example.COM", bound)).toMatchObject({
      ok: true,
      url: "http://example.com/",
    });
    expect(checkFetchUrl("https://example.com:8443/a", bound)).toMatchObject({
      url: "https://example.com:8443/a",
    });
    expect(checkFetchUrl("https://8.8.8.8/", bound)).toMatchObject({ ok: true });
  });

  it("refuses other schemes, credentials, ports that are not ports and overlong links", () => {
    for (const url of [
      "ftp://example.com/a",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "data:text/html,x",
      "gopher://x.kz/",
    ])
      expect(reason(url)).toMatch(/not web pages|no http/);
    expect(reason("https://user:secret@example.com/")).toMatch(/user name or password/);
    expect(reason("https://user@example.com/")).toMatch(/user name or password/);
    expect(reason("https://example.com:99999/")).toMatch(/not a port/);
    expect(reason(`https://example.com/${"a".repeat(MAX_URL_CHARS)}`)).toMatch(/longer than/);
    expect(reason("https://exa mple.com/")).toMatch(/spaces/);
    expect(reason("https:example.com")).toMatch(/not a complete link/);
  });

  it("refuses loopback, private, link-local and metadata addresses in every notation", () => {
    const blocked = [
      "http://127.0.0.1/",
      "http://127.1/",
      "http://2130706433/",
      "http://0x7f000001/",
      "http://0x7f.0.0.1/",
      "http://0177.0.0.1/",
      "http://017700000001/",
      "http://0/",
      "http://0.0.0.0/",
      "http://10.1.2.3/",
      "http://172.16.0.1/",
      "http://172.31.255.255/",
      "http://192.168.1.1/",
      "http://100.64.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://0xa9fea9fe/",
      "http://[::1]/",
      "http://[0:0:0:0:0:0:0:1]/",
      "http://[::]/",
      "http://[::ffff:127.0.0.1]/",
      "http://[::ffff:7f00:1]/",
      "http://[::ffff:a9fe:a9fe]/",
      "http://[64:ff9b::a9fe:a9fe]/",
      "http://[2002:7f00:1::]/",
      "http://[fd00:ec2::254]/",
      "http://[fe80::1%25eth0]/",
      "http://[fc00::1]/",
      "http://localhost/",
      "http://LOCALHOST./",
      "http://app.localhost/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://metadata/",
      "http://printer.local/",
      "http://router/",
      "http://%6c%6f%63%61%6c%68%6f%73%74/",
      "http://１２７．０．０．１/",
      "http://127。0。0。1/",
      "https:\\\\127.0.0.1\\admin",
      "http://168.63.129.16/",
    ];
    for (const url of blocked) expect(reason(url), url).not.toBeNull();
    expect(reason("http://169.254.169.254/")).toMatch(/link-local/);
    expect(reason("http://localhost/")).toMatch(/not a public web site/);
  });

  it("keeps public addresses that only look close to private ones", () => {
    for (const url of [
      "http://172.32.0.1/",
      "http://11.0.0.1/",
      "http://[2a00:1450::1]/",
      "http://192.169.0.1/",
    ])
      expect(reason(url), url).toBeNull();
    expect(reason("http://1.2.3.4.5/")).not.toBeNull();
    expect(reason("http://256.1.1.1/")).toMatch(/not an IP address/);
    expect(reason("http://foo.127.0.0.1/")).toMatch(/neither a site name nor an IP/);
  });
});

describe("links the published add-on fetches", () => {
  it("fetches only the listed sites, over https, and says why another is refused", () => {
    expect(checkFetchUrl("https://en.inform.kz/news/x", addon)).toMatchObject({ ok: true });
    expect(checkFetchUrl("http://kaznu.kz/ru/news", addon)).toMatchObject({
      ok: true,
      url: "https://kaznu.kz/ru/news",
    });
    expect(reason("https://example.com/news", addon)).toMatch(
      /example\.com is not among the sites the published add-on may fetch.*paste the article's text/,
    );
    expect(reason("https://inform.kz.evil.com/", addon)).toMatch(/not among the sites/);
    expect(reason("https://notinform.kz/", addon)).toMatch(/not among the sites/);
    // The add-on's list never lets a private address through.
    expect(reason("https://127.0.0.1/", { addon: true, domains: ["127.0.0.1"] })).toMatch(/loopback/);
  });

  it("writes the manifest's allowlist as https prefixes, each site and its subdomains", () => {
    const list = urlFetchWhitelist();
    expect(list.every((prefix) => /^https:\/\/(?:\*\.)?[a-z0-9.-]+\.[a-z]+\/$/.test(prefix))).toBe(true);
    expect(list).toContain("https://inform.kz/");
    expect(list).toContain("https://*.inform.kz/");
    expect(new Set(ALLOWED_DOMAINS).size).toBe(ALLOWED_DOMAINS.length);
    for (const domain of ["kaznu.kz", "enu.kz", "nu.edu.kz", "gov.kz", "astanatimes.com", "kazpravda.kz"])
      expect(isAllowedSite(domain)).toBe(true);
  });
});

describe("addresses read as URL parsers read them", () => {
  it("reads IPv4 in one to four parts, decimal, octal or hex", () => {
    expect(parseIpv4("127.0.0.1")).toBe(0x7f000001);
    expect(parseIpv4("0x7f.1")).toBe(0x7f000001);
    expect(parseIpv4("0177.0.1")).toBe(0x7f000001);
    expect(parseIpv4("2130706433")).toBe(0x7f000001);
    expect(parseIpv4("4294967296")).toBe("invalid");
    expect(parseIpv4("example.com")).toBeNull();
  });

  it("reads IPv6 compressed, full, with an IPv4 tail or a zone", () => {
    expect(parseIpv6("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(parseIpv6("fe80::1%eth0")).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6("1::2::3")).toBeNull();
    expect(hostProblem("[::ffff:8.8.8.8]")).toBeNull();
  });
});

describe("redirects and answers", () => {
  it("reads a redirect's Location against the link that answered", () => {
    expect(resolveLocation("https://a.kz/news/1?x", "/b")).toBe("https://a.kz/b");
    expect(resolveLocation("https://a.kz/news/1", "2")).toBe("https://a.kz/news/2");
    expect(resolveLocation("https://a.kz/news/1", "//b.kz/c")).toBe("https://b.kz/c");
    expect(resolveLocation("https://a.kz/", "http://127.0.0.1/")).toBe("http://127.0.0.1/");
  });

  it("reads only text, within the size cap", () => {
    expect(responseProblem("text/html; charset=utf-8", 1000)).toBeNull();
    expect(responseProblem("application/xhtml+xml", null)).toBeNull();
    expect(responseProblem("text/plain", null)).toBeNull();
    expect(responseProblem("application/pdf", 1000)).toMatch(/not a web page \(application\/pdf\)/);
    expect(responseProblem("image/png", null)).toMatch(/not a web page/);
    expect(responseProblem("", null)).toMatch(/did not say what it sent/);
    expect(responseProblem("application/rss+xml", null)).toMatch(/not a web page/);
    expect(responseProblem("application/rss+xml", null, "feed")).toBeNull();
    for (const type of ["application/atom+xml", "application/xml", "text/xml"])
      expect(responseProblem(type, null, "feed")).toBeNull();
    expect(responseProblem("application/json", null, "feed")).toMatch(/not a news feed/);
    expect(responseProblem("text/html", MAX_RESPONSE_BYTES + 1)).toMatch(/more than the 5 MB/);
  });
});
