// A fetched feed's text made ready for a strict XML parser (Apps Script's XmlService) without changing what a
// well-formed feed says: a byte-order mark and blank lines before the XML declaration removed, and the HTML
// character names many feeds use undeclared (&nbsp;, &laquo;) written as numeric references. Anything else
// malformed is left for the parser to refuse, with its own message.

// HTML names feeds use that XML does not declare, as code points.
const HTML_NAMES: Record<string, number> = {
  nbsp: 0xa0,
  laquo: 0xab,
  raquo: 0xbb,
  ndash: 0x2013,
  mdash: 0x2014,
  hellip: 0x2026,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  copy: 0xa9,
  reg: 0xae,
  trade: 0x2122,
  deg: 0xb0,
  middot: 0xb7,
  bull: 0x2022,
  times: 0xd7,
  euro: 0x20ac,
  shy: 0xad,
  thinsp: 0x2009,
  ensp: 0x2002,
  emsp: 0x2003,
  numero: 0x2116,
};
const XML_NAMES = new Set(["amp", "lt", "gt", "quot", "apos"]);

const ENTITY = /&([A-Za-z][A-Za-z0-9]{0,31});/g;

function numericNames(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (XML_NAMES.has(name)) return whole;
    const code = HTML_NAMES[name.toLowerCase()];
    return code === undefined ? whole : `&#${code};`;
  });
}

/** Text ready for XmlService.parse. Linear in the length of the text. */
export function prepareXml(text: string): string {
  const start = text.search(/[^\ufeff\s]/);
  const body = start <= 0 ? text : text.slice(start);
  // Inside CDATA sections "&nbsp;" is literal text and stays as it is.
  const out: string[] = [];
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf("<![CDATA[", at);
    if (open < 0) break;
    const close = body.indexOf("]]>", open + 9);
    const end = close < 0 ? body.length : close + 3;
    out.push(numericNames(body.slice(at, open)), body.slice(open, end));
    at = end;
  }
  out.push(numericNames(body.slice(at)));
  return out.join("");
}

/** Whether fetched text looks like an XML document (a feed) rather than an HTML page. */
export function looksLikeXml(text: string): boolean {
  const head = text.slice(0, 2000).replace(/^[\ufeff\s]+/, "");
  if (/^<\?xml\b/i.test(head))
    return !/^<\?xml[^>]*\?>\s*(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(head);
  return /^(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head);
}
