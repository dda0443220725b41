// What a user pastes in the Add articles dialog: one or more articles or URLs. Articles are separated by a line
// of three or more dashes. A block whose every line is meant as a link gives one item per line: a web link to
// fetch, or a line that is not a valid one (named with its line number and why, never taken as article text).
import { classifyLine } from "./linkLine";

export type PastedItem =
  | { kind: "url"; url: string }
  | { kind: "text"; text: string }
  | { kind: "invalid"; line: number; text: string; reason: string };

/** True when the text (a cell, a pasted line) is one web link that can be fetched. */
export function isUrl(text: string): boolean {
  return classifyLine(text).kind === "url";
}

const SEPARATOR = /^\s*-{3,}\s*$/;

function blockItems(lines: readonly { text: string; number: number }[]): PastedItem[] {
  const filled = lines.filter((l) => l.text.trim() !== "");
  if (filled.length === 0) return [];
  const kinds = filled.map((l) => classifyLine(l.text));
  if (kinds.every((k) => k.kind !== "text")) {
    return kinds.map((k, i) => {
      const line = filled[i]!;
      return k.kind === "url"
        ? { kind: "url", url: k.url }
        : {
            kind: "invalid",
            line: line.number,
            text: line.text.trim(),
            reason: k.kind === "invalid" ? k.reason : "",
          };
    });
  }
  return [
    {
      kind: "text",
      text: lines
        .map((l) => l.text)
        .join("\n")
        .trim(),
    },
  ];
}

export function splitPasted(pasted: string): PastedItem[] {
  const items: PastedItem[] = [];
  let block: { text: string; number: number }[] = [];
  const lines = pasted.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((text, i) => {
    if (SEPARATOR.test(text)) {
      items.push(...blockItems(block));
      block = [];
    } else block.push({ text, number: i + 1 });
  });
  items.push(...blockItems(block));
  return items;
}

/** The site a URL is on ("https://www.inform.kz/en/..." -> "inform.kz"), for the Outlet column. */
export function outletOf(url: string): string {
  const match = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase() : "";
}
