// The engine's public surface: what src/sheets, the sidebar server and the command line call.
// (Placeholder bodies until the engine lands; the signatures are the contract.)
import type { Agreement, Field, Lang, Status } from "./schema";
import type { ArticleResult, Institution } from "./types";

export interface ExtractOptions {
  /** The user's own Directory entries, which extend (and override) the built-in directory. */
  extra?: readonly Institution[];
  /** Sentences in the article summary (default 2). */
  summarySentences?: number;
}

export function extractArticle(_text: string, _options: ExtractOptions = {}): ArticleResult {
  throw new Error("engine not built yet");
}
export function detectLanguage(_text: string): Lang {
  throw new Error("engine not built yet");
}
export function findInstitution(_name: string, _extra: readonly Institution[] = []): Institution | null {
  throw new Error("engine not built yet");
}
export function agreementOf(_text: string): Agreement | null {
  throw new Error("engine not built yet");
}
export function statusOf(_text: string): Status | null {
  throw new Error("engine not built yet");
}
export function fieldsOf(_text: string): Field[] {
  throw new Error("engine not built yet");
}
export function articleDate(_text: string): string | null {
  throw new Error("engine not built yet");
}
export function summarizeArticle(_text: string, _sentences: number): string {
  throw new Error("engine not built yet");
}
export function countryName(_code: string, _lang: Lang = "en"): string {
  throw new Error("engine not built yet");
}
