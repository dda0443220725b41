// XmlService, the reading part: parse() and the Document, Element, Attribute and Namespace methods that read,
// built on @xmldom/xmldom. As strict as the real service (a conforming XML parser): a document that is not
// well-formed throws "Error on line N: ...", and so do what xmldom lets pass: a bare "&", an unquoted attribute,
// characters XML forbids, an entity no DTD declares (&nbsp;). Names follow XmlService (JDOM): getName() is the
// local name, getChildren("entry") means "entry" in no namespace (an Atom <entry> needs the Atom namespace),
// namespace declarations are not attributes.
import { DOMParser, type Element as DomElement, type Node as DomNode } from "@xmldom/xmldom";
import type { Env } from "./env";
import { type Implements, strict } from "./strict";

type XS = GoogleAppsScript.XML_Service.XmlService;
type XElement = GoogleAppsScript.XML_Service.Element;

const XMLNS = "http://www.w3.org/2000/xmlns/";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

class FakeNamespace implements Implements<GoogleAppsScript.XML_Service.Namespace, "getPrefix" | "getURI"> {
  constructor(
    readonly prefix: string,
    readonly uri: string,
  ) {}
  getPrefix(): string {
    return this.prefix;
  }
  getURI(): string {
    return this.uri;
  }
}

const namespace = (prefix: string, uri: string) => strict(new FakeNamespace(prefix, uri), "FakeNamespace");
const uriOf = (ns: unknown): string => {
  if (ns === undefined) return "";
  if (!(ns instanceof FakeNamespace)) throw new Error("Invalid argument: namespace");
  return ns.uri;
};

class FakeAttribute
  implements Implements<GoogleAppsScript.XML_Service.Attribute, "getName" | "getNamespace" | "getValue">
{
  constructor(
    readonly attr: DomNode & {
      localName: string | null;
      namespaceURI: string | null;
      prefix: string | null;
      value: string;
    },
  ) {}
  getName(): string {
    return this.attr.localName ?? "";
  }
  getNamespace(): FakeNamespace {
    return namespace(this.attr.prefix ?? "", this.attr.namespaceURI ?? "");
  }
  getValue(): string {
    return this.attr.value;
  }
}

type ReadMethods =
  | "getName"
  | "getQualifiedName"
  | "getNamespace"
  | "getChildren"
  | "getChild"
  | "getChildText"
  | "getText"
  | "getValue"
  | "getAttribute"
  | "getAttributes"
  | "getParentElement"
  | "isRootElement"
  | "getContentSize";

class FakeElement implements Implements<XElement, ReadMethods> {
  constructor(readonly node: DomElement) {}

  getName(): string {
    return this.node.localName ?? this.node.tagName;
  }
  getQualifiedName(): string {
    return this.node.tagName;
  }
  getNamespace(): FakeNamespace;
  getNamespace(prefix: string): FakeNamespace | null;
  getNamespace(prefix?: string): FakeNamespace | null {
    if (prefix === undefined) return namespace(this.node.prefix ?? "", this.node.namespaceURI ?? "");
    const uri = this.node.lookupNamespaceURI(prefix === "" ? null : prefix);
    return uri === null ? null : namespace(prefix, uri);
  }
  private elements(): DomElement[] {
    const out: DomElement[] = [];
    for (let n = this.node.firstChild; n; n = n.nextSibling)
      if (n.nodeType === ELEMENT_NODE) out.push(n as DomElement);
    return out;
  }
  getChildren(name?: string, ns?: GoogleAppsScript.XML_Service.Namespace): FakeElement[] {
    const all = this.elements().map(wrap);
    if (name === undefined) return all;
    // JDOM: a name without a namespace means the name in no namespace.
    const uri = uriOf(ns);
    return all.filter((e) => e.getName() === String(name) && (e.node.namespaceURI ?? "") === uri);
  }
  getChild(name: string, ns?: GoogleAppsScript.XML_Service.Namespace): FakeElement | null {
    return this.getChildren(name, ns)[0] ?? null;
  }
  getChildText(name: string, ns?: GoogleAppsScript.XML_Service.Namespace): string | null {
    return this.getChild(name, ns)?.getText() ?? null;
  }
  getText(): string {
    let text = "";
    for (let n = this.node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE)
        text += (n as DomNode & { data: string }).data;
    }
    return text;
  }
  getValue(): string {
    return this.node.textContent ?? "";
  }
  getAttribute(name: string, ns?: GoogleAppsScript.XML_Service.Namespace): FakeAttribute | null {
    const uri = uriOf(ns);
    return (
      this.getAttributes().find((a) => a.getName() === String(name) && a.getNamespace().getURI() === uri) ??
      null
    );
  }
  getAttributes(): FakeAttribute[] {
    const out: FakeAttribute[] = [];
    const attrs = this.node.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs.item(i)!;
      // Namespace declarations are not attributes in XmlService.
      if (a.namespaceURI === XMLNS) continue;
      out.push(strict(new FakeAttribute(a as never), "FakeAttribute"));
    }
    return out;
  }
  getParentElement(): FakeElement | null {
    const parent = this.node.parentNode;
    return parent && parent.nodeType === ELEMENT_NODE ? wrap(parent as DomElement) : null;
  }
  isRootElement(): boolean {
    return this.node.ownerDocument?.documentElement === this.node;
  }
  getContentSize(): number {
    return this.node.childNodes.length;
  }
}

function wrap(node: DomElement): FakeElement {
  return strict(new FakeElement(node), "FakeElement");
}

class FakeDocument
  implements Implements<GoogleAppsScript.XML_Service.Document, "getRootElement" | "hasRootElement">
{
  constructor(readonly root: DomElement) {}
  getRootElement(): FakeElement {
    return wrap(this.root);
  }
  hasRootElement(): boolean {
    return true;
  }
}

// Characters XML 1.0 does not allow anywhere in a document.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const REFERENCE = /^&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:-]*);/;

const lineAt = (text: string, index: number): number => text.slice(0, index).split("\n").length;

/** The well-formedness errors xmldom lets pass, as a conforming parser reports them; null when none. */
function laxnessError(xml: string): { line: number; message: string } | null {
  const bad = FORBIDDEN.exec(xml);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16);
    return {
      line: lineAt(xml, bad.index),
      message: `An invalid XML character (Unicode: 0x${code}) was found in the document.`,
    };
  }
  // References outside CDATA sections, comments and processing instructions: one pass.
  const scan = /<!\[CDATA\[|<!--|<\?|&/g;
  const closers: Record<string, string> = { "<![CDATA[": "]]>", "<!--": "-->", "<?": "?>" };
  for (let m = scan.exec(xml); m; m = scan.exec(xml)) {
    if (m[0] !== "&") {
      const end = xml.indexOf(closers[m[0]]!, m.index + m[0].length);
      if (end < 0) break; // unclosed: xmldom reports it
      scan.lastIndex = end + closers[m[0]]!.length;
      continue;
    }
    const ref = REFERENCE.exec(xml.slice(m.index, m.index + 64));
    if (!ref) {
      return {
        line: lineAt(xml, m.index),
        message: "The entity name must immediately follow the '&' in the entity reference.",
      };
    }
    if (ref[0][1] === "#") {
      const n = ref[0][2] === "x" ? Number.parseInt(ref[0].slice(3), 16) : Number(ref[0].slice(2, -1));
      const char = n > 0x10ffff ? "" : String.fromCodePoint(n);
      if (n === 0 || char === "" || FORBIDDEN.test(char)) {
        return {
          line: lineAt(xml, m.index),
          message: `Character reference "${ref[0].slice(0, -1)}" is an invalid XML character.`,
        };
      }
    }
    scan.lastIndex = m.index + ref[0].length;
  }
  return null;
}

export class FakeXmlService
  implements Implements<XS, "parse" | "getNamespace" | "getNoNamespace" | "getXmlNamespace">
{
  constructor(readonly env?: Env) {}

  private fail(line: number, message: string): never {
    const text = `Error on line ${Math.max(1, line)}: ${message}`;
    throw this.env ? this.env.error(text) : new Error(text);
  }

  parse(xml: string): FakeDocument {
    this.env?.call("XmlService.parse");
    const text = String(xml);
    const lax = laxnessError(text);
    if (lax) this.fail(lax.line, lax.message);
    let failure: { line: number; message: string } | undefined;
    let doc: ReturnType<DOMParser["parseFromString"]> | undefined;
    try {
      doc = new DOMParser({
        locator: true,
        // Every report is an error: xmldom's warnings (an unquoted attribute value) are fatal to XML.
        onError: (_level, message, context) => {
          const locator = (context as { locator?: { lineNumber?: number } } | undefined)?.locator;
          failure ??= { line: locator?.lineNumber ?? 1, message: String(message).split("\n")[0]! };
          throw new Error(String(message));
        },
      }).parseFromString(text, "text/xml");
    } catch {
      // Reported through onError.
    }
    if (failure) this.fail(failure.line, failure.message);
    const root = doc?.documentElement;
    if (!root) this.fail(1, "Premature end of file.");
    return strict(new FakeDocument(root), "FakeDocument");
  }

  getNamespace(prefixOrUri: string, uri?: string): FakeNamespace {
    return uri === undefined
      ? namespace("", String(prefixOrUri))
      : namespace(String(prefixOrUri), String(uri));
  }
  getNoNamespace(): FakeNamespace {
    return namespace("", "");
  }
  getXmlNamespace(): FakeNamespace {
    return namespace("xml", XML_NS);
  }
}

export function makeXmlService(env?: Env): FakeXmlService {
  return strict(new FakeXmlService(env), "FakeXmlService");
}
