// HtmlService: HtmlOutput (content, title, size), outputs from dist/*.html files, and templates with
// <?= ?> (escaped), <?!= ?> (raw) and <? ?> (code) scriptlets.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Env } from "./env";
import { type Implements, strict } from "./strict";

type HO = GoogleAppsScript.HTML.HtmlOutput;
type HS = GoogleAppsScript.HTML.HtmlService;

export class FakeHtmlOutput
  implements
    Implements<
      HO,
      | "getContent"
      | "setContent"
      | "append"
      | "appendUntrusted"
      | "getTitle"
      | "setTitle"
      | "getWidth"
      | "setWidth"
      | "getHeight"
      | "setHeight"
      | "setSandboxMode"
      | "setXFrameOptionsMode"
      | "addMetaTag"
      | "setFaviconUrl"
    >
{
  title = "";
  width = 300;
  height = 0;
  /** The file it was read from ("Sidebar"), if any. */
  file?: string;

  constructor(public content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): FakeHtmlOutput {
    this.content = content;
    return this;
  }
  append(addedContent: string): FakeHtmlOutput {
    this.content += addedContent;
    return this;
  }
  appendUntrusted(addedContent: string): FakeHtmlOutput {
    this.content += escapeHtml(addedContent);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }
  setSandboxMode(): FakeHtmlOutput {
    return this;
  }
  setXFrameOptionsMode(): FakeHtmlOutput {
    return this;
  }
  addMetaTag(): FakeHtmlOutput {
    return this;
  }
  setFaviconUrl(): FakeHtmlOutput {
    return this;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Compiles a template's scriptlets into a function of the template's own fields. */
function renderTemplate(source: string, data: Record<string, unknown>): string {
  let code = "let __out = '';\n";
  let last = 0;
  for (const m of source.matchAll(/<\?(!?=)?([\s\S]*?)\?>/g)) {
    code += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    const expr = m[2] ?? "";
    if (m[1] === "=") code += `__out += __esc(String(${expr}));\n`;
    else if (m[1] === "!=") code += `__out += String(${expr});\n`;
    else code += `${expr}\n`;
    last = (m.index ?? 0) + m[0].length;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  const names = Object.keys(data);
  const fn = new Function("__esc", ...names, code) as (...args: unknown[]) => string;
  return fn(escapeHtml, ...names.map((n) => data[n]));
}

export class FakeHtmlService
  implements
    Implements<
      HS,
      "createHtmlOutput" | "createHtmlOutputFromFile" | "createTemplate" | "createTemplateFromFile"
    >
{
  readonly SandboxMode = { IFRAME: "IFRAME", NATIVE: "NATIVE", EMULATED: "EMULATED" };
  readonly XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" };

  constructor(
    readonly env: Env,
    readonly distDir: string,
  ) {}

  private read(filename: string): string {
    const path = join(this.distDir, filename.endsWith(".html") ? filename : `${filename}.html`);
    if (!existsSync(path)) throw this.env.error(`No HTML file named ${filename} was found.`);
    return readFileSync(path, "utf8");
  }
  createHtmlOutput(html?: unknown): FakeHtmlOutput {
    this.env.call("HtmlService.createHtmlOutput");
    return strict(new FakeHtmlOutput(html === undefined ? "" : String(html)), "FakeHtmlOutput");
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.env.call("HtmlService.createHtmlOutputFromFile");
    const out = new FakeHtmlOutput(this.read(filename));
    out.file = filename;
    return strict(out, "FakeHtmlOutput");
  }
  createTemplate(html: unknown): object {
    this.env.call("HtmlService.createTemplate");
    return this.template(String(html));
  }
  createTemplateFromFile(filename: string): object {
    this.env.call("HtmlService.createTemplateFromFile");
    return this.template(this.read(filename), filename);
  }
  private template(source: string, file?: string): object {
    const fields: Record<string, unknown> = {};
    const template = {
      getRawContent: () => source,
      evaluate: () => {
        const data = Object.fromEntries(Object.entries(template).filter(([k]) => !RESERVED.has(k)));
        const out = new FakeHtmlOutput(renderTemplate(source, { ...fields, ...data }));
        out.file = file;
        return strict(out, "FakeHtmlOutput");
      },
    };
    return template;
  }
}

const RESERVED = new Set(["getRawContent", "evaluate"]);
