// Builds what clasp pushes: dist/Code.js (the bundle plus one top-level function per registry entry),
// one inlined HTML file per page, and dist/appsscript.json. dist/ is cleared first because clasp pushes
// everything under it.
//
//   tsx scripts/build.ts           dist/ as a bound script, and build/addon/ as the published add-on (tests)
//   tsx scripts/build.ts --addon   dist/ as the published Editor add-on, to push and deploy
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build } from "esbuild";
import { urlFetchWhitelist } from "../src/core/web/sites";
import { ENTRIES, type Entry } from "../src/entries";
import { packDirectory } from "./pack-directory";
import { gazetteerFile, gazetteerFromFile, gazetteerInline } from "./pack-gazetteer";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
/** The add-on's build for the tests, beside dist/ (which clasp pushes whole). */
const addonOut = join(root, "build/addon");

/** Bound to one spreadsheet, or a published Editor add-on (src/sheets/deployment.ts). */
export type Deployment = "bound" | "addon";

/** The HTML pages: each becomes dist/<name>.html with its script and CSS inlined. */
export const PAGES = [{ name: "Sidebar", entry: "src/sidebar/main.tsx", title: "Seriktes" }] as const;

/** The global the bundle is assigned to; the generated wrappers forward to `${GLOBAL}.handlers`. */
export const GLOBAL = "Seriktes";

const BANNER = `// Seriktes: built by scripts/build.ts from src/. Do not edit: run \`npm run build\`.\n`;

function jsdoc(entry: Entry): string {
  const lines = [entry.doc, ""];
  for (const p of entry.params) {
    const doc = p.optional ? `Optional. ${p.doc}` : p.doc;
    lines.push(`@param {${p.type}} ${p.name} ${doc}`);
  }
  if (entry.kind === "formula") {
    lines.push(`@return {${entry.returns.type}} ${entry.returns.doc}`, "@customfunction");
  }
  return `/**\n${lines.map((l) => (l ? ` * ${l}` : " *")).join("\n")}\n */`;
}

/** The top-level declaration Apps Script looks for, forwarding to the bundle. */
export function wrapper(entry: Entry): string {
  const names = entry.params.map((p) => p.name).join(", ");
  return `${jsdoc(entry)}\nfunction ${entry.name}(${names}) {\n  return ${GLOBAL}.handlers.${entry.name}(${names});\n}\n`;
}

/** How Apps Script code is bundled: dist/Code.js, and the benchmark's engine-only bundle alike. */
export const APPS_SCRIPT_OPTIONS = {
  bundle: true,
  write: false,
  format: "iife",
  plugins: [packDirectory, gazetteerInline],
  platform: "neutral",
  mainFields: ["module", "main"],
  target: "es2020",
  // Every formula call evaluates the whole file: the fewer bytes, the sooner a cell answers.
  minify: true,
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
} as const satisfies BuildOptions;

async function bundleCode(deployment: Deployment): Promise<string> {
  const result = await build({
    ...APPS_SCRIPT_OPTIONS,
    entryPoints: [join(root, "src/main.ts")],
    globalName: GLOBAL,
    // The gazetteer's data goes to Gazetteer.html, read at first need instead of evaluated at every call.
    plugins: [packDirectory, gazetteerFromFile],
    define: { SERIKTES_DEPLOYMENT: JSON.stringify(deployment) },
  });
  const code = result.outputFiles[0]?.text ?? "";
  return `${BANNER}${code}\n${ENTRIES.map(wrapper).join("\n")}`;
}

async function bundlePage(page: (typeof PAGES)[number]): Promise<string> {
  const result = await build({
    entryPoints: [join(root, page.entry)],
    bundle: true,
    write: false,
    outdir: join(root, "build/pages"),
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    jsx: "automatic",
    jsxImportSource: "preact",
    legalComments: "none",
    charset: "utf8",
    logLevel: "warning",
  });
  const js = result.outputFiles
    .filter((f) => f.path.endsWith(".js"))
    .map((f) => f.text)
    .join("\n");
  const css = result.outputFiles
    .filter((f) => f.path.endsWith(".css"))
    .map((f) => f.text)
    .join("\n");
  // An inline script ends at the first "</script", wherever it stands.
  const safeJs = js.replace(/<\/(script)/gi, "<\\/$1");
  return [
    "<!DOCTYPE html>",
    '<html><head><meta charset="utf-8"><base target="_top">',
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title}</title>`,
    `<style>${css}</style></head>`,
    `<body><div id="app"></div><script>${safeJs}</script></body></html>`,
    "",
  ].join("\n");
}

/** Fails the build when the bundle would not load as a plain Apps Script file. */
export function checkPlainScript(code: string): void {
  const body = code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
  const bad = /(^|[;\s}])(import\s*[{*\w"']|export\s+[\w{*]|import\()|\brequire\s*\(/m.exec(body);
  if (bad) throw new Error(`dist/Code.js must be a plain script, found: ${bad[0].trim()}`);
}

/**
 * The manifest for a deployment: appsscript.json, and for the add-on the URL prefixes it may fetch
 * (urlFetchWhitelist, from src/core/web/sites.ts), which Apps Script requires of a published add-on.
 */
export function manifestFor(deployment: Deployment): string {
  const text = readFileSync(join(root, "appsscript.json"), "utf8");
  if (deployment === "bound") return text;
  const manifest = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify({ ...manifest, urlFetchWhitelist: urlFetchWhitelist() }, null, 2)}\n`;
}

/** Writes one deployment's files into `out` (cleared first). */
export async function buildAll(deployment: Deployment = "bound", out = dist): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const code = await bundleCode(deployment);
  checkPlainScript(code);
  writeFileSync(join(out, "Code.js"), code);
  for (const page of PAGES) writeFileSync(join(out, `${page.name}.html`), await bundlePage(page));
  writeFileSync(join(out, "Gazetteer.html"), gazetteerFile());
  writeFileSync(join(out, "appsscript.json"), manifestFor(deployment));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = `Code.js, appsscript.json, Gazetteer.html and ${PAGES.map((p) => `${p.name}.html`).join(", ")}`;
  if (process.argv.includes("--addon")) {
    await buildAll("addon");
    console.log(`built dist/ as the published Editor add-on: ${files}`);
  } else {
    await buildAll("bound");
    await buildAll("addon", addonOut);
    console.log(`built dist/ as a bound script (${files}), and build/addon/ as the add-on, for the tests`);
  }
}
