// English phrasing of the brief.
import type { Agreement, Status } from "../schema";
import { EN_MONTHS } from "../text/months";
import type { BriefPeriod, BriefPhrasing } from "./brief";
import { periodParts } from "./brief-period";
import { type EnForms, enPlural, joinList } from "./brief-plural";

const AGREEMENTS: Record<Agreement, EnForms> = {
  memorandum: ["memorandum", "memoranda"],
  agreement: ["agreement", "agreements"],
  joint_program: ["joint programme", "joint programmes"],
  branch_campus: ["branch campus", "branch campuses"],
  joint_lab: ["joint lab", "joint labs"],
  training_center: ["training centre", "training centres"],
  academic_mobility: ["academic mobility programme", "academic mobility programmes"],
  internship: ["internship", "internships"],
  visit: ["visit", "visits"],
  event: ["event", "events"],
};

const STATUSES: Record<Status, string> = {
  signed: "signed",
  launched: "launched",
  planned: "planned",
  discussed: "under discussion",
};

// Countries whose English short name takes "the" after "with".
const WITH_THE = new Set(["US", "GB", "NL", "AE", "PH", "CZ", "BS", "GM", "VA", "CF", "DO", "KM", "MV"]);

const count = (n: number, forms: EnForms) => `${n} ${enPlural(n, forms)}`;

function when(p: string): string {
  const { year, month } = periodParts(p);
  return month ? `${EN_MONTHS[month - 1]} ${year}` : year;
}

function periodPhrase(period: BriefPeriod): string {
  if (period.from === period.to) return `In ${when(period.from)}`;
  return `From ${when(period.from)} to ${when(period.to)}`;
}

export const EN_BRIEF: BriefPhrasing = {
  none(period, kz) {
    const who = kz ? ` for ${kz}` : "";
    return period ? `${periodPhrase(period)}, no partnerships${who} match.` : `No partnerships${who} match.`;
  },
  opening(total, period, kz, countries) {
    const subject = kz ?? "Kazakhstan universities";
    const head = period ? `${periodPhrase(period)}, ${subject}` : subject;
    let tail = "";
    const with_ = (code: string, name: string) => (WITH_THE.has(code) ? `with the ${name}` : `with ${name}`);
    const [first] = countries;
    if (countries.length === 1 && first && first.count === total) {
      tail = `, ${total > 1 ? "all " : ""}${with_(first.code, first.name)}`;
    } else if (countries.length > 0) {
      tail = `, ${joinList(
        countries.map((c) => `${c.count} ${with_(c.code, c.name)}`),
        "and",
      )}`;
    }
    return `${head} reported ${count(total, ["partnership", "partnerships"])}${tail}.`;
  },
  agreements(total, items) {
    const list = joinList(
      items.map((i) => count(i.count, AGREEMENTS[i.key])),
      "and",
    );
    const only = items[0];
    if (total > 1 || !only) return `They include ${list}.`;
    const noun = AGREEMENTS[only.key][0];
    return `It is ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}.`;
  },
  statuses(items) {
    return `By status: ${joinList(
      items.map((i) => `${i.count} ${STATUSES[i.key]}`),
      "and",
    )}.`;
  },
  institutions(items) {
    return `The most active were ${joinList(
      items.map((i) => `${i.key} (${i.count})`),
      "and",
    )}.`;
  },
  busiest(period, n) {
    const { month } = periodParts(period);
    return `The busiest ${month ? "month" : "year"} was ${when(period)}, with ${count(n, ["partnership", "partnerships"])}.`;
  },
};
