// State bodies named through an office or its holder: which body, whose, and where.
import { describe, expect, it } from "vitest";
import { findCountryHints } from "../../src/core/countries";
import { findRoleBodies } from "../../src/core/extract/roles";
import { tokenize } from "../../src/core/text/normalize";

function bodies(text: string): Array<[string, string]> {
  const tokens = tokenize(text);
  const found = findRoleBodies(text, tokens, findCountryHints(tokens), new Uint8Array(tokens.length + 1));
  return found.mentions.map((m) => [m.entity.name, m.entity.country ?? ""]);
}

describe("embassies and consulates through their envoys", () => {
  it("reads a foreign consul general in Kazakhstan as the consulate, in Almaty unless a city is named", () => {
    expect(bodies("The rector met the Consul General of Hungary in Kazakhstan, Mr. Kovacs.")).toEqual([
      ["Consulate General of Hungary in Almaty", "HU"],
    ]);
    expect(bodies("Генеральный консул Франции в Алматы посетил университет.")).toEqual([
      ["Consulate General of France in Almaty", "FR"],
    ]);
    expect(bodies("Шымкенттегі Өзбекстанның бас консулы университетке келді.")).toEqual([
      ["Consulate General of the Republic of Uzbekistan in Shymkent", "UZ"],
    ]);
  });

  it("reads Kazakhstan's own envoys abroad as its embassy or consulate there", () => {
    expect(bodies("The Ambassador of Kazakhstan to Poland opened the exhibition.")).toEqual([
      ["Embassy of the Republic of Kazakhstan in the Republic of Poland", "KZ"],
    ]);
    expect(bodies("Посол Казахстана в Японии выступил с лекцией.")).toEqual([
      ["Embassy of the Republic of Kazakhstan in Japan", "KZ"],
    ]);
    expect(bodies("Қазақстанның Түркиядағы елшісі дәріс оқыды.")).toEqual([
      ["Embassy of the Republic of Kazakhstan in the Republic of Türkiye", "KZ"],
    ]);
    expect(bodies("Генеральный консул Республики Казахстан в Стамбуле встретился с ректором.")).toEqual([
      ["Consulate General of the Republic of Kazakhstan in Istanbul", "KZ"],
    ]);
  });

  it("gives each country of a list of ambassadors its embassy", () => {
    expect(bodies("Италия, Испания және Франция мемлекеттерінің елшілері университетке келді.")).toEqual([
      ["Embassy of Italy in Kazakhstan", "IT"],
      ["Embassy of Spain in Kazakhstan", "ES"],
      ["Embassy of France in Kazakhstan", "FR"],
    ]);
  });

  it("takes no side for an honorary consul, nor for a mission between two other countries", () => {
    expect(bodies("The honorary consul of Latvia attended the ceremony.")).toEqual([]);
    expect(bodies("The Russian consul in Shanghai also spoke.")).toEqual([]);
  });
});

describe("ministries through their ministers", () => {
  it("names a foreign ministry from its minister, in English, Russian and Kazakh", () => {
    expect(bodies("The Minister of Education and Science of Mongolia visited the campus.")).toEqual([
      ["Ministry of Education and Science of Mongolia", "MN"],
    ]);
    expect(bodies("Заместитель министра высшего образования и науки Франции провел встречу.")).toEqual([
      ["Ministry of Higher Education and Science of France", "FR"],
    ]);
    expect(bodies("Моңғолияның Білім және ғылым министрі университетте болды.")).toEqual([
      ["Ministry of Education and Science of Mongolia", "MN"],
    ]);
  });

  it("uses the directory's name for a ministry it knows", () => {
    expect(bodies("Министр науки и высшего образования РК подписал соглашение.")).toEqual([
      ["Ministry of Science and Higher Education of the Republic of Kazakhstan", "KZ"],
    ]);
  });

  it("takes no side for a prime minister, nor for a minister whose ministry the text does not name", () => {
    expect(bodies("The Prime Minister of Japan arrived in Astana.")).toEqual([]);
    expect(bodies("The minister of Japan arrived in Astana.")).toEqual([]);
  });
});
