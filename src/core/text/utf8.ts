// Text measured in UTF-8 bytes, as storage limits count it (CacheService keeps at most 100 KB a value):
// a Cyrillic letter is two bytes, so a character count lets a Russian or Kazakh text grow past a limit.

/** The UTF-8 length of `text` in bytes (a lone surrogate counts as the 3 bytes of its replacement). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (isPairAt(text, i)) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isPairAt = (text: string, i: number): boolean =>
  (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;

/**
 * `text` cut into pieces of at most `maxBytes` UTF-8 bytes each (maxBytes >= 4), never inside a surrogate
 * pair; joined, they give `text` back.
 */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const pair = isPairAt(text, i);
    const c = text.charCodeAt(i);
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

/**
 * A text too long for one stored value as numbered pieces of at most `maxBytes` bytes each. Each piece starts
 * with `stamp` (and the first with the count), so pieces of two different writes are never joined.
 */
export function packPieces(text: string, maxBytes: number, stamp: string): string[] {
  const head = (count: number) => `${stamp}:${count}\n`;
  // The count's digits are unknown until the text is cut: cut for the widest head that may be needed.
  const room = maxBytes - utf8Bytes(head(10 ** 6));
  const parts = splitUtf8(text, room);
  return parts.map((part, i) => (i === 0 ? head(parts.length) : `${stamp}\n`) + part);
}

/** The text of pieces read back (index i holds piece i, or undefined), or null when one is missing or stale. */
export function unpackPieces(values: readonly (string | undefined)[]): string | null {
  const first = values[0];
  const match = first === undefined ? null : /^([^:\n]+):(\d+)\n/.exec(first);
  if (!match || first === undefined) return null;
  const stamp = match[1]!;
  const count = Number(match[2]);
  const texts = [first.slice(match[0].length)];
  for (let i = 1; i < count; i++) {
    const piece = values[i];
    if (piece === undefined || !piece.startsWith(`${stamp}\n`)) return null;
    texts.push(piece.slice(stamp.length + 1));
  }
  return texts.join("");
}
