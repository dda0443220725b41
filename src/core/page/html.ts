// One left-to-right pass that cuts HTML into text, tags and comments, in time linear in its length whatever
// the page holds: every search for a closing "-->", ">" or "</script" starts where the scan is and its answer
// is remembered, so a page of ten thousand "<meta " with no ">" (or "<!--" with no "-->") is read once,
// never once per "<". What is unterminated at the end of the page runs to its end, as a browser reads it.

export interface HtmlText {
  kind: "text";
  /** As written: character references not decoded yet. */
  text: string;
}

export interface HtmlTag {
  kind: "tag";
  /** Lower case. */
  name: string;
  closing: boolean;
  /** Ends with "/>". */
  selfClosing: boolean;
  /** The tag's source after its name, up to (not including) its ">": where its attributes are. */
  attributes: string;
}

/** A comment, doctype, CDATA section or processing instruction: never text. */
export interface HtmlOther {
  kind: "other";
}

/** The content of a raw-text element (script, style, textarea): never parsed, never shown. */
export interface HtmlRaw {
  kind: "raw";
  name: string;
}

export type HtmlToken = HtmlText | HtmlTag | HtmlOther | HtmlRaw;

// Elements whose content is not markup: it ends only at their own closing tag.
const RAW_TEXT = new Set(["script", "style", "textarea"]);

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 45;

/** `indexOf`, remembering its last answer, for searches whose start only moves forward. */
class Finder {
  private at = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}
  /** The first `needle` at or after `from`, or -1. */
  next(from: number): number {
    if (this.at === -1) return -1;
    if (this.at < from) this.at = this.text.indexOf(this.needle, from);
    return this.at;
  }
}

/** Where the raw-text element `name` closes ("</script", any case) at or after `from`, or -1. */
function rawTextEnd(html: string, name: string, from: number, closers: Finder): number {
  for (let at = closers.next(from); at >= 0; at = closers.next(at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() !== name) continue;
    // "</scripts" is no end of a script.
    if (!isNameChar(html.charCodeAt(at + 2 + name.length))) return at;
  }
  return -1;
}

/** The page as tokens, in order. */
export function scanHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const n = html.length;
  const opens = new Finder(html, "<");
  const ends = new Finder(html, ">");
  const commentEnds = new Finder(html, "-->");
  const cdataEnds = new Finder(html, "]]>");
  const closers = new Finder(html, "</");
  let textStart = 0;
  let i = 0;
  const flush = (to: number) => {
    if (to > textStart) tokens.push({ kind: "text", text: html.slice(textStart, to) });
  };
  while (i < n) {
    const lt = opens.next(i);
    if (lt < 0) break;
    const c1 = html.charCodeAt(lt + 1);
    let end: number; // where the construct ends (exclusive)
    if (c1 === 33 /* ! */ && html.startsWith("<!--", lt)) {
      const close = commentEnds.next(lt + 4);
      end = close < 0 ? n : close + 3;
      flush(lt);
      tokens.push({ kind: "other" });
    } else if (c1 === 33 && html.startsWith("<![CDATA[", lt)) {
      const close = cdataEnds.next(lt + 9);
      end = close < 0 ? n : close + 3;
      flush(lt);
      tokens.push({ kind: "other" });
    } else if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
      const close = ends.next(lt + 2);
      end = close < 0 ? n : close + 1;
      flush(lt);
      tokens.push({ kind: "other" });
    } else {
      const closing = c1 === 47; /* / */
      const nameStart = closing ? lt + 2 : lt + 1;
      if (!isLetter(html.charCodeAt(nameStart))) {
        // A "<" that starts no tag ("a < b", "<<") is text.
        i = lt + 1;
        continue;
      }
      let nameEnd = nameStart + 1;
      while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
      const close = ends.next(nameEnd);
      flush(lt);
      if (close < 0) {
        // A tag the page never closes swallows the rest of it.
        textStart = n;
        break;
      }
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      const attributes = html.slice(nameEnd, close);
      tokens.push({ kind: "tag", name, closing, selfClosing: attributes.endsWith("/"), attributes });
      end = close + 1;
      if (!closing && RAW_TEXT.has(name)) {
        const stop = rawTextEnd(html, name, end, closers);
        const rawEnd = stop < 0 ? n : stop;
        tokens.push({ kind: "raw", name });
        end = rawEnd;
      }
    }
    i = end;
    textStart = end;
  }
  flush(n);
  return tokens;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/** The value of attribute `wanted` (lower case) of a tag, as written (entities not decoded); "" when absent. */
export function attributeOf(tag: HtmlTag, wanted: string): string {
  const s = tag.attributes;
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(s.charCodeAt(i)) || s[i] === "/")) i++;
    const nameStart = i;
    while (i < n && !isSpace(s.charCodeAt(i)) && s[i] !== "=" && s[i] !== "/") i++;
    const name = s.slice(nameStart, i).toLowerCase();
    if (i === nameStart) {
      i++;
      continue;
    }
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    let value = "";
    if (s[i] === "=") {
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      const quote = s[i];
      if (quote === '"' || quote === "'") {
        const close = s.indexOf(quote, i + 1);
        const stop = close < 0 ? n : close;
        value = s.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const start = i;
        while (i < n && !isSpace(s.charCodeAt(i))) i++;
        value = s.slice(start, i);
      }
    }
    if (name === wanted) return value;
  }
  return "";
}
