// The extraction command: JSON lines in ({"id", "text"}), one JSON line out per article, in order.
//   npm run --silent extract < articles.jsonl > results.jsonl
//   npm run --silent extract -- --csv < articles.jsonl > partnerships.csv
// A line that cannot be read gets {"id", "error"} (CSV: a comment line on stderr) and the rest go on.
import { createInterface } from "node:readline";
import { checkArticle, extractArticle } from "../src/core/api";
import { ARTICLE_BUDGET_MS, timeBudget } from "../src/core/budget";
import { PARTNERSHIP_HEADERS, type PartnershipHeader } from "../src/core/rows/columns";
import { csvCell } from "../src/core/rows/csv";
import { formatHistory, withStep } from "../src/core/rows/history";
import { extractedText } from "../src/core/rows/partnership";
import type { ArticleResult, Partnership } from "../src/core/types";

const csv = process.argv.includes("--csv");

/** One Partnerships row, as the sheet's own Extract writes it (so an edit after import is detectable too). */
function csvRow(id: string, p: Partnership, index: number): string {
  const tracked = extractedText(p);
  const cells: Record<PartnershipHeader, string> = {
    ...tracked,
    ID: `${id}-${index + 1}`,
    Tags: "",
    Sources: id,
    Reviewed: "",
    Notes: "",
    History: formatHistory(withStep({}, p.status, p.date)),
    Extracted: JSON.stringify(tracked),
  };
  return PARTNERSHIP_HEADERS.map((header) => csvCell(cells[header])).join(",");
}

function jsonLine(id: unknown, result: ArticleResult): string {
  return JSON.stringify({
    id,
    lang: result.lang,
    date: result.date,
    summary: result.summary,
    // What the engine asserts; a partnership it is unsure of carries "review" (why a person should check it).
    partnerships: result.partnerships.filter((p) => !p.tentative).map(jsonPartnership),
    // What it could not tell was news (a list with nothing said to happen): kept for a person to judge.
    tentative: result.partnerships.filter((p) => p.tentative).map(jsonPartnership),
  });
}

function jsonPartnership(p: Partnership) {
  return {
    kz: p.kz,
    partner: p.partner,
    country: p.country,
    partner_type: p.partner_type,
    agreement: p.agreement,
    status: p.status,
    fields: p.fields,
    date: p.date,
    summary: p.summary,
    ...(p.review ? { review: p.review } : {}),
  };
}

async function main(): Promise<void> {
  const out: string[] = [];
  const flush = () => {
    if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
    out.length = 0;
  };
  if (csv) out.push(PARTNERSHIP_HEADERS.join(","));
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === "") continue;
    let id: unknown = null;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new Error('expected a JSON object {"id", "text"}');
      }
      const record = parsed as Record<string, unknown>;
      id = record.id ?? null;
      const checked = checkArticle(record.text);
      if (!checked.ok) throw new Error(checked.message);
      // An article past its time budget is that line's error; the other lines go on.
      const result = extractArticle(checked.text, { checkpoint: timeBudget(ARTICLE_BUDGET_MS) });
      if (csv) {
        result.partnerships.forEach((p, i) => {
          out.push(csvRow(String(id ?? number), p, i));
        });
      } else out.push(jsonLine(id, result));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const text = `line ${number}: ${message}`;
      if (csv) process.stderr.write(`${JSON.stringify({ id, error: text })}\n`);
      else out.push(JSON.stringify({ id, error: text }));
    }
    if (out.length >= 64) flush();
  }
  flush();
}

main().catch((error: unknown) => {
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
