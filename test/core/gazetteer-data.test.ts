// The gazetteer as generated (scripts/gazetteer.ts) and as the build ships it (scripts/pack-gazetteer.ts):
// well-formed, each name once, and expanding to the very same text.
import { readFileSync } from "node:fs";
import vm from "node:vm";
import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import {
  fileGazetteerModule,
  gazetteerFile,
  packedGazetteerModule,
  packGazetteer,
} from "../../scripts/pack-gazetteer";
import { GAZETTEER } from "../../src/core/directory/gazetteer/data";
import { formKey, GENERIC, nameWords } from "../../src/core/directory/gazetteer/words";

const lines = GAZETTEER.split("\n");
const entries: Array<{ country: string; names: string[] }> = [];
let country = "";
for (const line of lines) {
  if (line.startsWith("@")) country = line.slice(1);
  else entries.push({ country, names: line.split(";") });
}

describe("the gazetteer's data", () => {
  it("holds thousands of institutions, each under a real country, none of Kazakhstan", () => {
    expect(entries.length).toBeGreaterThan(15_000);
    const codes = new Set(lines.filter((l) => l.startsWith("@")).map((l) => l.slice(1)));
    for (const code of codes) expect(countries.isValid(code), code).toBe(true);
    expect(codes.has("KZ")).toBe(false);
    expect(lines[0]?.startsWith("@")).toBe(true);
  });

  it("gives every institution a name of its own: no blank, no domain, no generic words alone", () => {
    for (const { names } of entries) {
      expect(names[0]?.trim(), names.join(";")).not.toBe("");
      for (const name of names) {
        expect(name, names.join(";")).toBe(name.trim());
        expect(name).not.toMatch(/^(?:www\.)?[\w-]+(?:\.[\w-]+)+$/);
      }
      expect(
        nameWords(names[0]!).some((w) => !GENERIC.has(w)),
        names[0],
      ).toBe(true);
    }
  });

  it("lists no name twice in a country", () => {
    const keys = new Set<string>();
    for (const { country: code, names } of entries)
      for (const name of names) {
        const key = `${code} ${/[\u3400-\u9fff]/.test(name) ? name : formKey(name)}`;
        expect(keys.has(key), `${code}: ${name}`).toBe(false);
        keys.add(key);
      }
  });

  it("says where it comes from, beside the data and in the README", () => {
    const notice = readFileSync(
      new URL("../../src/core/directory/gazetteer/LICENSE-DATA.md", import.meta.url),
      "utf8",
    );
    expect(notice).toMatch(/Hipo/);
    expect(notice).toMatch(/swot/);
    expect(notice).toMatch(/Permission is hereby granted/);
    expect(readFileSync(new URL("../../README.md", import.meta.url), "utf8")).toMatch(/LICENSE-DATA\.md/);
  });
});

describe("the packed gazetteer", () => {
  const expand = (source: string, loader?: () => string): unknown =>
    vm.runInNewContext(
      `${source.replaceAll("export function", "function")}\nsetGazetteerLoader(loader);\ngazetteerText();`,
      {
        loader,
      },
    );

  it("expands to exactly the generated text, in far fewer bytes", () => {
    const source = packedGazetteerModule(GAZETTEER);
    expect(expand(source)).toBe(GAZETTEER);
    expect(Buffer.byteLength(source)).toBeLessThan(0.75 * Buffer.byteLength(GAZETTEER));
  });

  it("reads the same text back from Gazetteer.html, and an empty gazetteer when the file cannot be read", () => {
    const file = gazetteerFile(GAZETTEER);
    expect(file.startsWith("<!--")).toBe(true);
    expect(expand(fileGazetteerModule(), () => file)).toBe(GAZETTEER);
    expect(
      expand(fileGazetteerModule(), () => {
        throw new Error("No HTML file named Gazetteer was found.");
      }),
    ).toBe("");
  });

  it("keeps what it does not code as it is, and refuses data using its code characters", () => {
    const text = "@CN\nLanzhou University;兰州大学\n@TR\nKastamonu University\nAnkara University";
    expect(packGazetteer(text).words).toContain("University");
    expect(expand(packedGazetteerModule(text))).toBe(text);
    expect(expand(fileGazetteerModule(), () => gazetteerFile(text))).toBe(text);
    expect(() => packGazetteer("@CN\nA\ue000B University")).toThrow(/private-use/);
  });
});
