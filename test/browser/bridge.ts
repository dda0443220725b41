// The bridge between a page in Chromium and the bundle running in the harness. The page gets the preview's
// google.script shim (scripts/preview/shim.ts: google.script.run POSTs {name, args} to /run), and Playwright
// answers /run by calling the harness's `run`, which calls a top-level function of dist/Code.js as
// google.script.run does. So the tests and `npm start` share one client shim; only the transport differs.
import type { Page } from "playwright-core";
import { withShim } from "../../scripts/preview/shim";
import type { Harness } from "../harness";

export interface BridgeCall {
  name: string;
  args: unknown[];
  /** Date.now() when the call reached the bridge. */
  at: number;
  ok: boolean;
}

export interface Bridge {
  /** Every call the page made, in order. */
  calls: BridgeCall[];
  /** Calls of one server function. */
  callsOf(name: string): BridgeCall[];
}

/** An https origin, so the page is a secure context as it is in Apps Script. */
const ORIGIN = "https://sidebar.seriktes.test";

/** Opens `html` (a page the bundle showed: a sidebar or a dialog) in `page`, bridged to `h`. */
export async function openBridged(page: Page, h: Harness, html: string): Promise<Bridge> {
  const calls: BridgeCall[] = [];
  await page.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    if (request.method() === "POST" && new URL(request.url()).pathname === "/run") {
      const body = (request.postDataJSON() ?? {}) as { name?: unknown; args?: unknown };
      const name = String(body.name);
      const args = Array.isArray(body.args) ? body.args : [];
      const call: BridgeCall = { name, args, at: Date.now(), ok: false };
      calls.push(call);
      const result = h.run(name, args);
      call.ok = result.ok;
      await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(result) });
      return;
    }
    await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: withShim(html) });
  });
  await page.goto(`${ORIGIN}/`);
  return { calls, callsOf: (name) => calls.filter((c) => c.name === name) };
}
