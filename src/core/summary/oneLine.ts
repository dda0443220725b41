// One English line per partnership: "Al-Farabi Kazakh National University and Harbin Engineering University
// (China) discussed cooperation".
import { countryName } from "../countries";
import type { Agreement, Field, Status } from "../schema";

const THING: Record<Agreement, string> = {
  memorandum: "a memorandum of understanding",
  agreement: "a cooperation agreement",
  joint_program: "a joint degree programme",
  branch_campus: "a branch campus",
  joint_lab: "a joint laboratory",
  training_center: "a training centre",
  academic_mobility: "academic mobility",
  internship: "internships",
  visit: "cooperation",
  event: "a joint event",
};

function action(agreement: Agreement, status: Status): string {
  const thing = THING[agreement];
  switch (status) {
    case "discussed":
      return agreement === "visit" ? "discussed cooperation" : `discussed ${thing}`;
    case "planned":
      if (agreement === "visit" || agreement === "event")
        return `planned ${agreement === "visit" ? "a visit" : thing}`;
      if (agreement === "memorandum" || agreement === "agreement") return `agreed to sign ${thing}`;
      return `agreed on ${thing}`;
    case "signed":
      if (agreement === "memorandum" || agreement === "agreement") return `signed ${thing}`;
      if (agreement === "visit" || agreement === "event") return "signed a cooperation document";
      return `signed an agreement on ${thing}`;
    case "launched":
      if (agreement === "event") return "held a joint event";
      if (agreement === "visit") return "launched cooperation";
      if (agreement === "memorandum" || agreement === "agreement") return `put ${thing} into effect`;
      return agreement === "joint_program" || agreement === "academic_mobility" || agreement === "internship"
        ? `launched ${thing}`
        : `opened ${thing}`;
  }
}

const FIELD_WORDS: Record<Field, string> = {
  it: "IT",
  ai: "AI",
  engineering: "engineering",
  mining: "mining",
  energy: "energy",
  oil_gas: "oil and gas",
  manufacturing: "manufacturing",
  transport_logistics: "transport and logistics",
  marine: "marine studies",
  remote_sensing: "remote sensing",
  nanotechnology: "nanotechnology",
  economics_business: "economics and business",
  education: "education",
  languages_culture: "languages and culture",
  medicine: "medicine",
  agriculture: "agriculture",
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export interface OneLineInput {
  kz: string;
  partner: string;
  country: string;
  agreement: Agreement;
  status: Status;
  fields: readonly Field[];
}

export function oneLineSummary(p: OneLineInput): string {
  const where = p.country && p.country !== "KZ" ? ` (${countryName(p.country, "en")})` : "";
  const fields = p.fields.length > 0 ? ` in ${list(p.fields.map((f) => FIELD_WORDS[f]))}` : "";
  return `${p.kz} and ${p.partner}${where} ${action(p.agreement, p.status)}${fields}`;
}
