// Shared by the Partnerships menu tests: articles we wrote in the three languages, and readers of the sheets.
import { type Harness, type LoadOptions, loadBundle } from "../harness/index";

/** One signing reported in English and in Russian, and a Kazakh article about another pair. */
export const ARTICLES = {
  en: "Almaty, 12 March 2025. Al-Farabi Kazakh National University and Wuhan University (China) signed a memorandum of understanding on cooperation in remote sensing and artificial intelligence. The document provides for joint research and student exchange.",
  ru: "Алматы, 12 марта 2025 года. Казахский национальный университет имени аль-Фараби и Уханьский университет (Китай) подписали меморандум о сотрудничестве в области дистанционного зондирования Земли и искусственного интеллекта.",
  kk: "Астана, 2025 жылғы 5 ақпан. Л.Н. Гумилев атындағы Еуразия ұлттық университеті мен Түркияның Анкара университеті академиялық ұтқырлық туралы келісімге қол қойды.",
};

export function load(options: LoadOptions = {}): Harness {
  const h = loadBundle(options);
  h.open();
  return h;
}

/** A sheet's rows as objects keyed by header. */
export function records(h: Harness, sheet: string): Record<string, unknown>[] {
  const [header = [], ...rows] = h.values(sheet);
  return rows
    .filter((row) => row.some((v) => v !== ""))
    .map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i] ?? ""])));
}

/** The A1 reference of the cell under a header in the row whose ID is `id`. */
export function cellOf(h: Harness, sheet: string, id: string, header: string): string {
  const values = h.values(sheet);
  const head = values[0] ?? [];
  const col = head.indexOf(header);
  const idCol = head.indexOf("ID");
  const row = values.findIndex((r) => r[idCol] === id);
  if (col < 0 || row < 0) throw new Error(`no ${header} cell for ${id} in ${sheet}`);
  return `${sheet}!${String.fromCharCode(65 + col)}${row + 1}`;
}

/** A Sources sheet holding these articles (header row first). */
export function sourcesWith(texts: readonly string[]): (string | number)[][] {
  return [["ID", "Text or URL"], ...texts.map((t) => ["", t])];
}

/** Partner universities the built-in directory knows, for articles made in bulk. */
export const PARTNERS = [
  "Wuhan University",
  "Tsinghua University",
  "Peking University",
  "Zhejiang University",
  "Fudan University",
  "Harbin Institute of Technology",
  "Nanjing University",
  "Sun Yat-sen University",
  "Tomsk State University",
  "Novosibirsk State University",
  "Lomonosov Moscow State University",
  "University of Exeter",
  "University of Cambridge",
  "Ankara University",
  "Gazi University",
  "Seoul National University",
  "University of Tokyo",
  "Technical University of Munich",
  "Sorbonne University",
  "Nanjing University of Aeronautics and Astronautics",
];

/** A short article: Nazarbayev University signs a memorandum with the i-th partner. */
export function bulkArticle(i: number): string {
  return `Astana, ${1 + (i % 28)} March 2025. Nazarbayev University and ${PARTNERS[i % PARTNERS.length]} signed a memorandum of understanding on joint research (report ${i}).`;
}
