// The built-in directory is most of dist/Code.js, and Apps Script evaluates the whole file before every
// formula call. The build therefore swaps src/core/directory/data/texts.ts for a module carrying the same
// texts with their frequent words ("университет", "University", "Посольство"...) replaced by one character
// each from Unicode's private use area, and a word list to expand them once, at first use: a single
// replace, far cheaper than inflating a compressed blob in Apps Script's JavaScript.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { type DirectoryTexts, directoryTexts } from "../src/core/directory/data/texts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(root, "src/core/directory/data");

const FIRST_CODE = 0xe000;
const LAST_CODE = 0xf8ff;
const PRIVATE_USE = /[\ue000-\uf8ff]/;
/** A word of the data: what stands between spaces and the line format's separators. */
const WORD = /[^\s|;]+/g;

const utf8Bytes = (s: string): number => Buffer.byteLength(s, "utf8");

/** The words worth a code: each costs its own bytes once in the list and saves the rest at every use. */
export function chooseWords(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const [word] of text.matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const saving = (word: string, n: number) => (utf8Bytes(word) - 3) * n - utf8Bytes(word) - 1;
  return [...counts]
    .filter(([word, n]) => saving(word, n) > 0)
    .sort((a, b) => saving(b[0], b[1]) - saving(a[0], a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, LAST_CODE - FIRST_CODE + 1)
    .map(([word]) => word);
}

export function packTexts(texts: DirectoryTexts): { words: string[]; packed: DirectoryTexts } {
  const all = Object.values(texts);
  if (all.some((t) => PRIVATE_USE.test(t)))
    throw new Error("directory data may not use private-use characters");
  const words = chooseWords(all);
  const code = new Map(words.map((w, i) => [w, String.fromCharCode(FIRST_CODE + i)]));
  const pack = (text: string) => text.replace(WORD, (w) => code.get(w) ?? w);
  return {
    words,
    packed: {
      kazakhstan: pack(texts.kazakhstan),
      foreign: pack(texts.foreign),
      places: pack(texts.places),
      countryWords: pack(texts.countryWords),
    },
  };
}

/** The source of the packed module: the same `directoryTexts()` as texts.ts. */
export function packedTextsModule(texts: DirectoryTexts = directoryTexts()): string {
  const { words, packed } = packTexts(texts);
  return [
    `const WORDS = ${JSON.stringify(words.join("\n"))};`,
    `const PACKED = ${JSON.stringify(packed)};`,
    "let texts;",
    "export function directoryTexts() {",
    "  if (!texts) {",
    '    const words = WORDS.split("\\n");',
    `    const expand = (s) => s.replace(/[\\ue000-\\uf8ff]/g, (c) => words[c.charCodeAt(0) - ${FIRST_CODE}]);`,
    "    texts = {",
    "      kazakhstan: expand(PACKED.kazakhstan),",
    "      foreign: expand(PACKED.foreign),",
    "      places: expand(PACKED.places),",
    "      countryWords: expand(PACKED.countryWords),",
    "    };",
    "  }",
    "  return texts;",
    "}",
  ].join("\n");
}

export const packDirectory: Plugin = {
  name: "pack-directory",
  setup(build) {
    const texts = join(dataDir, "texts");
    build.onResolve({ filter: /\/texts(?:\.ts)?$/ }, (args) =>
      resolve(args.resolveDir, args.path).replace(/\.ts$/, "") === texts
        ? { path: `${texts}.packed.js`, namespace: "packed" }
        : null,
    );
    build.onLoad({ filter: /.*/, namespace: "packed" }, () => ({
      contents: packedTextsModule(),
      loader: "js",
    }));
  },
};
