import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkArticle, extractArticle, findInstitution } from "../../src/core/api";
import { sentenceEntities } from "../../src/core/extract/entities";
import { tokenize } from "../../src/core/text/normalize";
import type { Partnership } from "../../src/core/types";

const article = (name: string) => readFileSync(join(__dirname, "../fixtures/articles", name), "utf8");
const pairs = (name: string) =>
  extractArticle(article(name)).partnerships.map((p) => [
    p.kz,
    p.partner,
    p.country,
    p.partner_type,
    p.agreement,
    p.status,
  ]);
const find = (list: readonly Partnership[], partner: string) => list.find((p) => p.partner.includes(partner));

describe("pairs, agreement and status from articles in three languages", () => {
  it("English: two pairs, and a background list that gives none", () => {
    expect(pairs("en-two-pairs-background.txt")).toEqual([
      ["Satbayev University", "AGH University of Krakow", "PL", "university", "memorandum", "signed"],
      ["Satbayev University", "University of Oulu", "FI", "university", "joint_program", "discussed"],
    ]);
  });

  it("English: an unknown Chinese college with an unknown Kazakh college, and a foreign company", () => {
    expect(pairs("en-unknown-college-company.txt")).toEqual([
      [
        "Kostanay Higher Polytechnic College",
        "Changzhou Institute of Mechatronic Technology",
        "CN",
        "university",
        "training_center",
        "launched",
      ],
      ["Kostanay Higher Polytechnic College", "Festo", "DE", "company", "memorandum", "signed"],
    ]);
  });

  it("English: an ambassador's visit is the embassy's", () => {
    expect(pairs("en-embassy.txt")).toEqual([
      [
        "Auezov South Kazakhstan University",
        "Embassy of Hungary in Kazakhstan",
        "HU",
        "embassy",
        "visit",
        "discussed",
      ],
    ]);
  });

  it("Kazakhstan's own embassy abroad is no foreign side: it is a Kazakhstan side", () => {
    expect(pairs("en-own-embassy.txt")).toEqual([
      [
        "Embassy of the Republic of Kazakhstan in the People's Republic of China",
        "Peking University",
        "CN",
        "university",
        "event",
        "launched",
      ],
      ["Al-Farabi Kazakh National University", "Peking University", "CN", "university", "event", "launched"],
    ]);
  });

  it("Kazakhstan-only cooperation gives nothing, in English and in Kazakh", () => {
    expect(pairs("en-kz-kz.txt")).toEqual([]);
    expect(pairs("kk-kz-kz.txt")).toEqual([]);
    // An unknown Kazakhstan university is not made foreign by a country named in passing.
    expect(pairs("en-kz-kz-unknown.txt")).toEqual([]);
  });

  it("Russian: inflected unknown names get English names and countries; the partner list is background", () => {
    expect(pairs("ru-unknown-names.txt")).toEqual([
      [
        "Pavlodar Higher Polytechnic College",
        "Shandong Vocational Technical University",
        "CN",
        "university",
        "training_center",
        "signed",
      ],
      [
        "Pavlodar Higher Polytechnic College",
        "Lanzhou Jiaotong University",
        "CN",
        "university",
        "academic_mobility",
        "discussed",
      ],
      [
        "Pavlodar Higher Polytechnic College",
        "Erciyes University",
        "TR",
        "university",
        "memorandum",
        "signed",
      ],
    ]);
  });

  it("Russian: a lab opened with one partner, mobility signed with another", () => {
    const result = extractArticle(article("ru-two-pairs.txt"));
    expect(result.lang).toBe("ru");
    expect(result.date).toBe("2024-09-17");
    const lab = find(result.partnerships, "Munich");
    expect([lab?.agreement, lab?.status, lab?.country, lab?.fields]).toEqual([
      "joint_lab",
      "launched",
      "DE",
      ["energy"],
    ]);
    const kazan = find(result.partnerships, "Kazan");
    expect([kazan?.agreement, kazan?.status, kazan?.country]).toEqual(["academic_mobility", "signed", "RU"]);
    expect(result.partnerships).toHaveLength(2);
  });

  it("Russian and Kazakh: foreign companies named with their country", () => {
    expect(pairs("ru-company.txt")).toEqual([
      ["Karaganda Technical University", "XCMG", "CN", "company", "training_center", "signed"],
    ]);
    expect(pairs("kk-company.txt")).toEqual([
      ["Satbayev University", "POSCO", "KR", "company", "joint_lab", "launched"],
    ]);
  });

  it("Russian and Kazakh: an ambassador's visit", () => {
    expect(pairs("ru-embassy.txt")).toEqual([
      [
        "Karaganda Technical University",
        "Embassy of Poland in Kazakhstan",
        "PL",
        "embassy",
        "visit",
        "discussed",
      ],
    ]);
    expect(pairs("kk-embassy.txt")).toEqual([
      [
        "Abai Kazakh National Pedagogical University",
        "Embassy of Türkiye in Kazakhstan",
        "TR",
        "embassy",
        "visit",
        "discussed",
      ],
    ]);
  });

  it("Kazakh: unknown names with endings, a signing and a visit", () => {
    const result = extractArticle(article("kk-unknown-names.txt"));
    expect(result.lang).toBe("kk");
    expect(result.date).toBe("2025-03-12");
    expect(result.partnerships.map((p) => [p.kz, p.partner, p.country, p.agreement, p.status])).toEqual([
      [
        "Semey Higher Polytechnic College",
        "Hangzhou Vocational Technical College",
        "CN",
        "training_center",
        "signed",
      ],
      [
        "Semey Higher Polytechnic College",
        "Bishkek State University",
        "KG",
        "academic_mobility",
        "discussed",
      ],
    ]);
  });

  it("names joined by 'and' share the kind the first was given; a forum held around a signing is no launch", () => {
    expect(pairs("en-coordinated-memoranda.txt")).toEqual([
      ["Astana IT University", "Vilnius University", "LT", "university", "memorandum", "signed"],
      ["Astana IT University", "University of Tartu", "EE", "university", "memorandum", "signed"],
    ]);
  });

  it("a visit whose talks range over research and exchanges is a visit; mobility talked of alone is mobility", () => {
    expect(pairs("ru-visit-topics.txt")).toEqual([
      [
        "Al-Farabi Kazakh National University",
        "Novosibirsk State University",
        "RU",
        "university",
        "visit",
        "discussed",
      ],
    ]);
    const lanzhou = find(extractArticle(article("ru-unknown-names.txt")).partnerships, "Lanzhou");
    expect(lanzhou?.agreement).toBe("academic_mobility");
  });

  it("Russian: a vocational institute is a college; the workshop's next paragraph tells its field", () => {
    const result = extractArticle(article("ru-workshop-continuation.txt"));
    expect(
      result.partnerships.map((p) => [p.partner, p.partner_type, p.agreement, p.status, p.fields]),
    ).toEqual([
      [
        "Shandong Vocational Technical Institute of Light Industry",
        "college",
        "training_center",
        "launched",
        ["manufacturing"],
      ],
    ]);
  });

  it("an acronym is not read as another's stem, whatever article came before", () => {
    // An English article reads the aliases of names starting "Kazakh ...", "КазНУИ" (arts) among them.
    extractArticle(
      "Visit\n\nBISHKEK, 3 May 2025 — The rector of Kazakh-British Technical University met the Minister of Education and Science of Kyrgyzstan.",
    );
    const result = extractArticle(
      "Визит\n\nАЛМАТЫ, 5 мая 2025 года. Ректор КазНУ Жансеит Туймебаев провел встречу с послом Италии в Казахстане. Стороны обсудили открытие филиала итальянского вуза.",
    );
    expect(result.partnerships.map((p) => [p.kz, p.partner])).toEqual([
      ["Al-Farabi Kazakh National University", "Embassy of Italy in Kazakhstan"],
    ]);
    expect(findInstitution("КазНУИ")?.name).toBe("Kazakh National University of Arts");
    expect(findInstitution("КБТУдың")?.name).toBe("Kazakh-British Technical University");
  });

  it("takes an unknown name as the Kazakhstan side when the directory knows none in the article", () => {
    expect(pairs("en-unknown-kz-side.txt")).toEqual([
      ["Esil University", "Tsinghua University", "CN", "university", "memorandum", "signed"],
    ]);
    expect(pairs("kk-unknown-kz-side.txt")).toEqual([
      ["Ertis University", "Tsinghua University", "CN", "university", "memorandum", "signed"],
    ]);
  });

  it("Russian: a lower-case head before a proper name, a signing and a visit", () => {
    expect(pairs("ru-lowercase-head.txt")).toEqual([
      [
        "L.N. Gumilyov Eurasian National University",
        "University of Tsukuba",
        "JP",
        "university",
        "joint_program",
        "signed",
      ],
      [
        "L.N. Gumilyov Eurasian National University",
        "Belarusian State Technological University",
        "BY",
        "university",
        "visit",
        "discussed",
      ],
    ]);
  });

  it("follows the sides into the next paragraph; a signed memorandum stays a memorandum", () => {
    const result = extractArticle(article("ru-sides-next-paragraph.txt"));
    expect(result.partnerships.map((p) => [p.partner, p.agreement, p.status])).toEqual([
      ["Heilongjiang University", "memorandum", "signed"],
      ["Lanzhou University", "training_center", "launched"],
    ]);
    expect(result.summary).not.toMatch(/Главная|Поделиться/);
    expect(pairs("kk-memorandum-with-exchange.txt")).toEqual([
      [
        "Al-Farabi Kazakh National University",
        "Heilongjiang University",
        "CN",
        "university",
        "memorandum",
        "signed",
      ],
    ]);
  });

  it("one sentence, two partners, two kinds: each partner gets the kind named beside it", () => {
    expect(pairs("en-two-kinds-one-sentence.txt")).toEqual([
      [
        "Manash Kozybayev North Kazakhstan University",
        "Omsk State Technical University",
        "RU",
        "university",
        "internship",
        "signed",
      ],
      [
        "Manash Kozybayev North Kazakhstan University",
        "Industrial University of Tyumen",
        "RU",
        "university",
        "memorandum",
        "signed",
      ],
    ]);
  });

  it("an opening that does not say what was opened takes the kind the next sentence names", () => {
    expect(pairs("en-launch-kind-next-sentence.txt")).toEqual([
      [
        "Auezov South Kazakhstan University",
        "Hyundai Motor Company",
        "KR",
        "company",
        "training_center",
        "launched",
      ],
    ]);
  });

  it("a centre a company opens with a university is a training centre", () => {
    expect(pairs("en-company-centre.txt")).toEqual([
      ["Narxoz University", "Deloitte", "GB", "company", "training_center", "launched"],
    ]);
  });

  it("a plain agreement takes the kind of what it sets up, not of what it provides for", () => {
    expect(pairs("ru-agreement-sets-up.txt")).toEqual([
      ["Ekibastuz Polytechnic College", "XCMG", "CN", "company", "training_center", "signed"],
    ]);
    expect(pairs("ru-agreement-scope.txt")).toEqual([
      ["Ekibastuz Polytechnic College", "XCMG", "CN", "company", "agreement", "signed"],
    ]);
  });

  it("a laboratory a university and a company open is a joint lab", () => {
    expect(pairs("ru-opened-lab-company.txt")).toEqual([
      ["Atyrau University of Oil and Gas", "Schneider Electric", "FR", "company", "joint_lab", "launched"],
    ]);
  });

  it("a partner the institution already cooperates with is background, not news", () => {
    expect(pairs("en-cooperates-background.txt")).toEqual([]);
    expect(pairs("ru-cooperates-background.txt")).toEqual([]);
  });

  it("a contest won at a foreign university makes it the venue, not a partner", () => {
    expect(pairs("ru-contest-result.txt")).toEqual([]);
  });

  it("takes fields from what the sides do, not from their names, and from later sentences about the partner", () => {
    const [ministry] = extractArticle(article("ru-ministry-fields.txt")).partnerships;
    expect(ministry?.fields).toEqual(["mining"]);
    expect(ministry?.agreement).toBe("branch_campus");
    const [latvia] = extractArticle(article("en-partner-followup.txt")).partnerships;
    expect(latvia?.fields).toEqual(["agriculture"]);
  });

  it("an akim speaks for the akimat, also in lower case", () => {
    expect(pairs("en-akimat-branch.txt")).toEqual([
      [
        "Akimat of Mangystau Region",
        "Gdańsk University of Technology",
        "PL",
        "university",
        "branch_campus",
        "discussed",
      ],
    ]);
  });

  it("a deputy akim who receives the guests is the host: the university stays the side", () => {
    expect(pairs("ru-deputy-akim-host.txt")).toEqual([
      [
        "Zhubanov Aktobe Regional University",
        "Lodz University of Technology",
        "PL",
        "university",
        "joint_program",
        "discussed",
      ],
    ]);
  });

  it("a foreign company's own news is not a partnership", () => {
    expect(pairs("en-aside.txt")).toEqual([
      ["Astana IT University", "Huawei", "CN", "company", "joint_lab", "launched"],
    ]);
  });

  it("a graduate's university and a ranking are nobody's partner", () => {
    expect(pairs("en-biography-ranking.txt")).toEqual([
      ["Satbayev University", "TU Bergakademie Freiberg", "DE", "university", "joint_program", "signed"],
    ]);
  });

  it("finds the user's own Directory entries in an article, in any case ending", () => {
    const extra = [
      {
        name: "Zhetysu Higher Polytechnic College",
        aliases: ["Жетысуский высший политехнический колледж"],
        country: "KZ",
        type: "college" as const,
      },
      {
        name: "Xi'an Aeronautical Polytechnic",
        aliases: ["Сианьский авиационный политехникум"],
        country: "CN",
        type: "college" as const,
      },
    ];
    const text =
      "Талдыкорган, 3 марта 2025 года. Жетысуский высший политехнический колледж подписал меморандум с Сианьским авиационным политехникумом о подготовке авиатехников.";
    expect(
      extractArticle(text, { extra }).partnerships.map((p) => [
        p.kz,
        p.partner,
        p.country,
        p.partner_type,
        p.agreement,
      ]),
    ).toEqual([
      ["Zhetysu Higher Polytechnic College", "Xi'an Aeronautical Polytechnic", "CN", "college", "memorandum"],
    ]);
  });

  it("writes a one-line English summary per partnership and an extractive one in the article's language", () => {
    const result = extractArticle(article("ru-two-pairs.txt"), { summarySentences: 1 });
    const lab = find(result.partnerships, "Munich");
    expect(lab?.summary).toBe(
      "Al-Farabi Kazakh National University and Technical University of Munich (Germany) opened a joint laboratory in energy",
    );
    expect(result.summary).toMatch(/^Казахский национальный университет имени аль-Фараби и Мюнхенский/);
    expect(result.summary.split(/(?<=\.)\s/)).toHaveLength(1);
    expect(result.title).toMatch(/^КазНУ открыл лабораторию/);
  });
});

describe("headlines", () => {
  it("takes a line of its own before the body as the headline, and a dateline that opens the body as none", () => {
    const body =
      "Almaty, 12 March 2025. Al-Farabi Kazakh National University and Wuhan University (China) signed a memorandum on remote sensing.";
    expect(extractArticle(body).title).toBe("");
    expect(extractArticle(`KazNU and Wuhan University sign a memorandum\n${body}`).title).toBe(
      "KazNU and Wuhan University sign a memorandum",
    );
  });
});

describe("centres", () => {
  const kinds = (text: string) => extractArticle(text).partnerships.map((p) => [p.partner, p.agreement]);
  it.each([
    "Қарағанды техникалық университетінде King Sejong Institute Foundation қорымен бірлесіп корей тілі мен мәдениеті орталығы ашылды.",
    "В Карагандинском техническом университете открылся центр корейского языка при поддержке King Sejong Institute Foundation (Южная Корея).",
    "A Korean language centre opened at Karaganda Technical University with the King Sejong Institute Foundation.",
  ])("a language centre is a training centre: %s", (text) => {
    expect(kinds(text)).toEqual([["King Sejong Institute Foundation", "training_center"]]);
  });

  it("a centre a sentence names outranks one guessed from 'opened centres' elsewhere in the story", () => {
    expect(
      kinds(
        [
          "A Turkish language centre of the Yunus Emre Institute opened at Manash Kozybayev North Kazakhstan University on 26 April.",
          "The Yunus Emre Institute has opened culture centres in Astana and Almaty before.",
        ].join("\n\n"),
      ),
    ).toEqual([["Yunus Emre Institute", "training_center"]]);
  });
});

describe("cue words inside names", () => {
  it("a body's name says nothing of what happened: an agency for academic exchange visiting is a visit", () => {
    expect(
      extractArticle(
        "A delegation of the Polish National Agency for Academic Exchange visited L.N. Gumilyov Eurasian National University and met students.",
      ).partnerships.map((p) => [p.partner, p.agreement, p.status]),
    ).toEqual([["Polish National Agency for Academic Exchange", "visit", "discussed"]]);
  });
});

describe("one text, one reading", () => {
  it("gives the same partnerships whatever the process read before", () => {
    // "іс-шара" (an event) once read as Charité ("Шарите") after an article that named the clinic.
    const text = "Назарбаев университетінде іс-шара өтті. Іс-шараға Қытайдың Қазақстандағы елшісі қатысты.";
    const before = extractArticle(text).partnerships;
    extractArticle("Клиника Шарите в Берлине подписала меморандум с Назарбаев Университетом.");
    expect(extractArticle(text).partnerships).toEqual(before);
    expect(before.map((p) => p.partner)).not.toContain("Charité – Universitätsmedizin Berlin");
  });

  it("ends a name at a person's initial, and reads a Kazakh head without its possessive as no name", () => {
    const names = (text: string) =>
      sentenceEntities(text, tokenize(text), [], undefined).mentions.map((m) => m.entity.name);
    expect(names("КазНУ посетил канцлер Университета Эмити А.Чаухан.")).toContain("Emiti University");
    expect(names("Суна Ахмади ханым университеттің Құрмет кітапшасына тілегін жазды.")).toEqual([]);
    // A name's head takes the possessive: that one is a name.
    expect(names("Делегация Бирмингем университетіне барды.")).toEqual(["University of Birmingham"]);
    expect(names("Біздің делегация Гаудеамус университетіне барды.")).toEqual(["Gaudeamus University"]);
  });

  it("takes no Kazakh sentence's first word before a bare 'университет' for a university's name", () => {
    const result = extractArticle(
      "Әл-Фараби атындағы Қазақ ұлттық университетінде Иран консулымен кездесу өтті. Кездесу университет музейін аралаудан басталды.",
    );
    expect(result.partnerships.map((p) => p.partner)).not.toContain("Kezdesu University");
  });
});

describe("bad input", () => {
  it("says why it cannot read empty, binary or non-text input", () => {
    expect(checkArticle("")).toEqual({ ok: false, message: "No article: the text is empty." });
    expect(checkArticle("   \n ")).toMatchObject({ ok: false });
    expect(checkArticle(undefined)).toMatchObject({ ok: false, message: expect.stringContaining("empty") });
    expect(checkArticle(42)).toMatchObject({ ok: false, message: expect.stringContaining("number") });
    expect(checkArticle("PK\u0003\u0004\u0000\u0000binary")).toMatchObject({
      ok: false,
      message: expect.stringContaining("binary"),
    });
    const noise = Array.from({ length: 500 }, (_, i) => String.fromCharCode(1 + (i % 7))).join("");
    expect(checkArticle(noise)).toMatchObject({ ok: false, message: expect.stringContaining("binary") });
    expect(checkArticle("12345 67890 !!!")).toMatchObject({
      ok: false,
      message: expect.stringContaining("no words"),
    });
  });

  it("gives an empty result rather than failing", () => {
    expect(extractArticle("").partnerships).toEqual([]);
    expect(extractArticle("\u0000\u0001\u0002").partnerships).toEqual([]);
  });

  it("reads HTML as text", () => {
    const html = `<html><head><style>p{color:red}</style><script>var x = "Huawei";</script></head><body>
      <nav>Home | News</nav><h1>KBTU and Heriot-Watt University sign double-degree agreement</h1>
      <p>Kazakh-British Technical University has signed an agreement with Heriot-Watt University on a double&nbsp;degree programme.</p>
      </body></html>`;
    const checked = checkArticle(html);
    expect(checked.ok && checked.text).not.toContain("<p>");
    const result = extractArticle(html);
    expect(result.partnerships.map((p) => [p.kz, p.partner, p.agreement, p.status])).toEqual([
      ["Kazakh-British Technical University", "Heriot-Watt University", "joint_program", "signed"],
    ]);
  });

  it("reads the first part of 1 MB of text and says so", () => {
    const paragraph = `${article("en-two-pairs-background.txt").split("Other news")[0]}\n`;
    const huge = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    expect(huge.length).toBeGreaterThanOrEqual(1_000_000);
    const checked = checkArticle(huge);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.text.length).toBeLessThan(huge.length);
      expect(checked.note).toMatch(/only the first/);
    }
    const result = extractArticle(huge);
    expect(result.partnerships.map((p) => p.partner)).toEqual([
      "AGH University of Krakow",
      "University of Oulu",
    ]);
  });

  it("treats a formula-looking text as text", () => {
    const result = extractArticle('=IMPORTXML("http://example.com", "//p")');
    expect(result.partnerships).toEqual([]);
  });
});
