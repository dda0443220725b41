// Connecting a clone to the user's Apps Script project: .clasp.json written for them, never by hand.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main, parseScriptId } from "../../scripts/clasp-project";

const SCRIPT_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQ";
const scratch = () => mkdtempSync(join(tmpdir(), "seriktes-clasp-"));
const settings = (dir: string) => JSON.parse(readFileSync(join(dir, ".clasp.json"), "utf8")) as unknown;

/** A stand-in for clasp that, like `clasp create`, writes .clasp.json (or fails without writing). */
function fakeClasp(dir: string, ok: boolean): string {
  const bin = join(dir, "fake-clasp.sh");
  const body = ok
    ? `printf '%s' '{"scriptId":"${SCRIPT_ID}","rootDir":"dist","parentId":["sheet-1"]}' > .clasp.json\necho "$@" > clasp-args.txt`
    : "echo 'Error: not logged in' >&2; exit 1";
  writeFileSync(bin, `#!/bin/sh\n${body}\n`);
  chmodSync(bin, 0o755);
  return bin;
}

afterEach(() => {
  delete process.env.CLASP_BIN;
  vi.restoreAllMocks();
});

describe("npm run bind-script / create-script", () => {
  it("reads a script ID pasted alone or inside the editor's URL, and explains what is not one", () => {
    expect(parseScriptId(` ${SCRIPT_ID} `)).toEqual({ id: SCRIPT_ID });
    expect(parseScriptId(`https://script.google.com/d/${SCRIPT_ID}/edit`)).toEqual({ id: SCRIPT_ID });
    expect(parseScriptId(`https://script.google.com/home/projects/${SCRIPT_ID}/settings`)).toEqual({
      id: SCRIPT_ID,
    });
    expect(parseScriptId("PASTE-YOUR-SCRIPT-ID-HERE")).toEqual({
      error: expect.stringContaining("is not an Apps Script ID"),
    });
    expect(parseScriptId(`https://docs.google.com/spreadsheets/d/${SCRIPT_ID}/edit`)).toEqual({
      error: expect.stringContaining("Extensions › Apps Script"),
    });
    expect(parseScriptId("")).toEqual({ error: expect.stringContaining("Script ID") });
  });

  it("binds: writes .clasp.json with the ID and the build's settings; push refuses before that", () => {
    const dir = scratch();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    expect(main(["check"], dir)).toBe(1);
    expect(errors.mock.calls.join(" ")).toContain("npm run create-script");
    expect(main(["bind", "not-an-id"], dir)).toBe(1);
    expect(existsSync(join(dir, ".clasp.json"))).toBe(false);
    expect(main(["bind", `https://script.google.com/d/${SCRIPT_ID}/edit`], dir)).toBe(0);
    expect(settings(dir)).toEqual({
      scriptId: SCRIPT_ID,
      rootDir: "dist",
      scriptExtensions: [".js", ".gs"],
      htmlExtensions: [".html"],
      jsonExtensions: [".json"],
    });
    expect(main(["check"], dir)).toBe(0);
  });

  it("creates over an old placeholder .clasp.json, keeping what clasp recorded", () => {
    const dir = scratch();
    vi.spyOn(console, "log").mockImplementation(() => {});
    writeFileSync(join(dir, ".clasp.json"), '{"scriptId":"PASTE-YOUR-SCRIPT-ID-HERE","rootDir":"dist"}');
    process.env.CLASP_BIN = fakeClasp(dir, true);
    expect(main(["create", "My", "partnerships"], dir)).toBe(0);
    expect(readFileSync(join(dir, "clasp-args.txt"), "utf8").trim()).toBe(
      "create --type sheets --title My partnerships --rootDir dist",
    );
    expect(settings(dir)).toMatchObject({ scriptId: SCRIPT_ID, parentId: ["sheet-1"], rootDir: "dist" });
  });

  it("refuses to create a second script, and writes nothing when clasp fails", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    const bound = scratch();
    main(["bind", SCRIPT_ID], bound);
    process.env.CLASP_BIN = fakeClasp(bound, true);
    expect(main(["create"], bound)).toBe(1);
    expect(errors.mock.calls.join(" ")).toContain("already names script");
    expect(existsSync(join(bound, "clasp-args.txt"))).toBe(false);

    const failing = scratch();
    process.env.CLASP_BIN = fakeClasp(failing, false);
    expect(main(["create"], failing)).toBe(1);
    expect(existsSync(join(failing, ".clasp.json"))).toBe(false);
  });
});
