// The built-in directory's index, read lazily: at first use each data line is only filed under the first
// letters of its names (three native regex passes over the data, no parsing, no stemming); a line is
// parsed and its names read the first time a text has a word starting with one of those letters. A custom
// formula looking up one name reads a handful of lines, not the thousand the directory holds.

import { fold } from "../text/normalize";
import type { Institution } from "../types";
import { parseInstitutions } from "./data/parse";
import { directoryTexts } from "./data/texts";
import { addPending, emptyIndex, type PhraseIndex, readPhrase } from "./phrases";

// Three passes file a line: the canonical name at its start; an alias after ";"; the first alias, after the
// line's last "|" (when a line has no aliases that is the city: a harmless extra filing). Letters of the
// data's scripts are spelled out: Unicode-property classes would slow the passes tenfold.
const LEAD = "[ \\t]*(?:[Tt]he[ \\t]+)?[«\"“„'(]*([0-9A-Za-z\\u00c0-\\u024f\\u0400-\\u04ff]{1,4})";
const SIMPLE = /^[a-z0-9а-яәғқңөұүһі]*$/;

function fileLines(index: PhraseIndex<Institution>, text: string, defaultCountry: string | undefined): void {
  const lineStarts: number[] = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lineStarts.push(at + 1);
  const readers: Array<(() => void) | undefined> = [];
  const readerOf = (line: number) => {
    let reader = readers[line];
    if (!reader) {
      let done = false;
      reader = () => {
        if (done) return;
        done = true;
        const start = lineStarts[line]!;
        const end = lineStarts[line + 1] ?? text.length + 1;
        const [institution] = parseInstitutions(text.slice(start, end - 1), defaultCountry);
        if (!institution) return;
        readPhrase(index, institution.name, institution, 1);
        for (const alias of institution.aliases) readPhrase(index, alias, institution, 1);
      };
      readers[line] = reader;
    }
    return reader;
  };
  const filed: Array<string[] | undefined> = [];
  const patterns = [
    new RegExp(`^${LEAD}`, "gm"),
    new RegExp(`;${LEAD}`, "g"),
    new RegExp(`\\|${LEAD}(?=[^|\\n]*$)`, "gm"),
  ];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    let line = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === "") {
        pattern.lastIndex++;
        continue;
      }
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= m.index) line++;
      const first = text.charAt(lineStarts[line]!);
      if (first === "#" || first === "\n") continue;
      const lower = m[1]!.toLowerCase();
      const bucket = SIMPLE.test(lower) ? lower : fold(lower);
      const onLine = filed[line];
      if (onLine?.includes(bucket)) continue;
      if (onLine) onLine.push(bucket);
      else filed[line] = [bucket];
      addPending(index, bucket, readerOf(line));
    }
  }
}

/** The built-in institutions' index, filed at first use. */
export function lazyBuiltinIndex(): PhraseIndex<Institution> {
  const index = emptyIndex<Institution>();
  const { kazakhstan, foreign } = directoryTexts();
  fileLines(index, kazakhstan, "KZ");
  fileLines(index, foreign, undefined);
  return index;
}
