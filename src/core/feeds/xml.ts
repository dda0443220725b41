// The part of Apps Script's XmlService document model the feed reader uses, as plain interfaces: the real
// XmlService.Element satisfies them, and so does the harness's fake. Children are matched by local name and
// namespace URI, as XmlService itself does (an Atom <entry> is not a child named "entry" without its namespace).

export interface XmlNamespaceLike {
  getURI(): string;
}

export interface XmlAttributeLike {
  getName(): string;
  getNamespace(): XmlNamespaceLike;
  getValue(): string;
}

export interface XmlElementLike {
  /** The local name, without a prefix. */
  getName(): string;
  getNamespace(): XmlNamespaceLike;
  /** The element children, in document order. */
  getChildren(): XmlElementLike[];
  /** The text directly inside the element (text and CDATA children), entities decoded. */
  getText(): string;
  /** The text of the element and all its descendants. */
  getValue(): string;
  /** An attribute without a namespace, or null. */
  getAttribute(name: string): XmlAttributeLike | null;
  /** Every attribute, namespaced ones (xml:base, rdf:about) included. */
  getAttributes(): XmlAttributeLike[];
}

export const NS = {
  none: "",
  atom: "http://www.w3.org/2005/Atom",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rss1: "http://purl.org/rss/1.0/",
  dc: "http://purl.org/dc/elements/1.1/",
  content: "http://purl.org/rss/1.0/modules/content/",
  xml: "http://www.w3.org/XML/1998/namespace",
} as const;

export const isElement = (el: XmlElementLike, name: string, uri: string): boolean =>
  el.getName() === name && el.getNamespace().getURI() === uri;

export function childrenNamed(el: XmlElementLike, name: string, uri: string): XmlElementLike[] {
  return el.getChildren().filter((child) => isElement(child, name, uri));
}

export function childNamed(el: XmlElementLike, name: string, uri: string): XmlElementLike | undefined {
  return el.getChildren().find((child) => isElement(child, name, uri));
}

/** The trimmed text of the first child of that name, "" when there is none. */
export function childText(el: XmlElementLike, name: string, uri: string): string {
  return childNamed(el, name, uri)?.getText().trim() ?? "";
}

export const attributeOf = (el: XmlElementLike, name: string): string =>
  el.getAttribute(name)?.getValue().trim() ?? "";

/** The trimmed value of a namespaced attribute (xml:lang, rdf:about), "" when absent. */
export function attributeIn(el: XmlElementLike, name: string, uri: string): string {
  const found = el.getAttributes().find((a) => a.getName() === name && a.getNamespace().getURI() === uri);
  return found?.getValue().trim() ?? "";
}
