// The preview's sample workbook: short news articles written for this project (English, Russian, Kazakh)
// about partnerships of Kazakhstan's universities, pasted on the Sources sheet, plus two URL rows whose pages
// are answered offline by fetch fixtures. The events are illustrative, not reports of real agreements.
import { FEED_HEADERS, SOURCE_HEADERS } from "../../src/core/rows/columns";
import { ATOM_URL, feedFixtures, RSS_URL } from "../../test/fixtures/feeds/sample";
import type { FetchFixtures } from "../../test/harness";

export const SAMPLE_ARTICLES: { lang: "en" | "ru" | "kk"; outlet: string; text: string }[] = [
  {
    lang: "en",
    outlet: "Astana Times (sample)",
    text: [
      "Satbayev University and Technical University of Munich sign mining memorandum",
      "Almaty, 12 February 2025 — Satbayev University and the Technical University of Munich signed a memorandum of understanding on cooperation in mining engineering and geology.",
      "The two universities will run joint research on ore processing, exchange doctoral students and hold a summer school on sustainable mining in Almaty this July.",
      '"German expertise in raw materials will help our engineers design safer mines," the rector of Satbayev University said after the signing.',
    ].join("\n"),
  },
  {
    lang: "en",
    outlet: "Kazinform (sample)",
    text: [
      "Nazarbayev University launches a joint master's programme with Arizona State University",
      "Astana, 3 March 2025. Nazarbayev University has launched a joint master's programme in data science with Arizona State University.",
      "The first cohort of 25 students started classes this week; graduates will receive degrees from both universities.",
      "The programme covers machine learning, big data and artificial intelligence applied to energy and public health.",
    ].join("\n"),
  },
  {
    lang: "en",
    outlet: "The Steppe (sample)",
    text: [
      "KBTU and the University of Exeter discuss a branch campus",
      "Almaty, 21 January 2025 — Kazakh-British Technical University hosted a delegation from the University of Exeter to discuss opening a branch campus in Almaty.",
      "The sides talked about programmes in petroleum engineering and environmental science; no agreement has been signed yet.",
    ].join("\n"),
  },
  {
    lang: "ru",
    outlet: "Tengrinews (пример)",
    text: [
      "КазНУ и Уханьский университет создадут совместную лабораторию",
      "Алматы, 19 февраля 2025 года. Казахский национальный университет имени аль-Фараби и Уханьский университет подписали соглашение о создании совместной лаборатории дистанционного зондирования Земли.",
      "Лаборатория будет работать на базе факультета географии и природопользования КазНУ. Китайская сторона передаст оборудование для обработки спутниковых снимков.",
    ].join("\n"),
  },
  {
    lang: "ru",
    outlet: "Информбюро (пример)",
    text: [
      "ЕНУ и Казанский федеральный университет обсудили программу двойного диплома",
      "Астана, 28 января 2025 года. Евразийский национальный университет имени Л. Н. Гумилева обсудил с делегацией Казанского федерального университета запуск программы двойного диплома по химии и нефтехимии.",
      "Стороны планируют подписать соглашение весной и принять первых студентов в сентябре.",
    ].join("\n"),
  },
  {
    lang: "ru",
    outlet: "Караганда сегодня (пример)",
    text: [
      "Карагандинский университет имени Букетова и Томский политехнический университет подписали меморандум",
      "Караганда, 6 марта 2025 года. Карагандинский университет имени академика Е. А. Букетова и Томский политехнический университет подписали меморандум о сотрудничестве в области энергетики и физики.",
      "Документ предусматривает академическую мобильность студентов и преподавателей, а также совместные научные проекты.",
    ].join("\n"),
  },
  {
    lang: "kk",
    outlet: "Egemen Qazaqstan (үлгі)",
    text: [
      "ЕҰУ мен KAIST жасанды интеллект бойынша меморандумға қол қойды",
      "Астана, 2025 жылғы 20 қаңтар. Л.Н. Гумилев атындағы Еуразия ұлттық университеті мен Корея ғылым және технология институты жасанды интеллект саласындағы ынтымақтастық туралы меморандумға қол қойды.",
      "Құжат студенттер алмасуын және бірлескен зертханалық зерттеулерді көздейді.",
    ].join("\n"),
  },
  {
    lang: "kk",
    outlet: "Abai.kz (үлгі)",
    text: [
      "Абай университеті түрік серіктесімен бірлескен бағдарламаны іске қосты",
      "Алматы, 2025 жылғы 14 ақпан. Абай атындағы Қазақ ұлттық педагогикалық университеті Таяу Шығыс техникалық университетімен бірлескен магистратура бағдарламасын іске қосты.",
      "Бағдарлама педагогика мен математиканы оқытуға арналған, алғашқы топта 18 магистрант оқиды.",
    ].join("\n"),
  },
];

export const SAMPLE_URLS = {
  kaznu: "https://news.kaznu.example/en/2025/03/kaznu-tsukuba-agreement",
  enu: "https://enu.example/ru/news/2025/enu-msu-mou",
} as const;

const page = (lang: string, title: string, date: string, paragraphs: string[], charset = "utf-8") =>
  [
    "<!DOCTYPE html>",
    `<html lang="${lang}"><head><meta charset="${charset}"><title>${title}</title>`,
    `<meta property="article:published_time" content="${date}"></head>`,
    '<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>',
    `<article><h1>${title}</h1><time datetime="${date}">${date}</time>`,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    "</article><footer>© University press office</footer></body></html>",
  ].join("\n");

/**
 * The two URL rows' pages (the Russian one served in windows-1251 to exercise charsets), and the two sample
 * feeds with the pages their items link to.
 */
export const SAMPLE_FETCH: FetchFixtures = {
  ...feedFixtures(),
  [SAMPLE_URLS.kaznu]: {
    headers: { "Content-Type": "text/html; charset=utf-8" },
    body: page("en", "KazNU and University of Tsukuba sign an academic exchange agreement", "2025-03-10", [
      "Al-Farabi Kazakh National University and the University of Tsukuba signed an agreement on academic exchange on 10 March 2025 in Almaty.",
      "Under the agreement, students of both universities will be able to spend a semester abroad, and researchers will cooperate in biotechnology and Japanese studies.",
      "The partners also plan a joint online course on Central Asian history next year.",
    ]),
  },
  [SAMPLE_URLS.enu]: {
    headers: { "Content-Type": "text/html; charset=windows-1251" },
    charset: "windows-1251",
    body: page(
      "ru",
      "ЕНУ и МГУ подписали меморандум о сотрудничестве",
      "2025-02-25",
      [
        "Астана, 25 февраля 2025 года. Евразийский национальный университет имени Л. Н. Гумилева и Московский государственный университет имени М. В. Ломоносова подписали меморандум о сотрудничестве.",
        "Университеты договорились о совместных исследованиях в области математики и информатики, а также об обмене преподавателями.",
      ],
      "windows-1251",
    ),
  },
};

/** The Sources sheet (one row per article and per URL) and the Feeds sheet (an RSS and an Atom feed). */
export function sampleWorkbook(): Record<string, string[][]> {
  const feed = (url: string, outlet: string) =>
    FEED_HEADERS.map((h) => (h === "Feed URL" ? url : h === "Outlet" ? outlet : ""));
  const headers = [...SOURCE_HEADERS];
  const row = (text: string, outlet: string) =>
    headers.map((h) => (h === "Text or URL" ? text : h === "Outlet" ? outlet : ""));
  return {
    Sources: [
      headers,
      ...SAMPLE_ARTICLES.map((a) => row(a.text, a.outlet)),
      row(SAMPLE_URLS.kaznu, "KazNU press office (sample)"),
      row(SAMPLE_URLS.enu, "ENU press office (sample)"),
    ],
    Feeds: [
      [...FEED_HEADERS],
      feed(RSS_URL, "News agency (sample)"),
      feed(ATOM_URL, "University press office (sample)"),
    ],
  };
}
