// The schema's values as a reader sees them, in English, Russian and Kazakh: the sidebar's lists and charts
// and the Summary sheet show these labels, never the codes ("Joint programme", not "joint_program").
import type { Agreement, Field, Lang, PartnerType, Status } from "./schema";

export const AGREEMENT_LABELS: Record<Lang, Record<Agreement, string>> = {
  en: {
    memorandum: "Memorandum",
    agreement: "Agreement",
    joint_program: "Joint programme",
    branch_campus: "Branch campus",
    joint_lab: "Joint lab",
    training_center: "Training centre",
    academic_mobility: "Academic mobility",
    internship: "Internship",
    visit: "Visit",
    event: "Event",
  },
  ru: {
    memorandum: "Меморандум",
    agreement: "Соглашение",
    joint_program: "Совместная программа",
    branch_campus: "Филиал",
    joint_lab: "Совместная лаборатория",
    training_center: "Учебный центр",
    academic_mobility: "Академическая мобильность",
    internship: "Стажировка",
    visit: "Визит",
    event: "Мероприятие",
  },
  kk: {
    memorandum: "Меморандум",
    agreement: "Келісім",
    joint_program: "Бірлескен бағдарлама",
    branch_campus: "Филиал",
    joint_lab: "Бірлескен зертхана",
    training_center: "Оқу орталығы",
    academic_mobility: "Академиялық ұтқырлық",
    internship: "Тағылымдама",
    visit: "Сапар",
    event: "Іс-шара",
  },
};

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  en: { discussed: "Discussed", planned: "Planned", signed: "Signed", launched: "Launched" },
  ru: { discussed: "Обсуждается", planned: "Запланировано", signed: "Подписано", launched: "Запущено" },
  kk: { discussed: "Талқылануда", planned: "Жоспарланды", signed: "Қол қойылды", launched: "Іске қосылды" },
};

export const PARTNER_TYPE_LABELS: Record<Lang, Record<PartnerType, string>> = {
  en: {
    university: "University",
    college: "College",
    company: "Company",
    government: "Government",
    embassy: "Embassy",
    other: "Other",
  },
  ru: {
    university: "Университет",
    college: "Колледж",
    company: "Компания",
    government: "Госорган",
    embassy: "Посольство",
    other: "Другое",
  },
  kk: {
    university: "Университет",
    college: "Колледж",
    company: "Компания",
    government: "Мемлекеттік орган",
    embassy: "Елшілік",
    other: "Басқа",
  },
};

export const FIELD_LABELS: Record<Lang, Record<Field, string>> = {
  en: {
    it: "IT",
    ai: "AI",
    engineering: "Engineering",
    mining: "Mining",
    energy: "Energy",
    oil_gas: "Oil and gas",
    manufacturing: "Manufacturing",
    transport_logistics: "Transport and logistics",
    marine: "Marine",
    remote_sensing: "Remote sensing",
    nanotechnology: "Nanotechnology",
    economics_business: "Economics and business",
    education: "Education",
    languages_culture: "Languages and culture",
    medicine: "Medicine",
    agriculture: "Agriculture",
  },
  ru: {
    it: "ИТ",
    ai: "ИИ",
    engineering: "Инженерия",
    mining: "Горное дело",
    energy: "Энергетика",
    oil_gas: "Нефть и газ",
    manufacturing: "Производство",
    transport_logistics: "Транспорт и логистика",
    marine: "Морское дело",
    remote_sensing: "Дистанционное зондирование",
    nanotechnology: "Нанотехнологии",
    economics_business: "Экономика и бизнес",
    education: "Образование",
    languages_culture: "Языки и культура",
    medicine: "Медицина",
    agriculture: "Сельское хозяйство",
  },
  kk: {
    it: "АТ",
    ai: "ЖИ",
    engineering: "Инженерия",
    mining: "Тау-кен ісі",
    energy: "Энергетика",
    oil_gas: "Мұнай-газ",
    manufacturing: "Өндіріс",
    transport_logistics: "Көлік және логистика",
    marine: "Теңіз ісі",
    remote_sensing: "Қашықтықтан зондтау",
    nanotechnology: "Нанотехнология",
    economics_business: "Экономика және бизнес",
    education: "Білім беру",
    languages_culture: "Тіл және мәдениет",
    medicine: "Медицина",
    agriculture: "Ауыл шаруашылығы",
  },
};

/** A schema value's label, or the cell's own text when it is not one of the schema's values. */
export function valueLabel(labels: Record<string, string>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}
