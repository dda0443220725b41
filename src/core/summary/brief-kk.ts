// Kazakh phrasing of the brief: the English brief's sentences, each in Kazakh word order. A noun after a
// numeral stays singular ("23 серіктестік"); "with a country" is the instrumental ("Қытаймен 15",
// brief-with.ts); postpositions that take the nominative ("бойынша", "аралығында") keep names and months
// free of case suffixes, except the locative of months, which we spell out.
import type { Agreement, Status } from "../schema";
import { KK_MONTHS } from "../text/months";
import type { BriefPeriod, BriefPhrasing } from "./brief";
import { periodParts } from "./brief-period";
import { joinList } from "./brief-plural";
import { kkWith } from "./brief-with";

/** Locative: "наурызда", "қыркүйекте". */
const MONTHS_LOC = [
  "қаңтарда",
  "ақпанда",
  "наурызда",
  "сәуірде",
  "мамырда",
  "маусымда",
  "шілдеде",
  "тамызда",
  "қыркүйекте",
  "қазанда",
  "қарашада",
  "желтоқсанда",
];

const AGREEMENTS: Record<Agreement, string> = {
  memorandum: "меморандум",
  agreement: "келісім",
  joint_program: "бірлескен бағдарлама",
  branch_campus: "филиал",
  joint_lab: "бірлескен зертхана",
  training_center: "оқу орталығы",
  academic_mobility: "академиялық ұтқырлық бағдарламасы",
  internship: "тағылымдама",
  visit: "сапар",
  event: "іс-шара",
};

const STATUSES: Record<Status, string> = {
  signed: "қол қойылғаны",
  launched: "іске қосылғаны",
  planned: "жоспарланғаны",
  discussed: "талқылануда",
};

/** "2025 жылғы наурызда", "2025 жылы". */
function inPeriod(p: string): string {
  const { year, month } = periodParts(p);
  return month ? `${year} жылғы ${MONTHS_LOC[month - 1]}` : `${year} жылы`;
}

function periodPhrase(period: BriefPeriod): string {
  if (period.from === period.to) return inPeriod(period.from);
  const from = periodParts(period.from);
  const to = periodParts(period.to);
  if (!from.month && !to.month) return `${from.year}–${to.year} жылдары`;
  const part = (p: { year: string; month: number | null }) =>
    p.month ? `${p.year} ж. ${KK_MONTHS[p.month - 1]}` : `${p.year} ж.`;
  return `${part(from)} – ${part(to)} аралығында`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const KK_BRIEF: BriefPhrasing = {
  none(period, kz) {
    const who = kz ? `${kz} бойынша ` : "";
    return capital(`${period ? `${periodPhrase(period)} ` : ""}${who}сәйкес серіктестік жоқ.`);
  },
  opening(total, period, kz, countries) {
    const who = kz ?? "Қазақстан университеттері";
    const head = `${period ? `${periodPhrase(period)} ` : ""}${who} бойынша ${total} серіктестік тіркелді`;
    const [first] = countries;
    let tail = "";
    if (countries.length === 1 && first && first.count === total) {
      tail = `, ${total > 1 ? "барлығы " : ""}${kkWith(first.name)}`;
    } else if (countries.length > 0) {
      tail = `: ${joinList(
        countries.map((c) => `${kkWith(c.name)} ${c.count}`),
        "және",
      )}`;
    }
    return capital(`${head}${tail}.`);
  },
  agreements(total, items) {
    const list = joinList(
      items.map((i) => `${i.count} ${AGREEMENTS[i.key]}`),
      "және",
    );
    return total > 1 ? `Олардың ішінде ${list} бар.` : `Түрі: ${AGREEMENTS[items[0]!.key]}.`;
  },
  statuses(items) {
    return `Мәртебесі бойынша: ${joinList(
      items.map((i) => `${STATUSES[i.key]} — ${i.count}`),
      "және",
    )}.`;
  },
  institutions(items) {
    return `Ең белсенділері: ${joinList(
      items.map((i) => `${i.key} (${i.count})`),
      "және",
    )}.`;
  },
  busiest(period, n) {
    return `Ең көп серіктестік ${inPeriod(period)} тіркелді (${n}).`;
  },
};
