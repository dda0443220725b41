// The page's only way to the server: google.script.run, wrapped as promises and typed from the server
// functions themselves (type imports only, so no server code enters the page bundle).
import type { Lang } from "../core/schema";
import type * as sidebar from "../sheets/sidebar";
import type * as summary from "../sheets/sidebar-summary";
import type { EditRequest, SummaryRequest } from "../sheets/sidebar-types";

/** What each server function takes from the page (the server checks it again) and returns. */
interface Api {
  sidebarStart: { args: []; result: ReturnType<typeof sidebar.sidebarStart> };
  sidebarSetLanguage: { args: [lang: Lang]; result: ReturnType<typeof sidebar.sidebarSetLanguage> };
  sidebarSelection: { args: [lang: Lang]; result: ReturnType<typeof sidebar.sidebarSelection> };
  sidebarEdit: { args: [request: EditRequest]; result: ReturnType<typeof sidebar.sidebarEdit> };
  sidebarSummary: { args: [request: SummaryRequest]; result: ReturnType<typeof summary.sidebarSummary> };
  sidebarInsertBrief: { args: [text: string]; result: ReturnType<typeof summary.sidebarInsertBrief> };
}
export type ServerName = keyof Api;

// Each server parameter is `unknown` (it crosses a trust boundary); the page's side is typed here instead,
// and this check keeps the two lists of names the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<
  ServerName,
  Extract<keyof typeof sidebar | keyof typeof summary, `sidebar${string}`>
> = true;
void namesMatch;

/** google.script.run as the page sees it: a builder whose server calls return nothing. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

function scriptRun(): ScriptRun {
  const run = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google?.script?.run;
  if (!run) throw new Error("google.script.run is not available: open this page from the Partnerships menu.");
  return run;
}

/** The text a person should read from a failure ("Exception: ..." and "Error: ..." prefixes removed). */
export function failureMessage(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === "string"
        ? error
        : typeof error === "object" && error !== null && "message" in error
          ? String((error as { message: unknown }).message)
          : "";
  const text = raw.replace(/^(?:(?:Script)?Error|Exception|TypeError):\s*/i, "").trim();
  return text || "Something went wrong.";
}

/** Calls a server function; rejects with an Error whose message is the server's. */
export function call<K extends ServerName>(name: K, ...args: Api[K]["args"]): Promise<Api[K]["result"]> {
  return new Promise((resolve, reject) => {
    try {
      const runner = scriptRun()
        .withSuccessHandler((value) => resolve(value as Api[K]["result"]))
        .withFailureHandler((error) => reject(new Error(failureMessage(error))));
      const fn = runner[name];
      if (typeof fn !== "function") throw new Error(`The server has no function ${name}.`);
      fn.apply(runner, args);
    } catch (error) {
      reject(new Error(failureMessage(error)));
    }
  });
}
