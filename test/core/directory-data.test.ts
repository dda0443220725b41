import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { COUNTRY_WORDS } from "../../src/core/directory/data/country-words";
import { FOREIGN, FOREIGN_SOURCES } from "../../src/core/directory/data/foreign";
import { builtinCountryWords, builtinInstitutions, builtinPlaces } from "../../src/core/directory/data/index";
import { KAZAKHSTAN } from "../../src/core/directory/data/kazakhstan";
import { parseCountryWords, parseInstitutions, parsePlaces } from "../../src/core/directory/data/parse";
import { PLACES } from "../../src/core/directory/data/places";
import { isPartnerType } from "../../src/core/schema";
import type { Institution } from "../../src/core/types";

const MIN_KZ = 120;
const MIN_FOREIGN = 400;
const MIN_PLACES = 300;

/**
 * Aliases that really do name two institutions; the engine must use context (or the longer name) for them.
 * Keys are normalized aliases, values the canonical names that share it.
 */
const KNOWN_AMBIGUOUS: Record<string, string[]> = {};

const kazakhstan = parseInstitutions(KAZAKHSTAN, "KZ");
const foreign = parseInstitutions(FOREIGN);
const all = [...kazakhstan, ...foreign];
const places = parsePlaces(PLACES);

// The same folding a reader does: case, ё/е, quotes and spacing do not make two names different.
const normalize = (value: string) =>
  value
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[«»"“”„']/g, "")
    .replace(/\s+/g, " ")
    .trim();

const CYRILLIC = /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
// Kazakh-only letters, or the Kazakh possessive ending of "university"/"academy"/"institute".
const KAZAKH = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]|(университеті|академиясы|институты|колледжі)$/;

const byName = (name: string): Institution => {
  const found = all.find((institution) => institution.name === name);
  if (!found) throw new Error(`no institution named ${name}`);
  return found;
};

describe("built-in directory data", () => {
  it("parses every file and reaches the minimum sizes", () => {
    expect(kazakhstan.length).toBeGreaterThanOrEqual(MIN_KZ);
    expect(foreign.length).toBeGreaterThanOrEqual(MIN_FOREIGN);
    expect(places.length).toBeGreaterThanOrEqual(MIN_PLACES);
    for (const source of FOREIGN_SOURCES) expect(parseInstitutions(source).length).toBeGreaterThan(0);
    expect(builtinInstitutions()).toHaveLength(all.length);
    expect(builtinPlaces()).toHaveLength(places.length);
    expect(builtinCountryWords().size).toBe(parseCountryWords(COUNTRY_WORDS).size);
  });

  it("gives every institution a real ISO country and a schema type", () => {
    for (const institution of all) {
      expect(countries.isValid(institution.country), `${institution.name}: ${institution.country}`).toBe(
        true,
      );
      expect(isPartnerType(institution.type), institution.name).toBe(true);
    }
    expect(kazakhstan.every((institution) => institution.country === "KZ")).toBe(true);
    expect(foreign.filter((institution) => institution.country === "KZ")).toEqual([]);
  });

  it("has no two entries with the same canonical name", () => {
    const seen = new Map<string, number>();
    for (const { name } of all) seen.set(normalize(name), (seen.get(normalize(name)) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([name]) => name)).toEqual([]);
  });

  it("lets no alias (or name) point to two institutions, except the listed ambiguities", () => {
    const owners = new Map<string, Set<string>>();
    for (const institution of all) {
      for (const alias of [institution.name, ...institution.aliases]) {
        const key = normalize(alias);
        const set = owners.get(key) ?? new Set<string>();
        set.add(institution.name);
        owners.set(key, set);
      }
    }
    const clashes = [...owners]
      .filter(([, names]) => names.size > 1)
      .filter(([alias, names]) => {
        const known = KNOWN_AMBIGUOUS[alias];
        return !known || [...names].some((name) => !known.includes(name));
      })
      .map(([alias, names]) => `${alias}: ${[...names].join(" / ")}`);
    expect(clashes).toEqual([]);
  });

  it("gives every Kazakhstan university a Russian and a Kazakh name", () => {
    for (const university of kazakhstan.filter((institution) => institution.type === "university")) {
      const cyrillic = university.aliases.filter((alias) => CYRILLIC.test(alias));
      const kazakh = cyrillic.filter((alias) => KAZAKH.test(alias));
      expect(cyrillic.length - kazakh.length, `${university.name} has no Russian alias`).toBeGreaterThan(0);
      expect(kazakh.length, `${university.name} has no Kazakh alias`).toBeGreaterThan(0);
    }
  });

  it("gives every place a real ISO country and a local spelling", () => {
    for (const place of places) {
      expect(countries.isValid(place.country), `${place.name}: ${place.country}`).toBe(true);
      expect(place.aliases.length, place.name).toBeGreaterThan(0);
    }
    const names = places.map((place) => `${normalize(place.name)}|${place.country}`);
    expect(names.length).toBe(new Set(names).size);
  });

  it("gives country words to real countries", () => {
    for (const code of parseCountryWords(COUNTRY_WORDS).keys())
      expect(countries.isValid(code), code).toBe(true);
  });

  it("knows what users look up", () => {
    const kaznu = byName("Al-Farabi Kazakh National University");
    expect(kaznu.aliases).toEqual(expect.arrayContaining(["КазНУ", "ҚазҰУ", "KazNU"]));
    expect(byName("University of Exeter").country).toBe("GB");
    expect(byName("Huawei")).toMatchObject({ country: "CN", type: "company" });
    expect(byName("Karaganda Technical University").aliases).toContain(
      "Abylkas Saginov Karaganda Technical University",
    );
    expect(byName("Urumqi Vocational University").aliases).toContain(
      "Урумчийский профессиональный университет",
    );
    const harbin = places.find((place) => place.name === "Harbin");
    expect(harbin).toMatchObject({ country: "CN" });
    expect(harbin?.aliases).toContain("Харбинский");
    expect(parseCountryWords(COUNTRY_WORDS).get("CN")).toEqual(expect.arrayContaining(["КНР", "ҚХР"]));
  });

  it("finds institutions by the names Russian and Kazakh articles use", () => {
    const owner = (alias: string) =>
      all.find((institution) => institution.aliases.some((known) => normalize(known) === normalize(alias)))
        ?.name;
    expect(owner("Сианьский университет Цзяотун")).toBe("Xi'an Jiaotong University");
    expect(owner("Ухань университеті")).toBe("Wuhan University");
    expect(owner("КазНТУ")).toBe("Satbayev University");
    expect(owner("ҚарМТУ")).toBe("Karaganda Technical University");
    expect(owner("Karaganda State University named after E.A. Buketov")).toBe("Karaganda Buketov University");
    expect(owner("Павлодарский государственный университет имени С. Торайгырова")).toBe(
      "Toraighyrov University",
    );
    expect(owner("АҚШ-тың Қазақстандағы елшілігі")).toBe("Embassy of the United States in Kazakhstan");
    expect(owner("Посольство КНР в Казахстане")).toBe(
      "Embassy of the People's Republic of China in Kazakhstan",
    );
    expect(owner("НИТУ МИСиС")).toBe("National University of Science and Technology MISIS");
    expect(owner("Тяньцзиньский профессионально-технический колледж лёгкой промышленности")).toBe(
      "Tianjin Light Industry Vocational Technical College",
    );
    expect(byName("Tianjin Light Industry Vocational Technical College")).toMatchObject({
      country: "CN",
      type: "college",
    });
    const urumqi = places.find((place) => place.name === "Urumqi");
    expect(urumqi?.aliases).toEqual(expect.arrayContaining(["Урумчи", "Урумчийский", "Үрімжі"]));
  });
});

describe("directory data parser", () => {
  it("reads fields, lists, comments and blank lines", () => {
    const text =
      "# comment\n\nFoo University | CN | university | Harbin | FU; Фу;  ; FU\nBar Ltd | US | company |  \n";
    expect(parseInstitutions(text)).toEqual([
      { name: "Foo University", country: "CN", type: "university", city: "Harbin", aliases: ["FU", "Фу"] },
      { name: "Bar Ltd", country: "US", type: "company", aliases: [] },
    ]);
    expect(parseInstitutions("Baz University | college | Almaty | BU", "KZ")).toEqual([
      { name: "Baz University", country: "KZ", type: "college", city: "Almaty", aliases: ["BU"] },
    ]);
    expect(parsePlaces("Harbin | CN | city | Харбин; Харбинский")).toEqual([
      { name: "Harbin", country: "CN", kind: "city", aliases: ["Харбин", "Харбинский"] },
    ]);
    expect(parseCountryWords("CN | Chinese; КНР\nCN | ҚХР").get("CN")).toEqual(["Chinese", "КНР", "ҚХР"]);
  });

  it('keeps a Russian \'named after\' alias as written: the matcher reads "им." and "имени" alike', () => {
    const [full] = parseInstitutions("X University | university | Taraz | ТарГУ имени М.Х. Дулати", "KZ");
    expect(full?.aliases).toEqual(["ТарГУ имени М.Х. Дулати"]);
  });

  it("names the malformed line", () => {
    expect(() => parseInstitutions("\nFoo | CN | school | Harbin | F")).toThrow(
      /line 2.*unknown type "school"/,
    );
    expect(() => parseInstitutions("Foo | China | university | Harbin | F")).toThrow(/line 1.*country code/);
    expect(() => parseInstitutions("Foo | university | Almaty | a | b", "KZ")).toThrow(/line 1.*fields/);
    expect(() => parsePlaces("Harbin | CN | town | Харбин")).toThrow(/line 1.*kind "town"/);
    expect(() => parseCountryWords("CN Chinese")).toThrow(/line 1.*fields/);
  });
});
