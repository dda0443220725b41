// The sidebar's words in English, Russian and Kazakh, and the schema's values as a reader sees them.
import type { Lang } from "../core/schema";

const EN = {
  language: "Language",
  tabTag: "Tag",
  tabSummarize: "Summarize",
  loading: "Loading…",
  selectOnPartnerships: "Select one or more rows in the Partnerships sheet.",
  notPartnerships: "The active sheet is “{sheet}”. Go to Partnerships and select rows.",
  nothingSelected: "Select a row of Partnerships to see and tag it.",
  rowsSelected: "{n} rows selected",
  rowsShownOf: "Showing the first {shown} of {n}.",
  row: "Row {n}",
  id: "ID",
  date: "Date",
  kz: "Kazakhstan side",
  partner: "Partner",
  country: "Country",
  partnerType: "Partner type",
  agreement: "Agreement",
  status: "Status",
  fields: "Fields",
  tags: "Tags",
  summary: "Summary",
  sources: "Sources",
  reviewed: "Reviewed",
  notes: "Notes",
  history: "History",
  none: "—",
  addTag: "Add a tag",
  addTagButton: "Add",
  removeTag: "Remove tag {tag}",
  tagSeparator: "A tag can't contain a comma or a semicolon.",
  tagTooLong: "A tag can be at most 40 characters long.",
  tagOnSome: "on {k} of {n} rows",
  setStatusAll: "Set status of all",
  choose: "Choose…",
  saving: "Saving…",
  saved: "Saved.",
  failed: "Not saved: {message}",
  loadFailed: "Could not read the sheet: {message}",
  scope: "Partnerships to summarize",
  scopeSelection: "Selected rows ({n})",
  scopeAll: "All rows",
  filter: "Filter",
  any: "Any",
  institution: "Kazakhstan institution",
  from: "From",
  to: "To",
  periodHint: "2025 or 2025-03",
  periodInvalid: "“{typed}” is not a period: write a year (2025) or a month (2025-03).",
  fixPeriod: "Correct the period first: the brief would not match it.",
  by: "Timeline by",
  byMonth: "Month",
  byYear: "Year",
  total: "{n} of {all} partnerships",
  byCountry: "By country",
  byInstitution: "By Kazakhstan institution",
  byAgreement: "By agreement type",
  byStatus: "By status",
  timeline: "Timeline",
  undated: "{n} without a date for the timeline",
  brief: "Brief",
  copy: "Copy",
  copied: "Copied.",
  copyFailed: "Could not copy; select the text and copy it.",
  insert: "Insert into Summary sheet",
  inserted: "Written to {sheet}!{cell}.",
  other: "Other",
  chartOf: "{title}: {items}",
  dismiss: "Dismiss",
};

export type MessageKey = keyof typeof EN;
type Messages = Record<MessageKey, string>;

const RU: Messages = {
  language: "Язык",
  tabTag: "Теги",
  tabSummarize: "Сводка",
  loading: "Загрузка…",
  selectOnPartnerships: "Выделите одну или несколько строк на листе Partnerships.",
  notPartnerships: "Активный лист — «{sheet}». Перейдите на Partnerships и выделите строки.",
  nothingSelected: "Выделите строку листа Partnerships, чтобы увидеть её и добавить теги.",
  rowsSelected: "Выделено строк: {n}",
  rowsShownOf: "Показаны первые {shown} из {n}.",
  row: "Строка {n}",
  id: "ID",
  date: "Дата",
  kz: "Казахстанская сторона",
  partner: "Партнёр",
  country: "Страна",
  partnerType: "Тип партнёра",
  agreement: "Соглашение",
  status: "Статус",
  fields: "Области",
  tags: "Теги",
  summary: "Кратко",
  sources: "Источники",
  reviewed: "Проверено",
  notes: "Заметки",
  history: "История",
  none: "—",
  addTag: "Добавить тег",
  addTagButton: "Добавить",
  removeTag: "Удалить тег {tag}",
  tagSeparator: "Тег не может содержать запятую или точку с запятой.",
  tagTooLong: "Тег может быть не длиннее 40 символов.",
  tagOnSome: "в {k} из {n} строк",
  setStatusAll: "Статус для всех",
  choose: "Выберите…",
  saving: "Сохранение…",
  saved: "Сохранено.",
  failed: "Не сохранено: {message}",
  loadFailed: "Не удалось прочитать лист: {message}",
  scope: "Что обобщить",
  scopeSelection: "Выделенные строки ({n})",
  scopeAll: "Все строки",
  filter: "Фильтр",
  any: "Любой",
  institution: "Казахстанская организация",
  from: "С",
  to: "По",
  periodHint: "2025 или 2025-03",
  periodInvalid: "«{typed}» — не период: укажите год (2025) или месяц (2025-03).",
  fixPeriod: "Сначала исправьте период: справка ему не соответствовала бы.",
  by: "Шкала времени",
  byMonth: "По месяцам",
  byYear: "По годам",
  total: "Партнёрств: {n} из {all}",
  byCountry: "По странам",
  byInstitution: "По казахстанским организациям",
  byAgreement: "По типу соглашения",
  byStatus: "По статусу",
  timeline: "Динамика",
  undated: "Без даты для шкалы: {n}",
  brief: "Справка",
  copy: "Копировать",
  copied: "Скопировано.",
  copyFailed: "Не удалось скопировать; выделите текст и скопируйте его.",
  insert: "Вставить в лист Summary",
  inserted: "Записано в {sheet}!{cell}.",
  other: "Другие",
  chartOf: "{title}: {items}",
  dismiss: "Закрыть",
};

const KK: Messages = {
  language: "Тіл",
  tabTag: "Тегтер",
  tabSummarize: "Жиынтық",
  loading: "Жүктелуде…",
  selectOnPartnerships: "Partnerships парағында бір немесе бірнеше жолды белгілеңіз.",
  notPartnerships: "Белсенді парақ — «{sheet}». Partnerships парағына өтіп, жолдарды белгілеңіз.",
  nothingSelected: "Көру және тег қосу үшін Partnerships парағының жолын белгілеңіз.",
  rowsSelected: "Белгіленген жолдар: {n}",
  rowsShownOf: "{n} жолдың алғашқы {shown} жолы көрсетілген.",
  row: "{n}-жол",
  id: "ID",
  date: "Күні",
  kz: "Қазақстан тарапы",
  partner: "Серіктес",
  country: "Ел",
  partnerType: "Серіктес түрі",
  agreement: "Келісім",
  status: "Мәртебе",
  fields: "Салалар",
  tags: "Тегтер",
  summary: "Қысқаша",
  sources: "Дереккөздер",
  reviewed: "Тексерілді",
  notes: "Ескертпелер",
  history: "Тарихы",
  none: "—",
  addTag: "Тег қосу",
  addTagButton: "Қосу",
  removeTag: "{tag} тегін өшіру",
  tagSeparator: "Тегте үтір немесе нүктелі үтір болмауы керек.",
  tagTooLong: "Тег 40 таңбадан аспауы керек.",
  tagOnSome: "{n} жолдың {k} жолында",
  setStatusAll: "Барлығының мәртебесі",
  choose: "Таңдаңыз…",
  saving: "Сақталуда…",
  saved: "Сақталды.",
  failed: "Сақталмады: {message}",
  loadFailed: "Парақты оқу мүмкін болмады: {message}",
  scope: "Нені қорыту",
  scopeSelection: "Белгіленген жолдар ({n})",
  scopeAll: "Барлық жолдар",
  filter: "Сүзгі",
  any: "Кез келген",
  institution: "Қазақстандық ұйым",
  from: "Бастап",
  to: "Дейін",
  periodHint: "2025 не 2025-03",
  periodInvalid: "«{typed}» кезең емес: жылды (2025) не айды (2025-03) жазыңыз.",
  fixPeriod: "Алдымен кезеңді түзетіңіз: анықтама оған сәйкес келмейді.",
  by: "Уақыт шкаласы",
  byMonth: "Ай бойынша",
  byYear: "Жыл бойынша",
  total: "Серіктестік: {n} / {all}",
  byCountry: "Елдер бойынша",
  byInstitution: "Қазақстандық ұйымдар бойынша",
  byAgreement: "Келісім түрі бойынша",
  byStatus: "Мәртебе бойынша",
  timeline: "Динамика",
  undated: "Шкала үшін күні жоқ: {n}",
  brief: "Анықтама",
  copy: "Көшіру",
  copied: "Көшірілді.",
  copyFailed: "Көшіру мүмкін болмады; мәтінді белгілеп, көшіріңіз.",
  insert: "Summary парағына қою",
  inserted: "{sheet}!{cell} ұяшығына жазылды.",
  other: "Басқалары",
  chartOf: "{title}: {items}",
  dismiss: "Жабу",
};

const MESSAGES: Record<Lang, Messages> = { en: EN, ru: RU, kk: KK };

export const LANGUAGE_NAMES: Record<Lang, string> = { en: "English", ru: "Русский", kk: "Қазақша" };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  // Counts as the reader writes them: 1,000 / 1 000.
  const number = new Intl.NumberFormat(lang);
  return (key, values = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? number.format(value) : value;
    });
}

import { STATUS_LABELS, valueLabel } from "../core/labels";

export {
  AGREEMENT_LABELS,
  FIELD_LABELS,
  PARTNER_TYPE_LABELS,
  STATUS_LABELS,
  valueLabel,
} from "../core/labels";

/** The History cell for a reader: "signed 2025-02-12; launched 2025-03-03" → "Подписано 2025-02-12; …". */
export function historyLabel(history: string, lang: Lang): string {
  return history
    .split(";")
    .map((step) => step.trim())
    .filter((step) => step !== "")
    .map((step) => {
      const [status = "", ...rest] = step.split(/\s+/);
      const key = status.toLowerCase();
      return [key in STATUS_LABELS[lang] ? valueLabel(STATUS_LABELS[lang], key) : status, ...rest].join(" ");
    })
    .join("; ");
}

/** The sidebar language for a browser locale ("ru-RU" -> ru), English by default. */
export { langOfLocale } from "../core/summary/sheet-words";

const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  ru: ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
  kk: ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"],
};

/** A timeline period for a reader: "2025-03" -> "Mar 2025", "мар 2025", "2025 нау"; a year as it is. */
export function periodLabel(period: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const month = match ? MONTHS_SHORT[lang][Number(match[2]) - 1] : undefined;
  if (!match || !month) return period;
  // Kazakh puts the year first ("2025 ж. наурыз").
  return lang === "kk" ? `${match[1]} ${month}` : `${month} ${match[1]}`;
}
