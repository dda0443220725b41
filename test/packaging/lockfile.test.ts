// `npm ci` refuses a lockfile that lacks any optional dependency of a locked package, even one for another
// platform (Biome's darwin and win32 builds): every one must be recorded, so a fresh clone installs on any OS.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Locked {
  version?: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, Locked> };
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Locked & { license?: string };

describe("package-lock.json", () => {
  it("records every optional platform package of every locked package", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${path}/node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`])
          missing.push(`${path} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("matches package.json's pinned versions", () => {
    const root = lock.packages[""]!;
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });
});
