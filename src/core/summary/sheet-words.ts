// The Summary sheet's words in the spreadsheet's language (English, Russian, Kazakh): its title, the note on
// how it was built, each table's title and headers, the charts' titles. Counts take the noun form their
// numeral asks for.
import type { Lang } from "../schema";
import { type RuForms, ruPlural } from "./brief-plural";

export interface SummaryWords {
  title: string;
  brief: string;
  /** "Built 2025-03-14 10:30 from 10 partnerships (2 without a year). Rebuilt each time: ..." */
  built(stamp: string, total: number, undated: number): string;
  /** Where the brief came from, in the Brief row's third cell (so Build summary knows its own brief). */
  briefSource: string;
  tables: {
    countries: string;
    institutions: string;
    agreements: string;
    statuses: string;
    years: string;
    fields: string;
  };
  headers: {
    country: string;
    code: string;
    institution: string;
    agreement: string;
    status: string;
    year: string;
    field: string;
    count: string;
  };
  charts: {
    countries: string;
    statuses: string;
    agreements: string;
    years: string;
    institutions: string;
  };
}

const RU_PARTNERSHIPS_DATIVE: RuForms = ["партнёрству", "партнёрствам", "партнёрствам"];

export const SUMMARY_WORDS: Record<Lang, SummaryWords> = {
  en: {
    title: "Partnerships summary",
    brief: "Brief",
    built: (stamp, total, undated) =>
      `Built ${stamp} from ${total} partnership${total === 1 ? "" : "s"}${undated > 0 ? ` (${undated} without a year)` : ""}. Rebuilt each time: edit the Partnerships sheet, not this one.`,
    briefSource: "written by Build summary",
    tables: {
      countries: "By partner country",
      institutions: "By Kazakhstan institution",
      agreements: "By agreement",
      statuses: "By status",
      years: "By year",
      fields: "By field",
    },
    headers: {
      country: "Country",
      code: "Code",
      institution: "Institution",
      agreement: "Agreement",
      status: "Status",
      year: "Year",
      field: "Field",
      count: "Partnerships",
    },
    charts: {
      countries: "Partner countries",
      statuses: "Status",
      agreements: "Agreements",
      years: "By year",
      institutions: "Kazakhstan institutions (top)",
    },
  },
  ru: {
    title: "Сводка партнёрств",
    brief: "Справка",
    built: (stamp, total, undated) =>
      `Собрано ${stamp} по ${total} ${ruPlural(total, RU_PARTNERSHIPS_DATIVE)}${undated > 0 ? ` (без года: ${undated})` : ""}. Пересобирается каждый раз: правьте лист Partnerships, а не этот.`,
    briefSource: "написано командой Build summary",
    tables: {
      countries: "По странам-партнёрам",
      institutions: "По казахстанским организациям",
      agreements: "По типу соглашения",
      statuses: "По статусу",
      years: "По годам",
      fields: "По областям",
    },
    headers: {
      country: "Страна",
      code: "Код",
      institution: "Организация",
      agreement: "Соглашение",
      status: "Статус",
      year: "Год",
      field: "Область",
      count: "Партнёрств",
    },
    charts: {
      countries: "Страны-партнёры",
      statuses: "Статус",
      agreements: "Соглашения",
      years: "По годам",
      institutions: "Казахстанские организации (самые активные)",
    },
  },
  kk: {
    title: "Серіктестіктер жиынтығы",
    brief: "Анықтама",
    built: (stamp, total, undated) =>
      `${stamp} жасалды, ${total} серіктестік бойынша${undated > 0 ? ` (жылы жоқ: ${undated})` : ""}. Әр жолы қайта жасалады: бұл парақты емес, Partnerships парағын өзгертіңіз.`,
    briefSource: "Build summary жазған",
    tables: {
      countries: "Серіктес елдер бойынша",
      institutions: "Қазақстандық ұйымдар бойынша",
      agreements: "Келісім түрі бойынша",
      statuses: "Мәртебе бойынша",
      years: "Жылдар бойынша",
      fields: "Салалар бойынша",
    },
    headers: {
      country: "Ел",
      code: "Коды",
      institution: "Ұйым",
      agreement: "Келісім",
      status: "Мәртебе",
      year: "Жыл",
      field: "Сала",
      count: "Серіктестік",
    },
    charts: {
      countries: "Серіктес елдер",
      statuses: "Мәртебе",
      agreements: "Келісімдер",
      years: "Жылдар бойынша",
      institutions: "Қазақстандық ұйымдар (ең белсенділері)",
    },
  },
};

/** Every language's title and Brief label: how an older or other-language Summary sheet is recognised. */
export const SUMMARY_TITLES: readonly string[] = Object.values(SUMMARY_WORDS).map((w) => w.title);
export const BRIEF_LABELS: readonly string[] = Object.values(SUMMARY_WORDS).map((w) => w.brief);

/** The language of a spreadsheet's locale ("ru_RU", "kk", "en_GB"); English for any other. */
export function langOfLocale(locale: string | undefined): Lang {
  const code = (locale ?? "").slice(0, 2).toLowerCase();
  return code === "ru" || code === "kk" ? code : "en";
}
