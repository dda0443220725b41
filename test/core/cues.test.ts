import { describe, expect, it } from "vitest";
import {
  agreementOf,
  articleDate,
  countryName,
  fieldsOf,
  statusOf,
  summarizeArticle,
} from "../../src/core/api";

describe("status from cue words in three languages", () => {
  it.each([
    ["The two universities signed a memorandum of understanding.", "signed"],
    ["Университеты подписали меморандум о сотрудничестве.", "signed"],
    ["Университеттер ынтымақтастық туралы меморандумға қол қойды.", "signed"],
    ["The rectors discussed joint research.", "discussed"],
    ["Стороны обсудили совместные исследования.", "discussed"],
    ["Тараптар бірлескен зерттеулерді талқылады.", "discussed"],
    ["Huawei opened a training centre at the university.", "launched"],
    ["В университете открыли совместную лабораторию.", "launched"],
    ["Университетте оқу орталығы ашылды.", "launched"],
    ["The universities agreed to open a branch in 2026.", "planned"],
    ["Стороны договорились о создании филиала.", "planned"],
    ["Бағдарламаны күзде іске қосу жоспарланып отыр.", "planned"],
    ["Ýnıversıtetter yntymaqtastyq týraly memorandýmǵa qol qoıdy.", "signed"],
    ["Стороны обменялись подписанными меморандумами.", "signed"],
    ["Тараптар меморандумдармен алмасты.", "signed"],
    ["Taraptar birlesken zertteýlerdi talqylady.", "discussed"],
  ])("%s -> %s", (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it("does not count a signing that did not happen or is still to come", () => {
    expect(statusOf("The delegation met the rector. No documents were signed.")).toBe("discussed");
    expect(statusOf("The agreement is expected to be signed in June.")).toBe("planned");
    expect(statusOf("Admission opens in June.")).toBeNull();
    // A decision still to be taken leaves the matter at the talking stage.
    expect(statusOf("Стороны обсудили стажировки. Окончательное решение планируется принять осенью.")).toBe(
      "discussed",
    );
    expect(statusOf("The sides discussed internships. A final decision is expected in autumn.")).toBe(
      "discussed",
    );
    expect(statusOf("Тараптар тағылымдаманы талқылады. Түпкілікті шешім күзде қабылданады.")).toBe(
      "discussed",
    );
    expect(statusOf("It was decided to open a centre. The decision was made in May.")).toBe("planned");
    // Internships students underwent took place; ones they will undergo are a plan.
    expect(statusOf("Студенты университета прошли стажировку в компании Siemens.")).toBe("launched");
    expect(statusOf("Students of the university underwent internships at Siemens.")).toBe("launched");
    expect(statusOf("Студенттер Siemens компаниясында тағылымдамадан өтті.")).toBe("launched");
    expect(statusOf("Студенты пройдут стажировку в компании Siemens.")).toBe("planned");
    expect(statusOf("Students will undergo internships at Siemens.")).toBe("planned");
    // Students who began their studies under a programme: it runs; cooperation that "will" be is a plan.
    expect(statusOf("The first 25 students began studying at the partner university.")).toBe("launched");
    expect(statusOf("Студенты начали обучение по программе двойного диплома.")).toBe("launched");
    expect(statusOf("Студенттер серіктес университетте оқуын бастады.")).toBe("launched");
    expect(statusOf("Университет будет сотрудничать с партнером по программе Erasmus+.")).toBe("planned");
    expect(statusOf("The university will cooperate with its partner under Erasmus+.")).toBe("planned");
    // A forum is launched when held, but a signing at a forum is a signing.
    expect(statusOf("The Digital Education Forum was held in Astana.")).toBe("launched");
    expect(statusOf("The rectors signed a memorandum at the forum held in Astana.")).toBe("signed");
    expect(statusOf("KazNU opens a joint laboratory with Huawei")).toBe("launched");
    expect(statusOf("Делегация встретилась с ректором. Конкретные соглашения пока не подписаны.")).toBe(
      "discussed",
    );
    expect(statusOf("Кездесуде ешқандай құжатқа қол қойылған жоқ.")).toBe("discussed");
    expect(statusOf("Стороны договорились продолжить переговоры осенью.")).toBe("discussed");
    expect(statusOf("По итогам встречи решено продолжить консультации.")).toBe("discussed");
    expect(statusOf("Тараптар келіссөздерді жалғастыруға келісті.")).toBe("discussed");
  });

  it("counts a held event as launched, a held meeting as talks", () => {
    expect(statusOf("A joint summer school on renewable energy was held in Almaty.")).toBe("launched");
    expect(statusOf("Университетте ағылшын тілі мұғалімдерінің форумы өтті.")).toBe("launched");
    expect(statusOf("Университетте делегациямен кездесу өтті.")).toBe("discussed");
  });

  it.each([
    "The embassy and the university held Kazakhstan Day on campus.",
    "Консульство совместно с университетом провело Дни Абая.",
    "Елшілік университетпен бірлесіп «Қазақстан күнін» өткізді.",
  ])("counts a day or days held together as a launched event: %s", (text) => {
    expect([agreementOf(text), statusOf(text)]).toEqual(["event", "launched"]);
  });

  it("reads a protocol office as no protocol signed", () => {
    expect(agreementOf("сотрудник департамента международных отношений и протокола")).toBeNull();
    expect(agreementOf("the head of international relations and protocol")).toBeNull();
  });

  it("counts a language centre as a training centre when it opens, not when it is talked of", () => {
    expect(agreementOf("Университетте корей тілі мен мәдениеті орталығы ашылды.")).toBe("training_center");
    expect(agreementOf("A Korean language centre opened at the university.")).toBe("training_center");
    expect(agreementOf("The sides discussed opening a Hungarian language and culture centre.")).not.toBe(
      "training_center",
    );
  });
});

describe("kind of agreement", () => {
  it.each([
    ["signed a memorandum of understanding", "memorandum"],
    ["подписали соглашение о сотрудничестве", "agreement"],
    ["подписали дорожную карту сотрудничества на 2025–2027 годы", "agreement"],
    ["students will graduate with two diplomas under the double-degree agreement", "joint_program"],
    ["обсудили открытие филиала университета в Караганде", "branch_campus"],
    ["бірлескен зертхана құру туралы келісімге қол қойды", "joint_lab"],
    ["opened a Luban Workshop", "training_center"],
    ["подписали договор об академической мобильности", "academic_mobility"],
    ["тағылымдамасы туралы келісімге қол қойды", "internship"],
    ["a delegation visited the university", "visit"],
    ["жазғы мектеп өткізді", "event"],
    ["стороны подписали протокол о сотрудничестве", "agreement"],
    ["the sides signed a protocol on cooperation", "agreement"],
  ])("%s -> %s", (text, agreement) => {
    expect(agreementOf(text)).toBe(agreement);
  });
});

describe("kind of agreement from what was opened, in inflected and descriptive forms", () => {
  it.each([
    // A laboratory the two sides open is a joint lab even when "joint" is not said.
    ["The college and the German company opened a robotics laboratory.", "joint_lab"],
    ["Университет и компания торжественно открыли лабораторию цифровых двойников.", "joint_lab"],
    ["Колледж пен компания робототехника зертханасын ашты.", "joint_lab"],
    // An academy or a centre opened for students is a training centre (SCHEMA: corporate academies).
    ["The sides agreed to open an Oracle Academy at the college.", "training_center"],
    ["В колледже открылась академия Autodesk.", "training_center"],
    ["The college and the company opened a training workshop for crane operators.", "training_center"],
    ["Университетте Oracle академиясы ашылды.", "training_center"],
    // Agreement nouns in genitive and instrumental forms keep their kind.
    ["Стороны обсудили возможность запуска двудипломной программы по химии.", "joint_program"],
    ["Обсуждалась возможность создания совместной магистерской программы.", "joint_program"],
    ["Тараптар магистратура бағдарламасын бірлесіп ашуды талқылады.", "joint_program"],
    ["Тараптар бірлескен магистрлік бағдарлама ашу мүмкіндігін талқылады.", "joint_program"],
    ["Обсудили вопросы стажировок преподавателей.", "internship"],
    // "Academic exchange" is academic mobility in all three languages.
    ["Университет академиялық алмасу туралы келісімге қол қойды.", "academic_mobility"],
    ["Подписано соглашение об академическом обмене.", "academic_mobility"],
    ["The sides signed an academic exchange agreement.", "academic_mobility"],
  ])("%s -> %s", (text, agreement) => {
    expect(agreementOf(text)).toBe(agreement);
  });

  it("does not make two universities' centre for a subject a training centre", () => {
    expect(
      agreementOf("The universities signed an agreement to establish a centre for Chinese studies."),
    ).toBe("agreement");
  });

  it("does not make a tour of laboratories a lab", () => {
    expect(agreementOf("The delegation toured the university's laboratories.")).toBe("visit");
    expect(agreementOf("Делегация осмотрела лаборатории университета.")).toBe("visit");
  });
});

describe("fields", () => {
  it("finds the fields a text ties to the cooperation, in three languages", () => {
    expect(fieldsOf("a joint laboratory for satellite imagery and remote sensing")).toEqual([
      "remote_sensing",
    ]);
    expect(fieldsOf("обучение по направлениям горного дела, инженерии и информационных технологий")).toEqual([
      "it",
      "engineering",
      "mining",
    ]);
    expect(fieldsOf("суармалы егіншілік пен мал шаруашылығы саласындағы ынтымақтастық")).toEqual([
      "agriculture",
    ]);
    expect(fieldsOf("a scholarship for medical students")).toEqual(["medicine"]);
    expect(fieldsOf("студенты энергетических и машиностроительных специальностей")).toEqual([
      "engineering",
      "energy",
    ]);
    // Crops are agriculture, not culture; veterinary medicine is agriculture, not medicine.
    expect(fieldsOf("селекция масличных культур")).toEqual(["agriculture"]);
    expect(fieldsOf("research in veterinary medicine")).toEqual(["agriculture"]);
    expect(fieldsOf("студенты экономических специальностей")).toEqual(["economics_business"]);
    expect(fieldsOf("исследования в области лесного хозяйства")).toEqual(["agriculture"]);
    expect(fieldsOf("working on gas turbines")).toEqual(["energy"]);
    expect(fieldsOf("жоғары білім саласындағы ынтымақтастық")).toEqual(["education"]);
    expect(fieldsOf("машина жасау бойынша бағдарлама")).toEqual(["engineering"]);
    // Network and software engineering are IT; electric vehicles are transport, factories manufacturing.
    expect(fieldsOf("training in network engineering and cybersecurity")).toEqual(["it"]);
    expect(fieldsOf("стажировка на заводах компании по обслуживанию электромобилей")).toEqual([
      "manufacturing",
      "transport_logistics",
    ]);
    expect(fieldsOf("a course on electric vehicles")).toEqual(["transport_logistics"]);
    expect(fieldsOf("программы информатики и лингвистики")).toEqual(["it", "languages_culture"]);
    expect(fieldsOf("бұлтты есептеулер және желілік технологиялар")).toEqual(["it"]);
  });
});

describe("dates", () => {
  it.each([
    ["Astana, 26 February 2025 (Xinhua) — talks were held.", "2025-02-26"],
    ["Алматы, 26 февраля 2025 года — подписано соглашение.", "2025-02-26"],
    ["February 26, 2025 — KBTU signed an agreement.", "2025-02-26"],
    ["Алматы, 2025 жылғы 19 ақпан. Келісімге қол қойылды.", "2025-02-19"],
    ["28 шілде 2025 ж. Жазғы мектеп өтті.", "2025-07-28"],
    ["15.10.2024 | Атырау\nУниверситет открыл лабораторию.", "2024-10-15"],
    ["In September 2024, the university signed two memoranda.", "2024-09"],
    ["В ноябре 2024 года стартовала программа.", "2024-11"],
    ["2024 жылдың желтоқсанында факультет келісімге қол жеткізді.", "2024-12"],
    ["2025 жылы Astana IT University байланысын кеңейтті.", "2025"],
  ])("%s -> %s", (text, iso) => {
    expect(articleDate(text)).toBe(iso);
  });

  it("gives no date when the text gives no year", () => {
    expect(articleDate("Astana, February 26 (Xinhua) — talks were held.")).toBeNull();
    expect(articleDate("Алматы, 5 июля — летняя школа завершилась.")).toBeNull();
  });
});

describe("countries and summaries", () => {
  it("names countries in three languages", () => {
    expect(countryName("CN")).toBe("China");
    expect(countryName("cn", "ru")).toBe("Китай");
    expect(countryName("CN", "kk")).toBe("Қытай");
    expect(countryName("GB", "ru")).toBe("Великобритания");
    expect(countryName("XX")).toBe("XX");
  });

  it("summarises an article in its own language with the number of sentences asked", () => {
    const text =
      "Университет подписал меморандум\n\nАлматы, 2 мая 2025 года — Университет подписал меморандум с вузом из Китая. Документ рассчитан на пять лет. Студенты смогут учиться в Пекине.";
    const one = summarizeArticle(text, 1);
    expect(one).toBe("Университет подписал меморандум с вузом из Китая.");
    expect(summarizeArticle(text, 2).length).toBeGreaterThan(one.length);
    expect(summarizeArticle("", 2)).toBe("");
  });
});
