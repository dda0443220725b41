// Is a pasted line a link, and one we can fetch? Only the shape of the text is judged here (scheme, site
// name, no spaces); which sites may be fetched (private addresses, credentials) is the fetch policy's call.
// Apps Script has no URL class, so the parts are read by hand, each pattern anchored and free of nested
// repetition (linear in the line).

export type LinkLine = { kind: "url"; url: string } | { kind: "invalid"; reason: string } | { kind: "text" };

/** The schemes of web pages: the only links Add articles and Extract fetch. */
const WEB = /^https?:\/\//i;
/** Any scheme followed by "//" (htp://, ftp://, file://): meant as a link, but not a web page's. */
const OTHER_SCHEME = /^([a-z][a-z0-9+.-]{0,20}):\/\//i;
/** Schemes that never name a page to fetch and may run code or carry data (javascript:alert(1), data:...). */
// ("Data: 2025" with a space is a sentence; "data:text/html,..." is a link.)
const SCRIPT_OR_DATA = /^(?:(javascript|vbscript)|(data|file|blob|about|mailto|tel)(?=:\S)):/i;
/** A site name without a scheme: "www.inform.kz/..." or "inform.kz/ru/news/123". */
const BARE_SITE = /^(?:www\.[^\s/]+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\/)\S*$/u;
/** One label of a host name: letters (any script), digits, hyphens not at either end. */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/i;
/** Characters a link never holds as typed: spaces, quotes and angle brackets, control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const NOT_IN_LINK = /[\s"<>\\^`{|}\u0000-\u001f\u007f]/u;

const ADD_SCHEME = (line: string) => `add https:// in front: https://${line}`;

/** Why the host part of an http(s) link is not a site name, or null when it is one. */
function hostProblem(authority: string): string | null {
  if (authority.includes("@")) return "it holds a user name or password before the site name";
  const port = /:(\d*)$/.exec(authority);
  const host = (port && !IPV6.test(authority) ? authority.slice(0, port.index) : authority).toLowerCase();
  if (port && !IPV6.test(authority) && !(port[1] !== "" && Number(port[1]) <= 65_535)) {
    return `":${port[1]}" is not a port number`;
  }
  if (host === "") return "there is no site name after the scheme";
  if (IPV4.test(host)) {
    return host.split(".").every((n) => Number(n) <= 255) ? null : `"${host}" is not an IP address`;
  }
  if (IPV6.test(host)) return null;
  const labels = host.replace(/\.$/, "").split(".");
  if (labels.length < 2 && host !== "localhost")
    return `"${host}" is not a site name (no domain such as .kz)`;
  if (!labels.every((l) => l.length <= 63 && LABEL.test(l))) return `"${host}" is not a site name`;
  return null;
}

/** What a line of the Add articles box is: a web link, something meant as a link that isn't one, or text. */
export function classifyLine(raw: string): LinkLine {
  const line = raw.trim();
  if (line === "") return { kind: "text" };
  if (WEB.test(line)) {
    const space = NOT_IN_LINK.exec(line);
    if (space) {
      const what = /\s/.test(space[0]) ? "a space" : `the character ${JSON.stringify(space[0])}`;
      return { kind: "invalid", reason: `a link cannot contain ${what}` };
    }
    const rest = line.replace(WEB, "");
    const end = rest.search(/[/?#]/);
    const problem = hostProblem(end < 0 ? rest : rest.slice(0, end));
    return problem ? { kind: "invalid", reason: problem } : { kind: "url", url: line };
  }
  const scheme = OTHER_SCHEME.exec(line)?.[1];
  if (scheme) {
    return {
      kind: "invalid",
      reason: /^(?:h+t*p+s?|h?t+p+s?)$/i.test(scheme)
        ? `"${scheme}://" is a misspelt http:// or https://`
        : `"${scheme}://" links are not web pages: only http:// and https:// can be fetched`,
    };
  }
  const found = SCRIPT_OR_DATA.exec(line);
  const unsafe = found?.[1] ?? found?.[2];
  if (unsafe) return { kind: "invalid", reason: `"${unsafe.toLowerCase()}:" is not a web page's link` };
  if (BARE_SITE.test(line)) return { kind: "invalid", reason: ADD_SCHEME(line) };
  return { kind: "text" };
}
