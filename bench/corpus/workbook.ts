// Sheets as a user's spreadsheet holds them: Sources rows of articles, and a Directory with a few of the
// user's own institutions (which every extraction and formula takes into account).
import { DIRECTORY_HEADERS, SOURCE_HEADERS } from "../../src/core/rows/columns";
import type { Article } from "./index";

export type Grid = string[][];

/** The Sources sheet: header, then one row per article (ID, text, outlet; the rest blank). */
export function sourcesSheet(articles: readonly Article[]): Grid {
  const width = SOURCE_HEADERS.length;
  const rows: Grid = [[...SOURCE_HEADERS]];
  articles.forEach((a, i) => {
    const row = new Array<string>(width).fill("");
    row[SOURCE_HEADERS.indexOf("ID")] = `S${String(i + 1).padStart(5, "0")}`;
    row[SOURCE_HEADERS.indexOf("Text or URL")] = a.text;
    row[SOURCE_HEADERS.indexOf("Outlet")] = [
      "Kazinform",
      "Tengrinews",
      "Egemen Qazaqstan",
      "The Astana Times",
    ][i % 4]!;
    rows.push(row);
  });
  return rows;
}

/** A small user Directory: local colleges, a school and a company, with Russian and Kazakh aliases. */
export function directorySheet(): Grid {
  const entries: Array<[string, string, string, string, string]> = [
    [
      "Almaty College of Communications",
      "ACC; Алматинский колледж связи; Алматы байланыс колледжі",
      "KZ",
      "college",
      "Almaty",
    ],
    [
      "Karaganda Polytechnic College",
      "Карагандинский политехнический колледж; Қарағанды политехникалық колледжі",
      "KZ",
      "college",
      "Karaganda",
    ],
    [
      "Aktobe Higher Medical College",
      "Актюбинский высший медицинский колледж; Ақтөбе жоғары медициналық колледжі",
      "KZ",
      "college",
      "Aktobe",
    ],
    [
      "Astana School of Robotics",
      "ASR; Астанинская школа робототехники; Астана робототехника мектебі",
      "KZ",
      "other",
      "Astana",
    ],
    [
      "Shymkent Agro Innovation Centre",
      "Шымкентский агроинновационный центр; Шымкент агроинновациялық орталығы",
      "KZ",
      "other",
      "Shymkent",
    ],
    ["Steppe Minerals LLP", "ТОО «Степ Минералс»; Steppe Minerals", "KZ", "company", "Karaganda"],
    [
      "Urumqi Vocational University",
      "Урумчийский профессиональный университет; Үрімжі кәсіптік университеті",
      "CN",
      "university",
      "Urumqi",
    ],
    ["Novosibirsk Technical College", "Новосибирский технический колледж", "RU", "college", "Novosibirsk"],
  ];
  return [[...DIRECTORY_HEADERS], ...entries.map((e) => [...e])];
}
