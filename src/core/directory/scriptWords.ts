// The words the directory's names are written with, by script: what tells a name kept in Latin letters
// inside a Latin-script Kazakh text ("Tianjin", "Technology") from a Kazakh word ("Astana" is both).
// Built at first use from the directory's texts, the gazetteer and the name-word tables: only a Latin-script
// Kazakh article needs it.
import { directoryTexts } from "./data/texts";
import { gazetteerText } from "./gazetteer/source";
import { GENERIC_ENGLISH } from "./words/english";
import { KK_WORDS } from "./words/kk";
import { RU_WORDS } from "./words/ru";

let words: { latin: Set<string>; cyrillic: Set<string> } | undefined;

function build(): { latin: Set<string>; cyrillic: Set<string> } {
  const latin = new Set<string>();
  const cyrillic = new Set<string>();
  const texts = [...Object.values(directoryTexts()), gazetteerText(), GENERIC_ENGLISH, KK_WORDS, RU_WORDS];
  for (const text of texts) {
    for (const m of text.matchAll(/[A-Za-z\u00c0-\u024f]+/g)) latin.add(m[0].toLowerCase());
    for (const m of text.matchAll(/[\u0400-\u04ff]+/g)) cyrillic.add(m[0].toLowerCase().replace(/ё/g, "е"));
  }
  return { latin, cyrillic };
}

/** A word (lower case) some name of the directory or the gazetteer is written with, in Latin letters. */
export function knownLatinWord(word: string): boolean {
  words ??= build();
  return words.latin.has(word);
}

/** A word (lower case, "ё" as "е") some name of the directory is written with, in Cyrillic letters. */
export function knownCyrillicWord(word: string): boolean {
  words ??= build();
  return words.cyrillic.has(word);
}
