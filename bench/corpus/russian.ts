// Russian news about a partnership, with the case forms real articles use.
import type { Status } from "../../src/core/schema";
import { RU_MONTHS_GENITIVE } from "../../src/core/text/months";
import { CITIES, COUNTRIES } from "./names";
import type { Rng } from "./rng";
import type { Pair, StoryAgreement, StoryField, Writer } from "./story";

/** Accusative and genitive of each thing. */
const THING: Record<StoryAgreement, { acc: string; gen: string }> = {
  memorandum: { acc: "меморандум о взаимопонимании", gen: "меморандума о взаимопонимании" },
  agreement: { acc: "соглашение о сотрудничестве", gen: "соглашения о сотрудничестве" },
  joint_program: { acc: "совместную магистерскую программу", gen: "совместной магистерской программы" },
  branch_campus: { acc: "филиал", gen: "филиала" },
  joint_lab: { acc: "совместную лабораторию", gen: "совместной лаборатории" },
  training_center: { acc: "учебный центр", gen: "учебного центра" },
  academic_mobility: {
    acc: "программу академической мобильности",
    gen: "программы академической мобильности",
  },
  internship: { acc: "программу стажировок для студентов", gen: "программы стажировок для студентов" },
  visit: { acc: "развитие сотрудничества", gen: "развития сотрудничества" },
};

const FIELD: Record<StoryField, string> = {
  it: "информационных технологий",
  ai: "искусственного интеллекта",
  engineering: "инженерии",
  mining: "горного дела",
  energy: "возобновляемой энергетики",
  oil_gas: "нефтегазового дела",
  transport_logistics: "транспорта и логистики",
  remote_sensing: "дистанционного зондирования Земли",
  economics_business: "экономики и бизнеса",
  languages_culture: "преподавания языков",
  medicine: "медицины",
  agriculture: "сельского хозяйства",
};

function action(pair: Pair, rng: Rng): string {
  const { acc, gen } = THING[pair.agreement];
  const isDocument = pair.agreement === "memorandum" || pair.agreement === "agreement";
  if (pair.agreement === "visit") return `${rng.pick(["обсудили", "провели переговоры о"])} ${acc}`;
  const verbs: Record<Status, readonly string[]> = {
    signed: isDocument ? [`подписали ${acc}`] : [`подписали соглашение о создании ${gen}`],
    launched: [`открыли ${acc}`, `запустили ${acc}`],
    planned: [`договорились открыть ${acc}`, `планируют открыть ${acc}`],
    discussed: [`обсудили открытие ${gen}`, `провели переговоры о создании ${gen}`],
  };
  return rng.pick(verbs[pair.status]);
}

function cityOf(name: string): string {
  return CITIES[name]?.ru ?? name;
}

export const russian: Writer = {
  lang: "ru",
  title: ({ main }) =>
    `${main.kz.ruShort} и ${main.partner.ruNom} ${main.status === "signed" ? "подписали документ" : "договорились"} о сотрудничестве в области ${FIELD[main.field]}`,
  lead: (story, rng) => {
    const { kz, partner } = story.main;
    const country = COUNTRIES[partner.country]?.ruNom ?? partner.country;
    const { year, month, day } = story.date;
    return `${cityOf(kz.city)}, ${day} ${RU_MONTHS_GENITIVE[month - 1]} ${year} года — ${kz.ruNom} и ${partner.ruNom} (${country}) ${action(story.main, rng)} в области ${FIELD[story.main.field]}, сообщает пресс-служба вуза.`;
  },
  second: (pair, rng) =>
    `Кроме того, на этой неделе ${pair.kz.ruNom} и ${pair.partner.ruNom} ${action(pair, rng)} в сфере ${FIELD[pair.field]}.`,
  listed: ({ main, listed }, rng) => {
    const names = listed.map((p) => p.ruNom);
    const last = names.pop();
    return `Всего у ${main.kz.ruGen} более ${rng.int(20, 90)} зарубежных партнеров, среди них ${names.join(", ")} и ${last}.`;
  },
  background: [
    ({ main }, rng) =>
      `${main.kz.ruShort} основан в ${rng.int(1930, 2010)} году, сегодня в нем обучаются около ${rng.int(5, 30)} тысяч студентов на ${rng.int(6, 18)} факультетах. ${rng.int(10, 60)} образовательных программ вуза прошли международную аккредитацию.`,
    ({ main }, rng) =>
      `Сотрудничество двух вузов началось несколько лет назад. С ${rng.int(2012, 2022)} года более ${rng.int(40, 400)} студентов и ${rng.int(5, 60)} преподавателей приняли участие в обменах, летних школах и краткосрочных курсах в городах ${cityOf(main.kz.city)} и ${main.partner.city}.`,
    () =>
      "Стороны намерены разработать общий учебный план, совместно использовать лабораторное оборудование и дважды в год проводить научные семинары. Обучение будет вестись на английском языке, часть модулей — на русском и казахском.",
    (story, rng) =>
      `Первый набор из ${rng.int(15, 120)} студентов ожидается в сентябре ${story.date.year + 1} года. Обучение будет частично финансироваться за счет государственных грантов, лучшие студенты получат стипендии партнера.`,
    ({ main }, rng) =>
      `«${rng.pick(["Это долгосрочное партнерство, а не разовая акция", "Нашим студентам нужны лаборатории и преподаватели мирового уровня", "Мы хотим готовить выпускников, способных работать в любой стране", "Наука сегодня делается командами, которые не знают границ"])}», — отметил ${rng.pick(["ректор", "проректор по международному сотрудничеству", "декан инженерного факультета", "руководитель международного отдела"])} ${main.kz.ruGen}.`,
    (_story, rng) =>
      `За последние ${rng.int(3, 6)} года в Казахстане открылись ${rng.int(12, 40)} филиалов зарубежных вузов, большинство из них — в Алматы и Астане. В министерстве ожидают, что их число продолжит расти.`,
    ({ main }, rng) =>
      `Церемония прошла в новом конференц-зале университета на ${rng.int(150, 900)} мест. Погода в городе ${cityOf(main.kz.city)} в тот день была необычно ${rng.pick(["теплой", "холодной", "ветреной", "сухой"])} для этого времени года.`,
    (_story, rng) =>
      `По официальным данным, число иностранных студентов в Казахстане в прошлом году достигло ${rng.int(20, 35)} тысяч, больше всего их приехало из Узбекистана, Индии и Китая.`,
    ({ main }, rng) =>
      `${main.partner.ruNom} известен исследованиями в области ${FIELD[main.field]}; в нем учатся около ${rng.int(10, 60)} тысяч студентов, вуз сотрудничает с университетами более чем ${rng.int(30, 120)} стран.`,
    (_story, rng) =>
      `Гости также посетили библиотеку, студенческое общежитие и технопарк, где ${rng.int(12, 80)} стартапов студентов и выпускников арендуют офисы по льготной цене.`,
  ],
  credit: (rng) =>
    rng.pick(["Фото: пресс-служба университета", "Источник: пресс-служба вуза", "Фото организаторов"]),
};
