import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PARTNERSHIP_HEADERS } from "../../src/core/rows/columns";

const root = join(__dirname, "../..");
const run = (input: string, args: string[] = []) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
  });

const article = {
  id: "a1",
  text: "KBTU signs with Heriot-Watt\n\nAlmaty, 5 June 2025 — Kazakh-British Technical University has signed a double-degree agreement with Heriot-Watt University.",
};

describe("the extract command", () => {
  it("answers every line in order, with an error line for a line it cannot read", () => {
    const input = [
      JSON.stringify(article),
      "{not json",
      JSON.stringify({ id: "empty", text: "" }),
      JSON.stringify({ id: 7, text: "No partners here." }),
    ].join("\n");
    const result = run(`${input}\n`);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: "a1", lang: "en", date: "2025-06-05" });
    expect(lines[0].partnerships).toEqual([
      expect.objectContaining({
        kz: "Kazakh-British Technical University",
        partner: "Heriot-Watt University",
        country: "GB",
        partner_type: "university",
        agreement: "joint_program",
        status: "signed",
      }),
    ]);
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringContaining("line 2") });
    expect(lines[2]).toMatchObject({ id: "empty", error: expect.stringContaining("empty") });
    expect(lines[3]).toMatchObject({ id: 7, partnerships: [] });
  });

  it("says when it is unsure: a reason on a pair it asserts, a list with nothing said to happen kept apart", () => {
    const unsure = {
      id: "u1",
      text: "Казахстанско-Британский технический университет подписал меморандум с Гренобльским институтом гидравлики (Франция).\n\nKazakh-British Technical University, Sorbonne University, Sciences Po, the University of Lyon.",
    };
    const result = run(`${JSON.stringify(unsure)}\n`);
    const [line] = result.stdout
      .trim()
      .split("\n")
      .map((text) => JSON.parse(text));
    // The unknown name is asserted, with why a person should check it.
    expect(line.partnerships).toEqual([
      expect.objectContaining({
        partner: expect.stringContaining("Grenoble"),
        review: expect.stringContaining("is the engine's own reading"),
      }),
    ]);
    // The bare list names no event: not asserted, not dropped.
    expect(line.tentative.map((p: { partner: string }) => p.partner)).toEqual([
      "Sorbonne University",
      "Sciences Po",
      "University of Lyon",
    ]);
    expect(line.tentative[0].review).toBe(
      "The article lists the names without saying what happened between them.",
    );
  });

  it("writes CSV rows under the Partnerships sheet's headers", () => {
    const result = run(`${JSON.stringify(article)}\n`, ["--csv"]);
    expect(result.status).toBe(0);
    const [header, row] = result.stdout.trim().split("\n");
    expect(header).toBe(PARTNERSHIP_HEADERS.join(","));
    expect(row).toContain(
      "Kazakh-British Technical University,Heriot-Watt University,GB,university,joint_program,signed",
    );
    expect(row?.startsWith("a1-1,2025-06-05,")).toBe(true);
    // The hidden Extracted cell is what the sheet's own Extract keeps, so an edit after import is detectable.
    const extracted = /"(\{.*\})"$/.exec(row ?? "")?.[1]?.replace(/""/g, '"');
    expect(JSON.parse(extracted ?? "null")).toMatchObject({
      "Kazakhstan side": "Kazakh-British Technical University",
      Partner: "Heriot-Watt University",
      Agreement: "joint_program",
      Status: "signed",
    });
    expect(row).toContain(",signed 2025-06-05,");
  });
});
