// Connects this folder to an Apps Script project by writing .clasp.json (which stays out of git: it names
// the user's own script). `npm run create-script [-- "Title"]` makes a new spreadsheet with a bound script
// through clasp; `npm run bind-script -- <script ID or editor URL>` uses an existing one; `npm run push`
// checks it first. The paths are relative to the working directory, so a test can run it in a scratch folder.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const FILE = ".clasp.json";

/** What clasp needs besides the ID: push the build output only, as .js and .html files. */
export const CLASP_SETTINGS = {
  rootDir: "dist",
  scriptExtensions: [".js", ".gs"],
  htmlExtensions: [".html"],
  jsonExtensions: [".json"],
} as const;

// Apps Script IDs are long base64url strings (57 characters today); the editor's URL carries one after /d/
// or /projects/. Anything shorter is most likely a spreadsheet ID pasted by mistake or a placeholder.
const ID = /^[A-Za-z0-9_-]{40,100}$/;
const IN_URL = /\/(?:d|projects)\/([A-Za-z0-9_-]{40,100})(?:[/?#]|$)/;

/** The script ID in what the user pasted (the ID itself or the editor's URL), or an explanation. */
export function parseScriptId(input: string): { id: string } | { error: string } {
  const text = input.trim();
  if (text === "")
    return { error: "give the script's ID (Apps Script editor › Project Settings › Script ID)" };
  if (ID.test(text)) return { id: text };
  const inUrl = IN_URL.exec(text);
  if (inUrl?.[1] && /^https:\/\/script\.google\.com\//.test(text)) return { id: inUrl[1] };
  if (/docs\.google\.com\/spreadsheets/.test(text)) {
    return {
      error:
        "that is the spreadsheet's address, not its script's: open Extensions › Apps Script, then Project Settings, and copy the Script ID",
    };
  }
  return { error: `"${text.slice(0, 80)}" is not an Apps Script ID (about 57 letters, digits, - and _)` };
}

/** The script ID .clasp.json names, or null when there is no file or it holds no real ID. */
export function boundScriptId(dir = "."): string | null {
  const path = join(dir, FILE);
  if (!existsSync(path)) return null;
  try {
    const id = (JSON.parse(readFileSync(path, "utf8")) as { scriptId?: unknown }).scriptId;
    return typeof id === "string" && ID.test(id) ? id : null;
  } catch {
    return null;
  }
}

function writeSettings(dir: string, scriptId: string, extra: Record<string, unknown> = {}): void {
  const settings = { ...extra, scriptId, ...CLASP_SETTINGS };
  writeFileSync(join(dir, FILE), `${JSON.stringify(settings, null, 2)}\n`);
}

function clasp(args: string[], dir: string): number {
  const bin = process.env.CLASP_BIN ?? join(dir, "node_modules", ".bin", "clasp");
  const run = spawnSync(bin, args, { cwd: dir, stdio: "inherit" });
  if (run.error) throw run.error;
  return run.status ?? 1;
}

const NOT_BOUND =
  "This folder is not connected to an Apps Script project yet. Run `npm run create-script` (a new spreadsheet with the script bound to it) or `npm run bind-script -- <Script ID>` (a spreadsheet you have: Extensions › Apps Script › Project Settings › Script ID).";

/** Runs one command; returns the exit code and prints what happened. */
export function main(argv: string[], dir = "."): number {
  const [command, ...rest] = argv;
  const bound = boundScriptId(dir);
  if (command === "check") {
    if (bound) return 0;
    console.error(NOT_BOUND);
    return 1;
  }
  if (command === "bind") {
    const parsed = parseScriptId(rest.join(" "));
    if ("error" in parsed) {
      console.error(`Not bound: ${parsed.error}.`);
      return 1;
    }
    writeSettings(dir, parsed.id);
    console.log(`${FILE} now names script ${parsed.id}. Next: npx clasp login (once), then npm run push.`);
    return 0;
  }
  if (command === "create") {
    if (bound) {
      console.error(
        `${FILE} already names script ${bound}; delete ${FILE} first to create another, or run npm run push.`,
      );
      return 1;
    }
    // An unusable .clasp.json (an old placeholder) would make clasp refuse to create.
    rmSync(join(dir, FILE), { force: true });
    const title = rest.join(" ").trim() || "Seriktes";
    const status = clasp(["create", "--type", "sheets", "--title", title, "--rootDir", "dist"], dir);
    const created = boundScriptId(dir);
    if (status !== 0 || !created) {
      console.error(
        "clasp could not create the script (have you run `npx clasp login`?). Nothing was written.",
      );
      return status || 1;
    }
    // Keep what clasp recorded (the spreadsheet's parentId) and add the settings the build needs.
    const recorded = JSON.parse(readFileSync(join(dir, FILE), "utf8")) as Record<string, unknown>;
    writeSettings(dir, created, recorded);
    console.log(`${FILE} now names the new script ${created}. Next: npm run push.`);
    return 0;
  }
  console.error(
    "Usage: npm run create-script [-- <title>] | npm run bind-script -- <Script ID or editor URL>",
  );
  return 1;
}

if (process.argv[1] && /clasp-project\.ts$/.test(process.argv[1])) {
  process.exit(main(process.argv.slice(2)));
}
