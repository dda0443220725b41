// The preview server: one harness holding the sample workbook, served on localhost. Menu items run their
// callbacks, the sidebar's google.script.run calls run the bundle's server functions, clicks select rows.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import {
  columnLetter,
  DIST_DIR,
  type Harness,
  type LoadOptions,
  loadBundle,
  type UiAnswer,
  type UiRequest,
} from "../../test/harness";
import { quoteSheet } from "../../test/harness/a1";
import { chartsBundle } from "./charts/bundle";
import { type PreviewMessage, shell, viewFragment } from "./page";
import { SAMPLE_FETCH, sampleWorkbook } from "./sample-workbook";
import { withShim } from "./shim";

export interface PreviewOptions {
  /** 0 picks a free port. The preview listens on 127.0.0.1 only. */
  port?: number;
  distDir?: string;
  /** Overrides of the harness options (the sample workbook and fixtures by default). */
  load?: LoadOptions;
}

export interface Preview {
  url: string;
  port: number;
  /** This start's secret: the page carries it, and every POST must send it (X-Seriktes-Token). */
  token: string;
  /** The spreadsheet being shown (a new one after "Start over"). */
  readonly harness: Harness;
  close(): Promise<void>;
}

/** Thrown by the Ui responder when an alert or prompt needs the person at the page to answer. */
class NeedsAnswer extends Error {
  constructor(readonly request: UiRequest) {
    super(`needs an answer: ${request.message}`);
  }
}

const MAX_BODY = 1_000_000;

/**
 * The preview's clock starts a few days after the sample's latest article (10 March 2025) and then runs with
 * real time, so Processed stamps and the Summary's date read as the sample's own days.
 */
export const PREVIEW_CLOCK_START = "2025-03-14T05:30:00Z";

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error("request too large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as unknown;
        resolve(body && typeof body === "object" ? (body as Record<string, unknown>) : {});
      } catch (e) {
        reject(e);
      }
    });
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "Content-Type": `${type}; charset=utf-8`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    // Only the preview's own page may frame its pages (no clickjacking from another site).
    "Content-Security-Policy": "frame-ancestors 'self'",
  });
  res.end(body);
}

/** The names this machine's browser uses for the preview; any other Host is a rebound DNS name. */
const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];

/**
 * Why a request is refused, or null. The preview runs the add-on with the user's files at hand, so only its
 * own page may drive it: the Host must be this machine (a DNS-rebinding page names another), a POST must
 * come from the page's own origin (browsers send Origin; a page of another site sends its own) and carry
 * this start's token, which only the page has, as JSON (which no plain form can send).
 */
function refusal(req: IncomingMessage, port: number, token: string): string | null {
  const hosts = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (!hosts.includes(String(req.headers.host ?? "").toLowerCase()))
    return "this preview answers only on localhost";
  if (req.method === "GET" || req.method === "HEAD") return null;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`))
    return "requests from another site are refused";
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none")
    return "requests from another site are refused";
  if (req.headers["x-seriktes-token"] !== token)
    return "the request does not carry this preview's token: reload the page";
  if (!/^application\/json\b/i.test(String(req.headers["content-type"] ?? "")))
    return "the request is not JSON";
  return null;
}
const sendJson = (res: ServerResponse, value: unknown) =>
  send(res, 200, "application/json", JSON.stringify(value));

const messageOf = (e: unknown): string =>
  e && typeof e === "object" && "message" in e ? String((e as { message: unknown }).message) : String(e);

/** Loads the bundle with the sample workbook, runs onOpen, and serves the preview. */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const distDir = options.distDir ?? DIST_DIR;
  // A new secret at every start: a page loaded from an earlier start (or another site) cannot act.
  const token = randomBytes(24).toString("hex");
  let port = 0;
  let messages: PreviewMessage[] = [];
  let pending: UiAnswer[] = [];
  const chartsJs = await chartsBundle();
  let lastTick = Date.now();

  /** A fresh spreadsheet: the sample workbook, the add-on opened on it. */
  function open(): Harness {
    const fresh = loadBundle({
      distDir,
      workbook: sampleWorkbook(),
      fetch: SAMPLE_FETCH,
      spreadsheet: { name: "Kazakhstan university partnerships (sample)" },
      clock: { start: PREVIEW_CLOCK_START },
      ...options.load,
    });
    lastTick = Date.now();
    fresh.global.onOpen?.({ authMode: "LIMITED", source: fresh.spreadsheet });
    fresh.ui.responder = (request) => {
      const next = pending.shift();
      if (next) return next;
      // Alerts and prompts block a real execution until the person answers; here the page is asked.
      throw new NeedsAnswer(request);
    };
    return fresh;
  }
  let h = open();

  /** Runs one action, collecting what it showed: toasts, alerts, dialogs, errors. */
  function act(run: () => unknown): {
    needs?: UiRequest;
    dialog?: object;
    sidebarChanged: boolean;
    error?: string;
  } {
    const before = {
      toasts: h.ui.toasts.length,
      requests: h.ui.requests.length,
      dialogs: h.ui.dialogs.length,
    };
    let needs: UiRequest | undefined;
    let error: string | undefined;
    try {
      run();
    } catch (e) {
      if (e instanceof NeedsAnswer) needs = e.request;
      else error = messageOf(e);
    }
    const shown: PreviewMessage[] = [
      ...h.ui.requests
        .slice(before.requests)
        .filter((r) => r.kind === "alert")
        .map((r) => ({ kind: "alert" as const, title: r.title, text: r.message })),
      ...h.ui.toasts
        .slice(before.toasts)
        .map((t) => ({ kind: "toast" as const, title: t.title, text: t.message })),
    ];
    if (error) shown.push({ kind: "error", title: "", text: error });
    if (!needs) messages = shown;
    const fresh = h.ui.dialogs.slice(before.dialogs);
    let dialogIndex = -1;
    h.ui.dialogs.forEach((d, i) => {
      if (i >= before.dialogs && d.kind !== "sidebar") dialogIndex = i;
    });
    const dialog = h.ui.dialogs[dialogIndex];
    return {
      needs,
      error,
      sidebarChanged: fresh.some((d) => d.kind === "sidebar"),
      dialog: dialog
        ? {
            index: dialogIndex,
            title: dialog.title,
            width: dialog.html.getWidth(),
            height: dialog.html.getHeight() || 400,
          }
        : undefined,
    };
  }

  function sidebarHtml(): string {
    const shown = h.ui.sidebar;
    return withShim(
      shown ? shown.html.getContent() : readFileSync(join(distDir, "Sidebar.html"), "utf8"),
      token,
    );
  }

  function select(body: Record<string, unknown>): void {
    const sheet = h.spreadsheet.activeSheet ?? h.spreadsheet.sheets[0];
    if (!sheet) return;
    const row = Number(body.row);
    if (!Number.isInteger(row) || row < 1 || row > sheet.maxRows) return;
    const width = Math.max(sheet.contentSize().cols, 1);
    const anchor = Number(body.anchor) || row;
    const rect =
      body.mode === "extend"
        ? { row: Math.min(anchor, row), col: 1, numRows: Math.abs(anchor - row) + 1, numCols: width }
        : { row, col: 1, numRows: 1, numCols: width };
    const keep =
      body.mode === "add"
        ? h.spreadsheet.selection
        : body.mode === "extend"
          ? h.spreadsheet.selection.slice(0, -1)
          : [];
    h.spreadsheet.select(sheet, [...keep, rect]);
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const refused = refusal(req, port, token);
      if (refused) {
        req.resume();
        return send(res, 403, "text/plain", `Forbidden: ${refused}.`);
      }
      // The virtual clock follows real time between requests.
      const now = Date.now();
      h.clock.advance(Math.max(0, now - lastTick));
      lastTick = now;
      try {
        if (req.method === "GET" && url.pathname === "/")
          return send(res, 200, "text/html", shell(h, messages, token));
        if (req.method === "GET" && url.pathname === "/favicon.ico") {
          res.writeHead(204);
          return res.end();
        }
        if (req.method === "GET" && url.pathname === "/charts.js") {
          res.writeHead(200, {
            "Content-Type": "text/javascript; charset=utf-8",
            "Cache-Control": "max-age=3600",
          });
          return res.end(chartsJs);
        }
        if (req.method === "GET" && url.pathname === "/view")
          return send(res, 200, "text/html", viewFragment(h, messages));
        if (req.method === "GET" && url.pathname === "/sidebar")
          return send(res, 200, "text/html", sidebarHtml());
        const dialog = /^\/dialog\/(\d+)$/.exec(url.pathname);
        if (req.method === "GET" && dialog) {
          const d = h.ui.dialogs[Number(dialog[1])];
          if (!d) return send(res, 404, "text/plain", "no such dialog");
          return send(res, 200, "text/html", withShim(d.html.getContent(), token));
        }
        if (req.method === "GET" && url.pathname === "/state") {
          return sendJson(res, {
            sheets: h.spreadsheet.sheets.map((s) => s.name),
            active: h.spreadsheet.activeSheet?.name ?? null,
            menu: h.ui.menuItems(),
            messages,
          });
        }
        if (req.method !== "POST") return send(res, 404, "text/plain", "not found");
        const body = await readJson(req);
        if (url.pathname === "/menu") {
          const fn = String(body.functionName ?? "");
          if (!h.ui.menuItems().some((i) => i.functionName === fn)) {
            return sendJson(res, { error: `no menu item runs ${fn}` });
          }
          pending = Array.isArray(body.answers) ? (body.answers as UiAnswer[]) : [];
          const outcome = act(() => h.call(fn));
          pending = [];
          return sendJson(res, outcome);
        }
        if (url.pathname === "/run") {
          const args = Array.isArray(body.args) ? body.args : [];
          const before = { toasts: h.ui.toasts.length, requests: h.ui.requests.length };
          const result = h.run(String(body.name ?? ""), args);
          // A server function's toast or alert shows above the grid; a silent call (the sidebar's poll) leaves
          // the last action's messages in place.
          const shown: PreviewMessage[] = [
            ...h.ui.requests
              .slice(before.requests)
              .map((r) => ({ kind: "alert" as const, title: r.title, text: r.message })),
            ...h.ui.toasts
              .slice(before.toasts)
              .map((t) => ({ kind: "toast" as const, title: t.title, text: t.message })),
          ];
          if (shown.length > 0) messages = shown;
          return sendJson(res, result);
        }
        if (url.pathname === "/select") {
          select(body);
          return sendJson(res, { ok: true });
        }
        if (url.pathname === "/edit") {
          const sheet = h.spreadsheet.activeSheet;
          const row = Number(body.row);
          const col = Number(body.col);
          if (!sheet || !Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) {
            return sendJson(res, { error: "no such cell" });
          }
          const ref = `${quoteSheet(sheet.name)}!${columnLetter(col)}${row}`;
          return sendJson(
            res,
            act(() => h.edit(ref, String(body.value ?? ""))),
          );
        }
        if (url.pathname === "/reset") {
          h = open();
          messages = [];
          return sendJson(res, { ok: true });
        }
        if (url.pathname === "/activate") {
          const s = h.spreadsheet.sheets.find((x) => x.name === body.sheet);
          if (s) h.spreadsheet.select(s, []);
          return sendJson(res, { ok: Boolean(s) });
        }
        return send(res, 404, "text/plain", "not found");
      } catch (e) {
        return send(res, 500, "text/plain", messageOf(e));
      }
    })();
  });

  // This machine only: never on a network interface, whatever is asked.
  const host = "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/`,
    port,
    token,
    get harness() {
      return h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
