import { describe, expect, it } from "vitest";
import { type BriefInput, writeBrief } from "../../src/core/summary/brief";
import { ruPlural } from "../../src/core/summary/brief-plural";

const year2025: BriefInput = {
  total: 23,
  period: { from: "2025", to: "2025" },
  kz: null,
  countries: [
    { code: "RU", name: "Russia", count: 4 },
    { code: "CN", name: "China", count: 15 },
    { code: "GB", name: "UK", count: 2 },
    { code: "KR", name: "South Korea", count: 1 },
  ],
  institutions: [
    { key: "Nazarbayev University", count: 4 },
    { key: "Al-Farabi Kazakh National University", count: 6 },
    { key: "Satbayev University", count: 2 },
  ],
  agreements: [
    { key: "agreement", count: 4 },
    { key: "memorandum", count: 9 },
    { key: "joint_program", count: 3 },
    { key: "visit", count: 2 },
  ],
  statuses: [
    { key: "discussed", count: 6 },
    { key: "signed", count: 12 },
    { key: "launched", count: 5 },
  ],
  timeline: [
    { key: "2025-01", count: 3 },
    { key: "2025-03", count: 6 },
    { key: "2025-04", count: 2 },
  ],
};

const ru = (input: Partial<BriefInput>) => writeBrief({ ...year2025, ...input }, "ru");

describe("the brief in English", () => {
  it("says how many, with whom, of which kinds, how far, who and when", () => {
    expect(writeBrief(year2025, "en")).toBe(
      "In 2025, Kazakhstan universities reported 23 partnerships, 15 with China, 4 with Russia and 2 with the UK. " +
        "They include 9 memoranda, 4 agreements and 3 joint programmes. " +
        "By status: 12 signed, 5 launched and 6 under discussion. " +
        "The most active were Al-Farabi Kazakh National University (6) and Nazarbayev University (4). " +
        "The busiest month was March 2025, with 6 partnerships.",
    );
  });

  it("speaks of one institution and a span of months when the filter says so", () => {
    const text = writeBrief(
      {
        ...year2025,
        total: 1,
        kz: "Satbayev University",
        period: { from: "2024-03", to: "2025-02" },
        countries: [{ code: "US", name: "USA", count: 1 }],
        agreements: [{ key: "internship", count: 1 }],
        statuses: [{ key: "signed", count: 1 }],
        timeline: [{ key: "2024-05", count: 1 }],
      },
      "en",
    );
    expect(text).toBe(
      "From March 2024 to February 2025, Satbayev University reported 1 partnership, with the USA. " +
        "It is an internship. By status: 1 signed.",
    );
  });

  it("says plainly when nothing matches", () => {
    expect(writeBrief({ ...year2025, total: 0 }, "en")).toBe("In 2025, no partnerships match.");
    expect(writeBrief({ ...year2025, total: 0, period: null }, "en")).toBe("No partnerships match.");
  });

  it("leaves the period out for undated rows and spans years", () => {
    expect(writeBrief({ ...year2025, period: null }, "en")).toMatch(/^Kazakhstan universities reported 23/);
    expect(writeBrief({ ...year2025, period: { from: "2023", to: "2025" } }, "en")).toMatch(
      /^From 2023 to 2025, Kazakhstan/,
    );
  });
});

describe("the brief in Russian", () => {
  it("reads as Russian with the right plural forms", () => {
    const countries = [
      { code: "RU", name: "Россия", count: 4 },
      { code: "CN", name: "Китай", count: 15 },
      { code: "GB", name: "Великобритания", count: 2 },
    ];
    expect(ru({ countries })).toBe(
      "В 2025 году у вузов Казахстана зафиксировано 23 партнёрства: 15 с Китаем, 4 с Россией и 2 с Великобританией. " +
        "Среди них 9 меморандумов, 4 соглашения и 3 совместные программы. " +
        "По статусу: подписано — 12, запущено — 5 и обсуждается — 6. " +
        "Наиболее активны: Al-Farabi Kazakh National University (6) и Nazarbayev University (4). " +
        "Больше всего партнёрств — в марте 2025 года (6).",
    );
  });

  it("chooses one, few or many after any numeral", () => {
    const forms = ["партнёрство", "партнёрства", "партнёрств"] as const;
    const cases: [number, string][] = [
      [1, "партнёрство"],
      [2, "партнёрства"],
      [4, "партнёрства"],
      [5, "партнёрств"],
      [11, "партнёрств"],
      [12, "партнёрств"],
      [14, "партнёрств"],
      [21, "партнёрство"],
      [22, "партнёрства"],
      [25, "партнёрств"],
      [111, "партнёрств"],
      [101, "партнёрство"],
      [0, "партнёрств"],
    ];
    for (const [n, form] of cases) expect(ruPlural(n, forms), String(n)).toBe(form);
    expect(ru({ total: 5, countries: [] })).toContain("зафиксировано 5 партнёрств.");
    expect(ru({ total: 21, countries: [] })).toContain("зафиксировано 21 партнёрство.");
    expect(ru({ total: 4, countries: [{ code: "CN", name: "Китай", count: 4 }] })).toContain(
      "зафиксировано 4 партнёрства, все с Китаем.",
    );
  });

  it("inflects agreement phrases, adjectives included", () => {
    const one = ru({ agreements: [{ key: "training_center", count: 1 }] });
    expect(one).toContain("Среди них 1 учебный центр.");
    expect(ru({ agreements: [{ key: "training_center", count: 3 }] })).toContain("3 учебных центра");
    expect(ru({ agreements: [{ key: "joint_lab", count: 5 }] })).toContain("5 совместных лабораторий");
    expect(ru({ agreements: [{ key: "joint_program", count: 22 }] })).toContain("22 совместные программы");
  });

  it("puts months in the case the preposition asks for", () => {
    expect(ru({ period: { from: "2024-03", to: "2025-02" } })).toMatch(
      /^С марта 2024 года по февраль 2025 года у вузов/,
    );
    expect(ru({ period: { from: "2023", to: "2025" } })).toMatch(/^С 2023 по 2025 год у вузов/);
    expect(ru({ period: { from: "2025-09", to: "2025-09" } })).toMatch(/^В сентябре 2025 года/);
    expect(
      ru({
        timeline: [
          { key: "2024", count: 5 },
          { key: "2025", count: 2 },
        ],
      }),
    ).toContain("Больше всего партнёрств — в 2024 году (5).");
  });
});

describe("the brief in Kazakh", () => {
  const kkCountries = [
    { code: "CN", name: "Қытай", count: 15 },
    { code: "RU", name: "Ресей", count: 4 },
  ];
  it("keeps nouns singular after numerals", () => {
    expect(writeBrief({ ...year2025, countries: kkCountries }, "kk")).toBe(
      "2025 жылы Қазақстан университеттері бойынша 23 серіктестік тіркелді: Қытаймен 15 және Ресеймен 4. " +
        "Олардың ішінде 9 меморандум, 4 келісім және 3 бірлескен бағдарлама бар. " +
        "Мәртебесі бойынша: қол қойылғаны — 12, іске қосылғаны — 5 және талқылануда — 6. " +
        "Ең белсенділері: Al-Farabi Kazakh National University (6) және Nazarbayev University (4). " +
        "Ең көп серіктестік 2025 жылғы наурызда тіркелді (6).",
    );
  });

  it("names a span of months without case endings", () => {
    expect(writeBrief({ ...year2025, period: { from: "2024-09", to: "2025-02" } }, "kk")).toMatch(
      /^2024 ж\. қыркүйек – 2025 ж\. ақпан аралығында/,
    );
    expect(writeBrief({ ...year2025, total: 0 }, "kk")).toBe("2025 жылы сәйкес серіктестік жоқ.");
  });
});

describe("the same sentences in every language", () => {
  const names = {
    en: ["China", "Russia", "UK", "South Korea"],
    ru: ["Китай", "Россия", "Великобритания", "Республика Корея"],
    kk: ["Қытай", "Ресей", "Ұлыбритания", "Оңтүстік Корея"],
  };
  const codes = ["CN", "RU", "GB", "KR"];
  it("names the same countries, with the busiest month even when the timeline is by year", () => {
    for (const lang of ["en", "ru", "kk"] as const) {
      // Ties among countries: every language picks them by code, not by its own spelling.
      const countries = codes.map((code, i) => ({ code, name: names[lang][i]!, count: i === 0 ? 5 : 1 }));
      const text = writeBrief(
        {
          ...year2025,
          countries,
          timeline: [{ key: "2025", count: 23 }],
          months: year2025.timeline,
          institutionName: (n) => `${lang}:${n}`,
        },
        lang,
      );
      const sentences = text.split(/(?<=\.) (?=\p{Lu}|\d)/u);
      expect(sentences, `${lang}: ${text}`).toHaveLength(5);
      // China (5), then the ties GB and KR by code; RU is left out in every language.
      expect(text).toContain(names[lang][2]!.slice(0, 5));
      expect(text).toContain(names[lang][3]!.slice(0, 5));
      expect(text).not.toContain(names[lang][1]!.slice(0, 4));
      expect(text).toContain(`${lang}:Al-Farabi Kazakh National University`);
      expect(text).toMatch(
        lang === "en" ? /March 2025/ : lang === "ru" ? /марте 2025/ : /2025 жылғы наурызда/,
      );
    }
  });
});

describe("the brief with names from the sheet", () => {
  it("keeps a name as it was written (the page shows it as text)", () => {
    const name = "<img src=x onerror=alert(1)>";
    const text = writeBrief({ ...year2025, kz: name }, "en");
    expect(text).toContain(`${name} reported 23 partnerships`);
    expect(text).not.toContain("The most active");
  });
});
