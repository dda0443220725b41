// The gazetteer is larger than the rest of the add-on's code, and Apps Script evaluates all of Code.js before
// every formula call. So dist/Code.js does not carry it: the build writes it to dist/Gazetteer.html, a
// project file Apps Script keeps but never evaluates, and swaps src/core/directory/gazetteer/source.ts for a
// module that reads that file through the loader the add-on sets (src/sheets/gazetteer.ts) the first
// time a name misses the directory. The text is packed as the directory's is (pack-directory.ts): its
// frequent words ("University", "of", "College"...) one private-use character each.
//
// The benchmark's engine-only bundle (no Apps Script services) carries the packed text inline instead.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { gazetteerText } from "../src/core/directory/gazetteer/source";
import { chooseWords } from "./pack-directory";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "src/core/directory/gazetteer/source");

const FIRST_CODE = 0xe000;
const PRIVATE_USE = /[\ue000-\uf8ff]/;
const WORD = /[^\s|;]+/g;
/** The line between the word list and the packed text in Gazetteer.html. */
const SEPARATOR = "\n@@\n";
const FILE_HEADER =
  "<!-- Seriktes: the world gazetteer's data (scripts/pack-gazetteer.ts), read by Code.js when a name misses the directory. Not a page. -->\n";

export function packGazetteer(text: string): { words: string[]; packed: string } {
  if (PRIVATE_USE.test(text)) throw new Error("gazetteer data may not use private-use characters");
  const words = chooseWords([text]);
  const code = new Map(words.map((w, i) => [w, String.fromCharCode(FIRST_CODE + i)]));
  return { words, packed: text.replace(WORD, (w) => code.get(w) ?? w) };
}

/** The content of dist/Gazetteer.html: a comment, the word list, the separator, the packed text. */
export function gazetteerFile(text: string = gazetteerText()): string {
  const { words, packed } = packGazetteer(text);
  return `${FILE_HEADER}${words.join("\n")}${SEPARATOR}${packed}`;
}

// What both modules share: the expansion of the word codes.
const EXPAND = `(words, packed) => packed.replace(/[\\ue000-\\uf8ff]/g, (c) => words[c.charCodeAt(0) - ${FIRST_CODE}])`;

/**
 * The module Code.js gets: `gazetteerText()` reads Gazetteer.html through the loader once, and gives an
 * empty gazetteer (translated names then stand, marked for review) if the file cannot be read.
 */
export function fileGazetteerModule(): string {
  return [
    "let text;",
    "let load;",
    `const expand = ${EXPAND};`,
    "export function setGazetteerLoader(loader) {",
    "  load = loader;",
    "}",
    "export function gazetteerText() {",
    "  if (text === undefined) {",
    '    let raw = "";',
    "    try {",
    '      raw = load ? String(load()) : "";',
    "    } catch (e) {",
    '      raw = "";',
    "    }",
    `    const at = raw.indexOf(${JSON.stringify(SEPARATOR)});`,
    `    text = at < 0 ? "" : expand(raw.slice(raw.indexOf("\\n") + 1, at).split("\\n"), raw.slice(at + ${SEPARATOR.length}));`,
    "  }",
    "  return text;",
    "}",
  ].join("\n");
}

/**
 * The module with the packed text inline (the benchmark's engine bundle, and the tests of the packing):
 * the data inside the function, so that evaluating it only scans past it.
 */
export function packedGazetteerModule(text: string = gazetteerText()): string {
  const { words, packed } = packGazetteer(text);
  return [
    "let text;",
    `const expand = ${EXPAND};`,
    "export function setGazetteerLoader() {}",
    "export function gazetteerText() {",
    `  if (text === undefined) text = expand(${JSON.stringify(words.join("\n"))}.split("\\n"), ${JSON.stringify(packed)});`,
    "  return text;",
    "}",
  ].join("\n");
}

function swapSource(name: string, contents: () => string): Plugin {
  return {
    name,
    setup(build) {
      build.onResolve({ filter: /\/source(?:\.ts)?$/ }, (args) =>
        resolve(args.resolveDir, args.path).replace(/\.ts$/, "") === source
          ? { path: `${source}.${name}.js`, namespace: name }
          : null,
      );
      build.onLoad({ filter: /.*/, namespace: name }, () => ({ contents: contents(), loader: "js" }));
    },
  };
}

/** For dist/Code.js: the gazetteer read from Gazetteer.html. */
export const gazetteerFromFile: Plugin = swapSource("gazetteer-file", fileGazetteerModule);
/** For a bundle with no Apps Script services: the gazetteer packed inline. */
export const gazetteerInline: Plugin = swapSource("gazetteer-inline", () => packedGazetteerModule());
