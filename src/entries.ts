// The one registry of everything Apps Script calls by name. The build turns each entry into a top-level
// `function` declaration in dist/Code.js (with JSDoc for custom functions), the README's formula table is
// generated from the formula entries, and src/main.ts must give every name a handler: so the three can't drift.

export interface Param {
  name: string;
  /** JSDoc type, as Sheets shows it in formula help. */
  type: string;
  doc: string;
  optional?: boolean;
}

interface BaseEntry {
  name: string;
  params: readonly Param[];
  /** One sentence: what it does. */
  doc: string;
}

/** onOpen, onInstall and time-driven triggers. */
export interface TriggerEntry extends BaseEntry {
  kind: "trigger";
}

/** A callback of the Partnerships menu. */
export interface MenuEntry extends BaseEntry {
  kind: "menu";
  /** The menu item's label. */
  label: string;
  /** A line after this item, closing a group of items. */
  separatorAfter?: boolean;
}

/** A `google.script.run` target of the sidebar or a dialog. */
export interface ServerEntry extends BaseEntry {
  kind: "server";
}

/** A custom cell formula. */
export interface FormulaEntry extends BaseEntry {
  kind: "formula";
  returns: { type: string; doc: string };
  /** Shown in the README and checked by a test against the built bundle. */
  example: {
    formula: string;
    /** The cells the formula refers to. */
    cells?: Record<string, string>;
    /** The result; for a table, its first data row joined by " | ". */
    result: string;
  };
}

export type Entry = TriggerEntry | MenuEntry | ServerEntry | FormulaEntry;

/** The article the README's examples refer to as A2. */
const EXAMPLE_NEWS =
  "Al-Farabi Kazakh National University and Wuhan University (China) signed a memorandum of understanding on remote sensing of the Earth.";
const EXAMPLE_ARTICLE = `Almaty, 19 February 2025. ${EXAMPLE_NEWS}`;

const name = (doc: string): Param => ({ name: "name", type: "string|Array<Array<string>>", doc });
const text = (doc: string): Param => ({ name: "text", type: "string|Array<Array<string>>", doc });
/** The formulas that use the Directory take its range last, so that Sheets recalculates them when it changes. */
const directory: Param = {
  name: "directory",
  type: "Array<Array<string>>",
  doc: "Your Directory sheet's range, such as Directory!A:E: the formula then follows every edit of it.",
  optional: true,
};

export const ENTRIES = [
  // --- triggers ---
  {
    kind: "trigger",
    name: "onOpen",
    params: [{ name: "e", type: "GoogleAppsScript.Events.SheetsOnOpen", doc: "The open event." }],
    doc: "Adds the Partnerships menu when the spreadsheet opens.",
  },
  {
    kind: "trigger",
    name: "onInstall",
    params: [{ name: "e", type: "GoogleAppsScript.Events.AddonOnInstall", doc: "The install event." }],
    doc: "Adds the Partnerships menu right after the add-on is installed.",
  },
  {
    kind: "trigger",
    name: "runScheduledJobs",
    params: [{ name: "e", type: "GoogleAppsScript.Events.TimeDriven", doc: "The time-driven event." }],
    doc: "Runs this document's jobs that are due, such as the rest of a long Extract or the daily feed check (its one time-driven trigger).",
  },
  {
    kind: "trigger",
    name: "onEdit",
    params: [{ name: "e", type: "GoogleAppsScript.Events.SheetsOnEdit", doc: "The edit event." }],
    doc: "Lets formulas see an edit of the Directory sheet at once; a correction typed into Partnerships rewrites the row's Summary.",
  },

  // --- menu (sheets) ---
  {
    kind: "menu",
    name: "setUpSpreadsheet",
    label: "Set up this spreadsheet",
    params: [],
    doc: "Creates or repairs the Sources, Partnerships, Directory, Feeds and Summary sheets (never wipes).",
  },
  {
    kind: "menu",
    name: "showAddArticles",
    label: "Add articles…",
    params: [],
    doc: "Opens the dialog to paste articles or URLs into Sources.",
  },
  {
    kind: "menu",
    name: "extractNewArticles",
    label: "Extract partnerships from new articles",
    params: [],
    doc: "Turns the Sources rows not processed yet into Partnerships rows.",
  },
  {
    kind: "menu",
    name: "extractSelectedArticles",
    label: "Extract again from selected articles",
    params: [],
    doc: "Extracts the selected Sources rows again, keeping what the user edited.",
  },
  {
    kind: "menu",
    name: "mergeDuplicates",
    label: "Merge duplicates…",
    params: [],
    doc: "Shows the rows reporting the same partnership and merges them on confirmation.",
  },
  {
    kind: "menu",
    name: "buildSummary",
    label: "Build summary",
    params: [],
    doc: "Rebuilds the Summary sheet: counts and charts by country, institution, agreement, status and year.",
    separatorAfter: true,
  },
  {
    kind: "menu",
    name: "checkFeedsNow",
    label: "Check feeds now",
    params: [],
    doc: "Reads the feeds of the Feeds sheet and adds their news about partnerships to Sources.",
  },
  {
    kind: "menu",
    name: "dailyFeedCheckOn",
    label: "Check feeds every day: on",
    params: [],
    doc: "Checks the feeds by itself every morning (one time-driven trigger for this document).",
  },
  {
    kind: "menu",
    name: "dailyFeedCheckOff",
    label: "Check feeds every day: off",
    params: [],
    doc: "Stops the daily feed check.",
    separatorAfter: true,
  },

  {
    kind: "menu",
    name: "openSidebar",
    label: "Open sidebar",
    params: [],
    doc: "Opens the Seriktes sidebar to tag and summarize the selected partnerships.",
  },

  // --- dialogs and sidebar (server functions) ---
  {
    kind: "server",
    name: "addArticles",
    params: [{ name: "text", type: "string", doc: "The pasted articles or URLs." }],
    doc: "Add articles dialog: adds the pasted articles to Sources, fetching URLs.",
  },
  {
    kind: "server",
    name: "mergeDuplicatesApply",
    params: [{ name: "fingerprint", type: "string", doc: "The fingerprint of the plan the user saw." }],
    doc: "Merge preview dialog: merges the duplicates shown, if the rows did not change meanwhile.",
  },
  {
    kind: "server",
    name: "sidebarStart",
    params: [],
    doc: "Sidebar: the language to start in and the tags already used.",
  },
  {
    kind: "server",
    name: "sidebarSetLanguage",
    params: [{ name: "lang", type: "string", doc: "en, ru or kk." }],
    doc: "Sidebar: remembers the interface language the user chose.",
  },
  {
    kind: "server",
    name: "sidebarSelection",
    params: [{ name: "lang", type: "string", doc: "The language of country names: en, ru or kk." }],
    doc: "Sidebar: the Partnerships rows the user has selected.",
  },
  {
    kind: "server",
    name: "sidebarEdit",
    params: [{ name: "request", type: "Object", doc: "The target rows and the edit (tag, status, ...)." }],
    doc: "Sidebar: applies one edit to the selected rows in one write.",
  },
  {
    kind: "server",
    name: "sidebarSummary",
    params: [{ name: "request", type: "Object", doc: "Scope, filter, timeline granularity and language." }],
    doc: "Sidebar: counts, timeline and written brief of the selected or all partnerships.",
  },
  {
    kind: "server",
    name: "sidebarInsertBrief",
    params: [{ name: "text", type: "string", doc: "The brief to write." }],
    doc: "Sidebar: writes the brief into the Summary sheet's Brief row.",
  },

  // --- formulas ---
  {
    kind: "formula",
    name: "PARTNERSHIPS",
    params: [
      text("An article, or a range of articles, in English, Russian or Kazakh."),
      { name: "header", type: "boolean", doc: "TRUE to put a header row above the table.", optional: true },
      directory,
    ],
    returns: {
      type: "Array<Array<string>>",
      doc: "one row per partnership: Kazakhstan side, partner, country, partner type, agreement, status, fields, date (for a range, led by the article's row in the range).",
    },
    doc: "The partnerships an article reports, as a table that spills.",
    example: {
      formula: "=PARTNERSHIPS(A2, TRUE)",
      cells: { A2: EXAMPLE_ARTICLE },
      result:
        "Al-Farabi Kazakh National University | Wuhan University | CN | university | memorandum | signed | remote_sensing | 2025-02-19",
    },
  },
  {
    kind: "formula",
    name: "INSTITUTION",
    params: [name("An institution's name in any language or case form, or a range of names."), directory],
    returns: { type: "string", doc: "the canonical English name, blank when unknown." },
    doc: "The canonical English name of an institution written any way.",
    example: { formula: '=INSTITUTION("Эксетерского университета")', result: "University of Exeter" },
  },
  {
    kind: "formula",
    name: "INSTITUTION_COUNTRY",
    params: [
      name("An institution's name in any language or case form, or a range of names."),
      {
        name: "format",
        type: "string",
        doc: '"name" (the default) for the English country name, "code" for the ISO code.',
        optional: true,
      },
      directory,
    ],
    returns: { type: "string", doc: "the institution's country, blank when unknown." },
    doc: "The country of an institution, as an English name or an ISO code.",
    example: { formula: '=INSTITUTION_COUNTRY("КазНУ", "code")', result: "KZ" },
  },
  {
    kind: "formula",
    name: "AGREEMENT_TYPE",
    params: [text("An article or a sentence, or a range of them.")],
    returns: { type: "string", doc: "memorandum, agreement, joint_program, branch_campus, joint_lab, ..." },
    doc: "The strongest kind of agreement the text reports.",
    example: {
      formula: '=AGREEMENT_TYPE("The universities signed a memorandum of understanding.")',
      result: "memorandum",
    },
  },
  {
    kind: "formula",
    name: "PARTNERSHIP_STATUS",
    params: [text("An article or a sentence, or a range of them.")],
    returns: { type: "string", doc: "discussed, planned, signed or launched." },
    doc: "How far the partnership the text reports has gone.",
    example: { formula: '=PARTNERSHIP_STATUS("Стороны обсудили открытие филиала.")', result: "discussed" },
  },
  {
    kind: "formula",
    name: "PARTNERSHIP_FIELDS",
    params: [text("An article or a sentence, or a range of them.")],
    returns: { type: "string", doc: "the fields, comma-separated (it, mining, medicine, ...)." },
    doc: "The fields of cooperation the text names (education for an exchange of students that names no subject).",
    example: {
      formula: '=PARTNERSHIP_FIELDS("a joint laboratory for mining and artificial intelligence")',
      result: "ai, mining",
    },
  },
  {
    kind: "formula",
    name: "ARTICLE_LANGUAGE",
    params: [text("An article, or a range of articles.")],
    returns: { type: "string", doc: "en, ru or kk." },
    doc: "The language of an article: English, Russian or Kazakh.",
    example: { formula: '=ARTICLE_LANGUAGE("Университет меморандумға қол қойды.")', result: "kk" },
  },
  {
    kind: "formula",
    name: "ARTICLE_DATE",
    params: [text("An article, or a range of articles.")],
    returns: {
      type: "string",
      doc: "an ISO date as precise as the text allows (2025-02-26, 2025-02 or 2025).",
    },
    doc: "The date an article reports its news on.",
    example: {
      formula: '=ARTICLE_DATE("Астана, 26 февраля 2025 года. Университеты подписали соглашение.")',
      result: "2025-02-26",
    },
  },
  {
    kind: "formula",
    name: "ARTICLE_SUMMARY",
    params: [
      text("An article, or a range of articles."),
      {
        name: "sentences",
        type: "number",
        doc: "How many sentences to keep (1 to 10, default 2).",
        optional: true,
      },
    ],
    returns: { type: "string", doc: "the article's most telling sentences, in its own language." },
    doc: "A short extractive summary of an article in its own language.",
    example: { formula: "=ARTICLE_SUMMARY(A2, 1)", cells: { A2: EXAMPLE_ARTICLE }, result: EXAMPLE_NEWS },
  },
] as const satisfies readonly Entry[];

export type EntryName = (typeof ENTRIES)[number]["name"];
