// Sizes of what clasp pushes: Code.js is loaded whole for every formula call; Sidebar.html is sent to the
// browser each time the sidebar opens.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { distFile } from "../bundle";
import { type ScenarioReport, single } from "../report";

export async function run(): Promise<ScenarioReport> {
  const rows: ScenarioReport["rows"] = [];
  const notes: string[] = [];
  for (const [id, name, section] of [
    ["bundle.code_bytes", "Code.js", "Cold start"],
    ["sidebar.html_bytes", "Sidebar.html", "Sidebar"],
    // Read (not evaluated) the first time a name misses the directory.
    ["gazetteer.html_bytes", "Gazetteer.html", "Cold start"],
  ] as const) {
    const path = distFile(name);
    if (!existsSync(path)) {
      notes.push(`dist/${name} missing`);
      continue;
    }
    const bytes = readFileSync(path);
    rows.push({ id, section, what: `dist/${name} size`, unit: "bytes", value: single(bytes.length) });
    notes.push(`dist/${name}: ${bytes.length} bytes, ${gzipSync(bytes).length} gzipped`);
  }
  return { scenario: "bundle-size", rows, notes };
}
