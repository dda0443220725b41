// Issue 2: dist/Code.js is what Apps Script loads. These tests read the built file the way Apps Script does:
// a plain script whose top-level function declarations are the entry points.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { withFormulaTable } from "../../scripts/readme";
import { ENTRIES } from "../../src/entries";
import { DIST_DIR, evaluateBundle, loadBundle } from "../harness";

const formulas = ENTRIES.filter((e) => e.kind === "formula");
let code = "";

beforeAll(() => {
  code = readFileSync(join(DIST_DIR, "Code.js"), "utf8");
});

/** The JSDoc block right above each `@customfunction`, and the declaration that follows it. */
function customFunctionDocs(source: string): { doc: string; declaration: string }[] {
  const out: { doc: string; declaration: string }[] = [];
  for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?@customfunction[\s\S]*?)\*\/\n([^\n]*)/g)) {
    out.push({ doc: m[1] ?? "", declaration: m[2] ?? "" });
  }
  return out;
}

describe("dist/Code.js loads like an Apps Script file", () => {
  it("defines onOpen, onInstall and every custom function as top-level functions in a bare context", () => {
    // A bare context has no SpreadsheetApp: loading throws if the bundle used a service at the top level.
    const context = evaluateBundle(vm.createContext({}));
    const globals = context as Record<string, unknown>;
    expect(typeof globals.onOpen).toBe("function");
    expect(typeof globals.onInstall).toBe("function");
    for (const f of formulas) expect(typeof globals[f.name], f.name).toBe("function");
    for (const e of ENTRIES) expect(typeof globals[e.name], e.name).toBe("function");
  });

  it("has no import, export or require", () => {
    // Strings and comments can mention them; only code counts.
    const body = code
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
    expect(body).not.toMatch(/(^|[;\s}])import\s*[{*\w"'(]/m);
    expect(body).not.toMatch(/(^|[;\s}])export\s+[\w{*]/m);
    expect(body).not.toMatch(/\brequire\s*\(/);
  });

  it("puts each custom function's declaration directly below its @customfunction JSDoc", () => {
    const docs = customFunctionDocs(code);
    expect(docs.map((d) => /^function (\w+)\(/.exec(d.declaration)?.[1])).toEqual(
      formulas.map((f) => f.name),
    );
    for (const { doc, declaration } of docs) {
      const params = (/^function \w+\(([^)]*)\)/.exec(declaration)?.[1] ?? "")
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
      const documented = [...doc.matchAll(/@param\s+\{[^}]*\}\s+(\w+)/g)].map((m) => m[1]);
      expect(documented, declaration).toEqual(params);
      expect(doc, declaration).toMatch(/@return\s+\{[^}]+\}\s+\S/);
    }
  });

  it("builds a menu on open that names only functions the bundle declares", () => {
    const h = loadBundle();
    h.global.onOpen?.({ authMode: "LIMITED" });
    const items = h.ui.menuItems();
    expect(h.ui.menus.map((m) => m.title)).toContain("Partnerships");
    for (const item of items) {
      expect(typeof h.context[item.functionName], item.functionName).toBe("function");
      expect(item.functionName.endsWith("_"), item.functionName).toBe(false);
    }
    const menuEntries = ENTRIES.filter((e) => e.kind === "menu").map((e) => e.name as string);
    expect(items.map((i) => i.functionName).sort()).toEqual([...menuEntries].sort());
  });

  it("keeps the README's formula table equal to the registry", () => {
    const readme = readFileSync(join(DIST_DIR, "..", "README.md"), "utf8");
    expect(withFormulaTable(readme)).toBe(readme);
  });
});
