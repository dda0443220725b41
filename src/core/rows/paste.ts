// What a user pastes in the Add articles dialog: one or more articles or URLs. Articles are separated by a line
// of three or more dashes; a block whose every line is a URL gives one item per URL.

export type PastedItem = { kind: "url"; url: string } | { kind: "text"; text: string };

const URL_LINE = /^https?:\/\/[^\s<>"]+$/i;

export function isUrl(text: string): boolean {
  return URL_LINE.test(text.trim());
}

export function splitPasted(pasted: string): PastedItem[] {
  const items: PastedItem[] = [];
  const blocks = pasted.replace(/\r\n?/g, "\n").split(/^\s*-{3,}\s*$/m);
  for (const block of blocks) {
    const lines = block
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    if (lines.length === 0) continue;
    if (lines.every((line) => URL_LINE.test(line))) {
      for (const url of lines) items.push({ kind: "url", url });
    } else {
      items.push({ kind: "text", text: block.trim() });
    }
  }
  return items;
}

/** The site a URL is on ("https://www.inform.kz/en/..." -> "inform.kz"), for the Outlet column. */
export function outletOf(url: string): string {
  const match = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase() : "";
}
