// The world gazetteer as the target of names the directory lacks: a name snaps to the institution it is
// when exactly one matches it, in the country the text gives; otherwise it stands as made, marked for
// review. Never another institution, silently.
import { describe, expect, it } from "vitest";
import { extractArticle, findInstitution } from "../../src/core/api";
import { resolveName } from "../../src/core/directory/gazetteer/resolve";
import { sentenceEntities } from "../../src/core/extract/entities";
import { tokenize } from "../../src/core/text/normalize";
import type { Institution } from "../../src/core/types";

const seen = (name: string) => {
  const found = findInstitution(name);
  return found && { name: found.name, country: found.country, review: found.review === true };
};

describe("a name the directory lacks, matched against the gazetteer", () => {
  it("names a translation as the institution names itself, whatever the word order", () => {
    // Translated as "Hanoi Agricultural University".
    expect(seen("Ханойский сельскохозяйственный университет")).toEqual({
      name: "Hanoi University of Agriculture",
      country: "VN",
      review: false,
    });
  });

  it("reads Technological as of Technology, and Polytechnic as Polytechnical", () => {
    // How the engine takes a translation it made: "Technological" is "of Technology".
    const translated = (name: string, country: string) =>
      resolveName(name, country, "university", true, []).institution?.name;
    expect(translated("Bialystok Technological University", "PL")).toBe("Bialystok University of Technology");
    expect(translated("Zhejiang Technological University", "CN")).toBe("Zhejiang University of Technology");
    // Translated as "Kabul Polytechnic University".
    expect(seen("Кабульский политехнический университет")).toEqual({
      name: "Polytechnical University of Kabul",
      country: "AF",
      review: false,
    });
  });

  it("tells a Technical from a Technological university where a city has both", () => {
    expect(seen("Казанский государственный технический университет")?.name).toBe(
      "Kazan National Research Technical University named after A.N. Tupolev",
    );
    expect(seen("Казанский государственный технологический университет")?.name).toBe(
      "Kazan National Research Technological University",
    );
  });

  it("keeps an English name as a text writes it, and gives its country", () => {
    // The gazetteer's "Technical University of Opole" is a former name; news writes the current one.
    expect(seen("Opole University of Technology")).toEqual({
      name: "Opole University of Technology",
      country: "PL",
      review: false,
    });
    expect(seen("Hue Agriculture and Forestry University (Vietnam)")).toEqual({
      name: "Hue Agriculture and Forestry University",
      country: "VN",
      review: false,
    });
  });

  it("takes a distinctive word spelled a little otherwise, where the text gives the country", () => {
    expect(seen("Chongbuk National University (South Korea)")).toEqual({
      name: "Chungbuk National University",
      country: "KR",
      review: false,
    });
    // A curated entry is matched the same way: "Тарем" is how one outlet wrote Tarim.
    expect(seen("Тарем университеті (Қытай)")).toMatchObject({ name: "Tarim University", country: "CN" });
    // With no country to check it against, a respelling is not trusted: the name stands as written.
    expect(seen("Chongbuk National University")).toEqual({
      name: "Chongbuk National University",
      country: "",
      review: false,
    });
  });

  it("keeps the text's spelling where the gazetteer only confirms it, and names it in English", () => {
    expect(seen("University of Zielona Góra in Poland")?.name).toBe("University of Zielona Góra");
    expect(seen("Kastamonu Üniversitesi (Türkiye)")?.name).toBe("Kastamonu University");
    // "ł" is no "l" with a mark, yet the gazetteer's "Bialystok" is the same word.
    expect(seen("Białystok University of Technology (Poland)")).toEqual({
      name: "Białystok University of Technology",
      country: "PL",
      review: false,
    });
  });

  it("refuses two candidates equally good: the name stands, marked for review", () => {
    // The gazetteer has a Symbiosis International University in India and one in the Emirates.
    expect(seen("Symbiosis International University")).toEqual({
      name: "Symbiosis International University",
      country: "",
      review: true,
    });
    expect(seen("Symbiosis International University (India)")).toEqual({
      name: "Symbiosis International University",
      country: "IN",
      review: false,
    });
  });

  it("refuses the only candidate when it is in another country than the text says", () => {
    expect(seen("Hue Agriculture and Forestry University (Thailand)")).toEqual({
      name: "Hue Agriculture and Forestry University",
      country: "TH",
      review: true,
    });
  });

  it("never drops a distinctive word to reach a known name", () => {
    // "Northwest" is missing from China Agricultural University, "Forestry" from Northwest A&F University.
    for (const name of [
      "Северо-Западный сельскохозяйственный университет (Китай)",
      "Солтүстік-Батыс ауыл шаруашылығы университеті (Қытай)",
    ])
      expect(seen(name)).toEqual({ name: "Northwest Agricultural University", country: "CN", review: true });
    // A directory name followed by a word of another name is that other name, not the directory's.
    expect(seen("Kazakh National University of Sports")?.name).toBe("Kazakh National University of Sports");
    expect(seen("Korea University Woosong")?.name).not.toBe("Korea University");
  });

  it("keeps a directory name with the person it is named after, not a gazetteer namesake", () => {
    // The gazetteer's "Moscow State University of Technology" is another institution.
    for (const name of [
      "Н.Э. Бауман атындағы Мәскеу мемлекеттік техникалық университеті",
      " н.э. бауман атындағы мәскеу мемлекеттік техникалық университетімен ",
      "Московский государственный технический университет",
    ])
      expect(seen(name)?.name).toBe("Bauman Moscow State Technical University");
  });

  it("takes Northwest A&F University when every word of its name is there", () => {
    expect(seen("Northwest Agricultural and Forestry University (China)")).toEqual({
      name: "Northwest A&F University",
      country: "CN",
      review: false,
    });
    expect(seen("Северо-Западный университет сельского и лесного хозяйства")?.name).toBe(
      "Northwest A&F University",
    );
    // Its Latin name with a Kazakh head word.
    expect(seen("Northwest A&F  университетінің")?.name).toBe("Northwest A&F University");
    // However the engine reads (or fails to read) the Russian adjectives, it is never another institution.
    const issue = findInstitution("Северо-Западный сельскохозяйственный и лесной университет (Китай)");
    expect(issue?.name ?? "").not.toBe("China Agricultural University");
  });

  it("lets the user's Directory override the gazetteer for the names it has", () => {
    const mine: Institution[] = [
      { name: "Hue Agroforestry University", aliases: [], country: "VN", type: "university" },
      {
        name: "Chungbuk University of Korea",
        aliases: ["Chungbuk National University"],
        country: "KR",
        type: "university",
      },
    ];
    expect(findInstitution("Chongbuk National University (South Korea)", mine)?.name).toBe(
      "Chungbuk University of Korea",
    );
    // An entry without all the name's words does not take it: the gazetteer still places it.
    expect(findInstitution("Hue Agriculture and Forestry University", mine)?.country).toBe("VN");
  });
});

describe("the gazetteer in an article", () => {
  const ARTICLE = [
    "Алматы, 12 марта 2025 года. Казахский национальный аграрный исследовательский университет подписал",
    "меморандум о сотрудничестве с Северо-Западным сельскохозяйственным университетом (Китай) в области",
    "селекции и агротехнологий.",
  ].join(" ");

  it("keeps a translated name it cannot confirm, never a different institution", () => {
    const partners = extractArticle(ARTICLE).partnerships.map((p) => [p.kz, p.partner, p.country]);
    expect(partners).toEqual([
      ["Kazakh National Agrarian Research University", "Northwest Agricultural University", "CN"],
    ]);
    // The row says why a person should check it.
    expect(extractArticle(ARTICLE).partnerships[0]?.review).toMatch(
      /"Northwest Agricultural University" is the engine's own reading/,
    );
  });

  it("marks that name for review, and a name it snapped not", () => {
    const entity = (text: string, name: string) =>
      sentenceEntities(text, tokenize(text), [], undefined).mentions.find((m) => m.entity.name === name)
        ?.entity;
    expect(entity(ARTICLE, "Northwest Agricultural University")?.review).toBe(true);
    const snapped = "Делегация Белостокского технологического университета посетила КазНУ.";
    expect(entity(snapped, "Białystok University of Technology")).toMatchObject({
      country: "PL",
      known: true,
    });
    expect(entity(snapped, "Białystok University of Technology")?.review).toBeUndefined();
  });

  it("does not let an acronym another institution goes by rename the name written before it", () => {
    // The directory knows "OUC" as Ocean University of China; the article names the Open University of China.
    const text =
      "Pavlodar, 5 June 2025. A delegation of the Open University of China (OUC) visited Toraighyrov University, and the two universities signed a memorandum on distance learning.";
    expect(extractArticle(text).partnerships.map((p) => [p.kz, p.partner, p.country])).toEqual([
      ["Toraighyrov University", "Open University of China (OUC)", "CN"],
    ]);
  });
});

describe("a Kazakhstan school written short or with its namesake spelled otherwise", () => {
  const resolved = (name: string) =>
    resolveName(name, null, "university", false, []).institution?.name ?? null;

  it("is the one institution of the register whose names have all its words", () => {
    expect(resolved("Gumilyov Eurasian University")).toBe("L.N. Gumilyov Eurasian National University");
    expect(resolved("Gumilyev Eurasian University")).toBe("L.N. Gumilyov Eurasian National University");
    expect(resolved("Abylai Khan University")).toBe(
      "Ablai Khan Kazakh University of International Relations and World Languages",
    );
  });

  it("is not an institution one of whose names the name lacks a word of", () => {
    // The Central Asian University and the Eurasian Humanities Institute are both in the register.
    expect(resolved("Central University")).toBeNull();
    expect(resolved("Humanities Institute")).toBeNull();
    expect(resolved("Almaty University")).toBeNull();
  });

  it("is not taken for a name of another country", () => {
    expect(resolveName("Gumilyov Eurasian University", "RU", "university", false, []).institution).toBeNull();
  });

  it("makes a Kazakhstan side of an English article", () => {
    const text =
      "Two Kazakh universities, the International IT-University and the Gumilyev Eurasian University, signed agreements with Tsinghua University on internships in Beijing.";
    expect(extractArticle(text).partnerships.map((p) => [p.kz, p.partner])).toEqual([
      ["International Information Technology University", "Tsinghua University"],
      ["L.N. Gumilyov Eurasian National University", "Tsinghua University"],
    ]);
  });
});
