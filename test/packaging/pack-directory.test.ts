// The build ships the directory packed; what the bundle expands must be the data, to the character.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { packedTextsModule, packTexts } from "../../scripts/pack-directory";
import { directoryTexts } from "../../src/core/directory/data/texts";

const expandIn = (source: string): unknown =>
  vm.runInNewContext(`${source.replace("export function", "function")}\ndirectoryTexts();`);

describe("the packed directory", () => {
  it("expands to exactly the directory's texts, in far fewer bytes", () => {
    const texts = directoryTexts();
    const source = packedTextsModule(texts);
    expect(expandIn(source)).toEqual(texts);
    const bytes = (s: string) => Buffer.byteLength(s, "utf8");
    expect(bytes(source)).toBeLessThan(0.7 * bytes(Object.values(texts).join("")));
  });

  it("keeps words it doesn't code, separators and line breaks as they are", () => {
    const texts = {
      kazakhstan:
        "Alpha University | university | Almaty | Alpha; Альфа университеті\nBeta University | college |  | ",
      foreign: "Gamma University | CN | university | Harbin | Гамма университет; University of Gamma",
      places: "Harbin | CN | city | Харбин",
      countryWords: "CN | Chinese; китайский",
    };
    const { words } = packTexts(texts);
    expect(words).toContain("University");
    expect(expandIn(packedTextsModule(texts))).toEqual(texts);
  });

  it("refuses data that already uses the characters it codes with", () => {
    const texts = { kazakhstan: "A\ue000B | university |  | ", foreign: "", places: "", countryWords: "" };
    expect(() => packTexts(texts)).toThrow(/private-use/);
  });
});
