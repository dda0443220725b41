// The one entry of the bundle. esbuild wraps it as `var Seriktes = (() => {...})()`; the build then adds a
// top-level `function NAME(params) { return Seriktes.handlers.NAME(params); }` for every entry of
// src/entries.ts, because Apps Script finds triggers, menu callbacks, custom functions and
// google.script.run targets only as top-level function declarations.
import type { EntryName } from "./entries";
import * as addArticles from "./sheets/addArticles";
import * as extract from "./sheets/extract";
import * as feeds from "./sheets/feeds";
import * as formulas from "./sheets/formulas";
// Registers how the engine reads the gazetteer's file.
import "./sheets/gazetteer";
import { onInstall, onOpen } from "./sheets/menu";
import * as merge from "./sheets/merge";
import { onEdit } from "./sheets/onEdit";
import { type Jobs, runScheduledJobs } from "./sheets/schedule";
import * as setup from "./sheets/setup";
import * as sidebar from "./sheets/sidebar";
import * as sidebarSummary from "./sheets/sidebar-summary";
import * as summary from "./sheets/summary";
import { readDaysInSpreadsheetZone } from "./sheets/timeZone";

type Handler = (...args: never[]) => unknown;

/** The jobs this document's time-driven trigger runs when due (src/sheets/schedule.ts). */
const JOBS: Jobs = {
  [extract.EXTRACT_JOB]: extract.continueExtract,
  [feeds.FEEDS_JOB]: feeds.runFeedsJob,
};

const entries = {
  onOpen,
  onInstall,
  runScheduledJobs: (_e?: GoogleAppsScript.Events.TimeDriven) => runScheduledJobs(JOBS),
  onEdit,
  // menu (sheets)
  setUpSpreadsheet: setup.setUpSpreadsheet,
  showAddArticles: addArticles.showAddArticles,
  extractNewArticles: extract.extractNewArticles,
  extractSelectedArticles: extract.extractSelectedArticles,
  mergeDuplicates: merge.mergeDuplicates,
  buildSummary: summary.buildSummary,
  checkFeedsNow: feeds.checkFeedsNow,
  dailyFeedCheckOn: feeds.dailyFeedCheckOn,
  dailyFeedCheckOff: feeds.dailyFeedCheckOff,
  openSidebar: sidebar.openSidebar,
  // dialogs and sidebar
  addArticles: addArticles.addArticles,
  mergeDuplicatesApply: merge.mergeDuplicatesApply,
  sidebarStart: sidebar.sidebarStart,
  sidebarSetLanguage: sidebar.sidebarSetLanguage,
  sidebarSelection: sidebar.sidebarSelection,
  sidebarEdit: sidebar.sidebarEdit,
  sidebarSummary: sidebarSummary.sidebarSummary,
  sidebarInsertBrief: sidebarSummary.sidebarInsertBrief,
  // formulas
  PARTNERSHIPS: formulas.PARTNERSHIPS,
  INSTITUTION: formulas.INSTITUTION,
  INSTITUTION_COUNTRY: formulas.INSTITUTION_COUNTRY,
  AGREEMENT_TYPE: formulas.AGREEMENT_TYPE,
  PARTNERSHIP_STATUS: formulas.PARTNERSHIP_STATUS,
  PARTNERSHIP_FIELDS: formulas.PARTNERSHIP_FIELDS,
  ARTICLE_LANGUAGE: formulas.ARTICLE_LANGUAGE,
  ARTICLE_DATE: formulas.ARTICLE_DATE,
  ARTICLE_SUMMARY: formulas.ARTICLE_SUMMARY,
} satisfies Record<EntryName, Handler>;

/** Every entry, starting its execution by reading dates in the spreadsheet's time zone as it is now. */
export const handlers = Object.fromEntries(
  Object.entries(entries).map(([name, handler]) => [
    name,
    (...args: unknown[]) => {
      readDaysInSpreadsheetZone();
      return (handler as (...a: unknown[]) => unknown)(...args);
    },
  ]),
) as unknown as typeof entries;
