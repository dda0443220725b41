import { describe, expect, it } from "vitest";
import { findInstitution } from "../../src/core/api";
import type { Institution } from "../../src/core/types";

describe("inflected names find the directory's institution", () => {
  it.each([
    ["Эксетерский университет", "nominative"],
    ["Эксетерского университета", "genitive"],
    ["Эксетерскому университету", "dative"],
    ["Эксетерский университет", "accusative"],
    ["Эксетерским университетом", "instrumental"],
    ["Эксетерском университете", "prepositional"],
  ])("Russian %s (%s) -> University of Exeter", (name) => {
    expect(findInstitution(name)?.name).toBe("University of Exeter");
  });

  it.each([
    "Карагандинский технический университет",
    "Карагандинского технического университета",
    "Карагандинскому техническому университету",
    "Карагандинским техническим университетом",
    "Карагандинском техническом университете",
  ])("Russian adjective + adjective + noun: %s", (name) => {
    expect(findInstitution(name)?.name).toBe("Karaganda Technical University");
  });

  it.each([
    "Әл-Фараби атындағы Қазақ ұлттық университеті",
    "Әл-Фараби атындағы Қазақ ұлттық университетінің",
    "Әл-Фараби атындағы Қазақ ұлттық университетіне",
    "Әл-Фараби атындағы Қазақ ұлттық университетін",
    "Әл-Фараби атындағы Қазақ ұлттық университетінде",
    "Әл-Фараби атындағы Қазақ ұлттық университетінен",
    "Әл-Фараби атындағы Қазақ ұлттық университетімен",
  ])("Kazakh case endings: %s", (name) => {
    expect(findInstitution(name)?.name).toBe("Al-Farabi Kazakh National University");
  });

  it("reads Kazakh endings on names the data spells without them", () => {
    // The data lists this name with "имени" only; the abbreviation reads the same.
    expect(
      findInstitution("Казахский национальный исследовательский технический университет им. К.И. Сатпаева")
        ?.name,
    ).toBe("Satbayev University");
    expect(findInstitution("КазНИТУ имени К.И. Сатпаева")?.name).toBe("Satbayev University");
    expect(findInstitution("Ухань университетінің")?.name).toBe("Wuhan University");
    expect(findInstitution("ҚазҰУ-да")?.name).toBe("Al-Farabi Kazakh National University");
  });

  it("is case-insensitive for names and exact for acronyms", () => {
    expect(findInstitution("al-farabi kazakh national university")?.name).toBe(
      "Al-Farabi Kazakh National University",
    );
    expect(findInstitution("KazNU")?.name).toBe("Al-Farabi Kazakh National University");
    expect(findInstitution("nu")).toBeNull();
  });

  it("lets the user's own entries extend and override the directory", () => {
    const extra: Institution[] = [
      {
        name: "Zhetysu Polytechnic Higher College",
        aliases: ["Жетысуский политехнический высший колледж", "ЖПВК"],
        country: "KZ",
        type: "college",
      },
      { name: "My Exeter", aliases: ["Эксетерский университет"], country: "GB", type: "university" },
    ];
    expect(findInstitution("Жетысуского политехнического высшего колледжа", extra)?.name).toBe(
      "Zhetysu Polytechnic Higher College",
    );
    expect(findInstitution("ЖПВК", extra)?.type).toBe("college");
    expect(findInstitution("Эксетерским университетом", extra)?.name).toBe("My Exeter");
    expect(findInstitution("Эксетерским университетом")?.name).toBe("University of Exeter");
  });
});

describe("'named after' written or left out", () => {
  it.each([
    ["Университета имени Шакарима", "Shakarim University"],
    ["Университет Шакарима", "Shakarim University"],
    ["ГрГУ имени Янки Купалы", "Yanka Kupala State University of Grodno"],
    ["ГрГУ им. Янки Купалы", "Yanka Kupala State University of Grodno"],
    // A first name written out where the directory has its initial, and the other way round.
    ["СКУ имени Манаша Козыбаева", "Manash Kozybayev North Kazakhstan University"],
    ["Северо-Казахстанского университета имени М. Козыбаева", "Manash Kozybayev North Kazakhstan University"],
  ])("%s -> %s", (name, english) => {
    expect(findInstitution(name)?.name).toBe(english);
  });
});

it("an initial stands for a first name, not for any word: 'университет имени П.М. Машерова' is not Universiti Putra Malaysia", () => {
  expect(findInstitution("Витебский государственный университет имени П.М. Машерова")?.name).not.toBe(
    "Universiti Putra Malaysia",
  );
  expect(findInstitution("университет имени П.М. Машерова")?.name).not.toBe("Universiti Putra Malaysia");
});

describe("names the directory has never seen", () => {
  it.each([
    ["Ланьчжоуский транспортный университет", "Lanzhou", "CN", "university"],
    [
      "Шаньдунского профессионально-технического колледжа",
      "Shandong Vocational Technical College",
      "CN",
      "college",
    ],
    ["Ханчжоу кәсіптік-техникалық колледжімен", "Hangzhou Vocational Technical College", "CN", "college"],
    [
      "Самарқанд мемлекеттік медицина университетінің",
      "Samarkand State Medical University",
      "UZ",
      "university",
    ],
    [
      "Changzhou Institute of Mechatronic Technology (China)",
      "Changzhou Institute of Mechatronic Technology",
      "CN",
      "university",
    ],
    ["Университет Эрджиес", "Erciyes University", "TR", "university"],
    ["Universidad de Antioquia (Colombia)", "Universidad de Antioquia", "CO", "university"],
    // Under its English name, which the gazetteer gives.
    ["Kastamonu Üniversitesi (Türkiye)", "Kastamonu University", "TR", "university"],
  ])("%s -> %s (%s)", (name, english, country, type) => {
    const found = findInstitution(name);
    expect(found?.name).toContain(english);
    expect(found?.country).toBe(country);
    expect(found?.type).toBe(type);
  });

  it("translates known words, resolves place adjectives and transliterates the rest", () => {
    const found = findInstitution("Российский государственный университет туризма");
    expect(found?.name.startsWith("Russian State University")).toBe(true);
    expect(found?.country).toBe("RU");
    const named = findInstitution("Университет Тоттори");
    expect(named?.name).toBe("Tottori University");
  });

  it("names a translated institution with the word its country's institutions use in English", () => {
    // Real names: "Azerbaijan State ...", "Uzbekistan State ...", but "Kyrgyz State ...", "Tajik National ...".
    for (const name of [
      "Азербайджанский государственный педагогический университет",
      "Әзербайжан мемлекеттік педагогикалық университеті",
    ])
      expect(findInstitution(name)?.name).toBe("Azerbaijan State Pedagogical University");
    expect(findInstitution("Узбекский государственный медицинский институт")?.name).toBe(
      "Uzbekistan State Medical Institute",
    );
    expect(findInstitution("Кыргызский государственный медицинский институт")?.name).toBe(
      "Kyrgyz State Medical Institute",
    );
    expect(findInstitution("Таджикский государственный медицинский институт")?.name).toBe(
      "Tajik State Medical Institute",
    );
  });

  it("reads a long name with lower-case subjects and an inner 'and' as one name", () => {
    // Translated, then found in the directory under its English name in another word order.
    for (const name of [
      "Солтүстік-батыс ауыл шаруашылығы және орман шаруашылығы университеті",
      "Солтүстік-батыс ауыл және орман шаруашылығы университетімен",
      "Северо-Западный университет сельского и лесного хозяйства",
    ])
      expect(findInstitution(name)?.name).toBe("Northwest A&F University");
    expect(findInstitution("Ташкентский университет сельского и лесного хозяйства")?.name).toBe(
      "Tashkent University of Agriculture and Forestry",
    );
    expect(findInstitution("Университет сельского хозяйства и лесоводства")?.name).toBe(
      "University of Agriculture and Forestry",
    );
    expect(findInstitution("Бухарский университет пищевой промышленности и водного хозяйства")?.name).toBe(
      "Bukhara University of Food Industry and Water Management",
    );
    expect(findInstitution("Өзбекстан мемлекеттік дене шынықтыру және спорт университетімен")?.name).toBe(
      "Uzbekistan State University of Physical Culture and Sport",
    );
    expect(findInstitution("Ферғана ауыл шаруашылығы университетінің")?.name).toBe(
      "Fergana Agricultural University",
    );
  });

  it("names a foreign city the gazetteer knows in its own spelling, and translates subject words", () => {
    // The university of a Slovak city is "University of Žilina" in English.
    expect(findInstitution("Жилина университеті")?.name).toBe("University of Žilina");
    expect(findInstitution("Жилина университеті")?.country).toBe("SK");
    expect(findInstitution("Ташкентский педиатрический медицинский институт")?.name).toBe(
      "Tashkent Pediatric Medical Institute",
    );
    expect(findInstitution("Чонбукский национальный университет")?.name).toBe("Jeonbuk National University");
    expect(findInstitution("Алтай мемлекеттік техникалық университетімен")?.name).toBe(
      "Altai State Technical University",
    );
  });

  it("reads a lower-case Russian adjective after a capitalised one as part of the name", () => {
    const toronto = findInstitution("Торонтским столичным университетом");
    expect(toronto?.name).toBe("Toronto Metropolitan University");
    expect(toronto?.country).toBe("CA");
    expect(findInstitution("ведущим американским университетом")).toBeNull();
  });

  it("reads hyphenated place adjectives whole and names Chinese teachers' universities 'Normal'", () => {
    expect(findInstitution("Иссык-Кульским государственным университетом")?.name).toBe(
      "Issyk-Kul State University",
    );
    expect(findInstitution("Ханчжоуский педагогический университет")?.name).toBe(
      "Hangzhou Normal University",
    );
    expect(findInstitution("Таразский инновационно-гуманитарный университет")?.name).toBe(
      "Taraz Innovative Humanitarian University",
    );
  });

  it("keeps an unknown Latin name as written, apostrophes and letters included", () => {
    expect(findInstitution("Hoseo Women's University")?.name).toBe("Hoseo Women's University");
    expect(findInstitution("Xi'an Eurasia University")?.name).toBe("Xi'an Eurasia University");
  });

  it("leaves 'in <country>' out of a name, keeps 'in <city>'", () => {
    const found = findInstitution("University of Zielona Góra in Poland");
    expect(found?.name).toBe("University of Zielona Góra");
    expect(found?.country).toBe("PL");
    expect(findInstitution("Tomas Bata University in Zlín")?.name).toBe("Tomas Bata University in Zlín");
  });

  it("names Kazakhstan's regions as English names do: West Kazakhstan, North Kazakhstan", () => {
    expect(findInstitution("Западно-Казахстанский аграрный колледж")?.name).toBe(
      "West Kazakhstan Agrarian College",
    );
    expect(findInstitution("Батыс Қазақстан аграрлық колледжі")?.name).toBe(
      "West Kazakhstan Agrarian College",
    );
    expect(findInstitution("Северо-Казахстанский медицинский колледж")?.name).toBe(
      "North Kazakhstan Medical College",
    );
  });

  it("ends a Russian name where another head starts; a region's adjective gives the region's name", () => {
    expect(findInstitution("Мангистауский политехнический колледж")?.name).toBe(
      "Mangystau Polytechnic College",
    );
    expect(findInstitution("Мангистауский политехнический колледж и Университет Анкары")?.name).toBe(
      "Mangystau Polytechnic College",
    );
  });

  it("reads a Kazakh name that lists its subjects with commas", () => {
    expect(
      findInstitution(
        "Бұхара мемлекеттік ветеринария медицинасы, тамақ өнеркәсібі және биотехнологиялар университеті",
      )?.name,
    ).toBe("Bukhara State University of Veterinary Medicine, Food Industry and Biotechnologies");
    expect(findInstitution("Алматы, Астана және Шымкент университеттері")).toBeNull();
  });

  it("takes no description for a name, in Kazakh with lower-case words", () => {
    expect(findInstitution("ауыл шаруашылығы университеті")).toBeNull();
    expect(findInstitution("Биыл ауыл шаруашылығы университеті")).toBeNull();
    expect(findInstitution("Қазақстан жастары шетел университетіне")).toBeNull();
    expect(findInstitution("Ресейлік қонақтар университеттің")).toBeNull();
    expect(findInstitution("Қызылордада қытайлық университетпен")).toBeNull();
    expect(findInstitution("Қазір университетте")).toBeNull();
    // The place is no part of the name; the gazetteer names the university in full.
    expect(findInstitution("Қызылордада Астрахан техникалық университетінің")?.name).toBe(
      "Astrakhan State Technical University",
    );
  });

  it("does not take a plain word or a description for a name", () => {
    expect(findInstitution("university")).toBeNull();
    expect(findInstitution("State University")).toBeNull();
    expect(findInstitution("")).toBeNull();
    expect(findInstitution("зарубежными университетами")).toBeNull();
    expect(findInstitution("Қытай университеті")).toBeNull();
    expect(findInstitution("Институт Конфуция")).toBeNull();
    expect(findInstitution("ведущим университетом Казахстана")).toBeNull();
  });

  it("an acronym matches only a word written as one: 'Ранее' is not 'РАН'", () => {
    expect(findInstitution("РАН")?.name).toBe("Russian Academy of Sciences");
    expect(findInstitution("Ранее")?.name).toBeUndefined();
  });

  it("a German Hochschule goes by the English name it uses", () => {
    expect(findInstitution("Hochschule Mittweida")?.name).toBe("Mittweida University of Applied Sciences");
    expect(findInstitution("Mittweida University of Applied Sciences")?.country).toBe("DE");
  });

  it("a Russian name keeps its subject in the genitive; a vocational institute is a college", () => {
    const found = findInstitution("Чжэцзянским профессионально-техническим институтом легкой промышленности");
    expect([found?.name, found?.type, found?.country]).toEqual([
      "Zhejiang Vocational Technical Institute of Light Industry",
      "college",
      "CN",
    ]);
    expect(findInstitution("Чжэцзянский институт легкой промышленности")?.type).toBe("university");
  });

  it("Turkish and Kazakhstan names as their institutions spell them in English", () => {
    expect(findInstitution("Университетом Пири Рейса")?.name).toBe("Piri Reis University");
    expect(findInstitution("Пири Рейс университетімен")?.country).toBe("TR");
    expect(findInstitution("Кокшетауский университет имени Абая Мырзахметова")?.name).toBe(
      "Abay Myrzakhmetov Kokshetau University",
    );
  });

  it("a Kazakh place word in '-дағы' before a name is where it is, not part of the name", () => {
    const found = findInstitution("Польшадағы Вроцлав технологиялық университетінде");
    expect([found?.name, found?.country]).toEqual(["Wrocław University of Technology", "PL"]);
  });
});
