// Labelled sets: a labels file (JSON lines) and the articles' texts, inline ("text") or in a folder as
// <id>.txt. The project's own sets are test/fixtures/articles/unseen*/ (labels.jsonl beside the texts).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkArticle, extractArticle } from "../../src/core/api";
import type { LabelledArticle, LabelledPair, Prediction } from "./score";

export interface Article extends LabelledArticle {
  text: string;
}

export interface LabelledSet {
  /** The folder's name for a project set, else the labels file's path as given. */
  name: string;
  articles: Article[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const ARTICLES_DIR = join(ROOT, "test/fixtures/articles");

/**
 * The project's own gated sets, by name, in natural order (unseen, unseen2, ..., unseen10, kklatin1). Held-out sets
 * (heldout1, ...) sit beside them but are scored by path until the lead gives them a floor.
 */
export function projectSets(): string[] {
  return readdirSync(ARTICLES_DIR)
    .filter(
      (name) =>
        /^(?:unseen|kklatin|heldout)\d*$/.test(name) && existsSync(join(ARTICLES_DIR, name, "labels.jsonl")),
    )
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

function fail(message: string): never {
  throw new Error(message);
}

/**
 * Reads a set: a folder holding labels.jsonl (texts beside it), or a labels file with the texts inline or
 * in `textsDir`.
 */
export function readSet(path: string, textsDir?: string): LabelledSet {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const labelsPath = isDir ? join(path, "labels.jsonl") : path;
  if (!existsSync(labelsPath)) fail(`no labels file at ${labelsPath}`);
  const texts = textsDir ?? (isDir ? path : undefined);
  const articles: Article[] = [];
  readFileSync(labelsPath, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
      } catch {
        fail(`${labelsPath}:${i + 1}: not JSON`);
      }
      const id = String(record.id ?? fail(`${labelsPath}:${i + 1}: no id`));
      if (!Array.isArray(record.partnerships)) fail(`${labelsPath}:${i + 1}: no partnerships list`);
      let text = typeof record.text === "string" ? record.text : undefined;
      if (text === undefined) {
        const file = texts ? join(texts, `${id}.txt`) : undefined;
        if (!file || !existsSync(file))
          fail(`no text for ${id}: give it inline ("text") or with --texts DIR`);
        text = readFileSync(file, "utf8");
      }
      articles.push({
        id,
        lang: String(record.lang ?? "?"),
        partnerships: record.partnerships as LabelledPair[],
        text,
      });
    });
  return { name: isDir ? basename(resolve(path)) : path, articles };
}

/** The engine's partnerships for an article, in-process, as the extract command gives them. */
export function extractInProcess(text: string): Prediction {
  const checked = checkArticle(text);
  if (!checked.ok) return undefined;
  // Scored as the extract command prints it: what the engine asserts, not what it keeps as tentative.
  return { partnerships: extractArticle(checked.text).partnerships.filter((p) => !p.tentative) };
}
