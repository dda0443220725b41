// Russian phrasing of the brief: the English brief's sentences, each in Russian word order. Counts take the
// noun form the numeral asks for (1 партнёрство, 2 партнёрства, 5 партнёрств); "with a country" takes the
// instrumental ("3 с Россией, 1 со Швецией", brief-with.ts).
import type { Agreement, Status } from "../schema";
import { RU_MONTHS_GENITIVE } from "../text/months";
import type { BriefPeriod, BriefPhrasing } from "./brief";
import { periodParts } from "./brief-period";
import { joinList, type RuForms, ruPlural } from "./brief-plural";
import { ruWith } from "./brief-with";

// Nominative/accusative ("по февраль"), genitive ("с марта"), prepositional ("в марте").
const MONTHS_NOM = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
const MONTHS_PREP = [
  "январе",
  "феврале",
  "марте",
  "апреле",
  "мае",
  "июне",
  "июле",
  "августе",
  "сентябре",
  "октябре",
  "ноябре",
  "декабре",
];

const PARTNERSHIPS: RuForms = ["партнёрство", "партнёрства", "партнёрств"];

const AGREEMENTS: Record<Agreement, RuForms> = {
  memorandum: ["меморандум", "меморандума", "меморандумов"],
  agreement: ["соглашение", "соглашения", "соглашений"],
  joint_program: ["совместная программа", "совместные программы", "совместных программ"],
  branch_campus: ["филиал", "филиала", "филиалов"],
  joint_lab: ["совместная лаборатория", "совместные лаборатории", "совместных лабораторий"],
  training_center: ["учебный центр", "учебных центра", "учебных центров"],
  academic_mobility: [
    "программа академической мобильности",
    "программы академической мобильности",
    "программ академической мобильности",
  ],
  internship: ["стажировка", "стажировки", "стажировок"],
  visit: ["визит", "визита", "визитов"],
  event: ["мероприятие", "мероприятия", "мероприятий"],
};

const STATUSES: Record<Status, string> = {
  signed: "подписано",
  launched: "запущено",
  planned: "запланировано",
  discussed: "обсуждается",
};

const count = (n: number, forms: RuForms) => `${n} ${ruPlural(n, forms)}`;

/** "в марте 2025 года", "в 2025 году". */
function inPeriod(p: string): string {
  const { year, month } = periodParts(p);
  return month ? `в ${MONTHS_PREP[month - 1]} ${year} года` : `в ${year} году`;
}

function periodPhrase(period: BriefPeriod): string {
  if (period.from === period.to) return inPeriod(period.from);
  const from = periodParts(period.from);
  const to = periodParts(period.to);
  if (!from.month && !to.month) return `с ${from.year} по ${to.year} год`;
  const fromText = from.month
    ? `${RU_MONTHS_GENITIVE[from.month - 1]} ${from.year} года`
    : `${from.year} года`;
  const toText = to.month ? `${MONTHS_NOM[to.month - 1]} ${to.year} года` : `${to.year} год`;
  return `с ${fromText} по ${toText}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const RU_BRIEF: BriefPhrasing = {
  none(period, kz) {
    const who = kz ? ` у «${kz}»` : "";
    return capital(`${period ? `${periodPhrase(period)} ` : ""}подходящих партнёрств${who} нет.`);
  },
  opening(total, period, kz, countries) {
    const who = kz ? `у «${kz}»` : "у вузов Казахстана";
    const head = `${period ? `${periodPhrase(period)} ` : ""}${who} зафиксировано ${count(total, PARTNERSHIPS)}`;
    const [first] = countries;
    let tail = "";
    if (countries.length === 1 && first && first.count === total) {
      tail = `, ${total > 1 ? "все " : ""}${ruWith(first.name)}`;
    } else if (countries.length > 0) {
      tail = `: ${joinList(
        countries.map((c) => `${c.count} ${ruWith(c.name)}`),
        "и",
      )}`;
    }
    return capital(`${head}${tail}.`);
  },
  agreements(total, items) {
    const list = joinList(
      items.map((i) => count(i.count, AGREEMENTS[i.key])),
      "и",
    );
    return total > 1 ? `Среди них ${list}.` : `Тип: ${AGREEMENTS[items[0]!.key][0]}.`;
  },
  statuses(items) {
    return `По статусу: ${joinList(
      items.map((i) => `${STATUSES[i.key]} — ${i.count}`),
      "и",
    )}.`;
  },
  institutions(items) {
    return `Наиболее активны: ${joinList(
      items.map((i) => `${i.key} (${i.count})`),
      "и",
    )}.`;
  },
  busiest(period, n) {
    return `Больше всего партнёрств — ${inPeriod(period)} (${n}).`;
  },
};
