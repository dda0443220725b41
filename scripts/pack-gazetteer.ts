// The gazetteer is the largest part of dist/Code.js, which Apps Script evaluates before every formula call.
// The build swaps src/core/directory/gazetteer/source.ts for a module carrying the same text with its
// frequent words ("University", "of", "College"...) replaced by one private-use character each, as the
// directory's texts are (pack-directory.ts), expanded the first time a name misses the directory.
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

export function packGazetteer(text: string): { words: string[]; packed: string } {
  if (PRIVATE_USE.test(text)) throw new Error("gazetteer data may not use private-use characters");
  const words = chooseWords([text]);
  const code = new Map(words.map((w, i) => [w, String.fromCharCode(FIRST_CODE + i)]));
  return { words, packed: text.replace(WORD, (w) => code.get(w) ?? w) };
}

/**
 * The source of the packed module: the same `gazetteerText()` as source.ts. The data stays inside the
 * function, so that evaluating the bundle only scans past it: the engine makes the string the first time a
 * name misses the directory, not at every formula call.
 */
export function packedGazetteerModule(text: string = gazetteerText()): string {
  const { words, packed } = packGazetteer(text);
  return [
    "let text;",
    "export function gazetteerText() {",
    "  if (text === undefined) {",
    `    const words = ${JSON.stringify(words.join("\n"))}.split("\\n");`,
    `    text = ${JSON.stringify(packed)}.replace(/[\\ue000-\\uf8ff]/g, (c) => words[c.charCodeAt(0) - ${FIRST_CODE}]);`,
    "  }",
    "  return text;",
    "}",
  ].join("\n");
}

export const packGazetteerPlugin: Plugin = {
  name: "pack-gazetteer",
  setup(build) {
    build.onResolve({ filter: /\/source(?:\.ts)?$/ }, (args) =>
      resolve(args.resolveDir, args.path).replace(/\.ts$/, "") === source
        ? { path: `${source}.packed.js`, namespace: "packed-gazetteer" }
        : null,
    );
    build.onLoad({ filter: /.*/, namespace: "packed-gazetteer" }, () => ({
      contents: packedGazetteerModule(),
      loader: "js",
    }));
  },
};
