// ScriptApp: triggers (time-based and spreadsheet), recorded so tests can list them and fire the ones whose
// time has come on the virtual clock; Session: the user, locale and time zone; Logger and console.
import type { Env } from "./env";
import { strict } from "./strict";

export interface TriggerData {
  id: string;
  handler: string;
  /** "CLOCK" for time-based, "ON_OPEN"/"ON_EDIT"/... for spreadsheet triggers. */
  eventType: string;
  source: "CLOCK" | "SPREADSHEETS";
  /** Whose trigger it is: triggers run as, and are listed and deleted only by, the user who made them. */
  user: string;
  /** The document it was made in (an add-on's triggers belong to one document each). */
  documentId: string;
  /** For a one-off trigger: when it is due (virtual ms). */
  at?: number;
  /** For a recurring trigger: its period in ms. */
  everyMs?: number;
  /** Virtual ms of its last firing. */
  firedAt?: number;
  deleted: boolean;
}

/** Apps Script allows 20 triggers per user per script. */
export const MAX_TRIGGERS = 20;
/** A published add-on's time-driven trigger runs at most once an hour. */
export const ADDON_MIN_PERIOD_MS = 3_600_000;

/** Who is running and where: the user, and the document the execution runs in. */
export interface TriggerScope {
  user: string;
  documentId: string;
}

/**
 * ScriptApp's triggers, kept per user and per document as Apps Script keeps them: getProjectTriggers lists
 * the user's triggers of this script in every document (an add-on's user has one set per file),
 * getUserTriggers(spreadsheet) only those of that spreadsheet. A published add-on may have one trigger of
 * each event type per user and document, and its time-driven triggers run at most hourly.
 */
export class FakeScriptApp {
  readonly AuthMode = { NONE: "NONE", CUSTOM_FUNCTION: "CUSTOM_FUNCTION", LIMITED: "LIMITED", FULL: "FULL" };
  readonly TriggerSource = {
    SPREADSHEETS: "SPREADSHEETS",
    CLOCK: "CLOCK",
    FORMS: "FORMS",
    DOCUMENTS: "DOCUMENTS",
  };
  readonly EventType = {
    CLOCK: "CLOCK",
    ON_OPEN: "ON_OPEN",
    ON_EDIT: "ON_EDIT",
    ON_CHANGE: "ON_CHANGE",
    ON_FORM_SUBMIT: "ON_FORM_SUBMIT",
  };
  triggers: TriggerData[] = [];
  private nextId = 1;

  constructor(
    readonly env: Env,
    readonly scope: TriggerScope,
  ) {}

  /** The live (not deleted) triggers of this document and user. */
  list(): TriggerData[] {
    return this.all().filter((t) => t.documentId === this.scope.documentId && t.user === this.scope.user);
  }
  /** Every live trigger, of any document or user. */
  all(): TriggerData[] {
    return this.triggers.filter((t) => !t.deleted);
  }
  /**
   * A trigger made elsewhere, for a test: the same user's in another document (`{ documentId }`), or another
   * user's in this one (`{ user }`).
   */
  addElsewhere(
    data: Partial<TriggerScope> & { handler: string; at?: number; everyMs?: number },
  ): TriggerData {
    const t: TriggerData = {
      id: String(this.nextId++),
      handler: data.handler,
      eventType: "CLOCK",
      source: "CLOCK",
      user: data.user ?? this.scope.user,
      documentId: data.documentId ?? this.scope.documentId,
      at: data.at,
      everyMs: data.everyMs,
      deleted: false,
    };
    this.triggers.push(t);
    return t;
  }
  /** This document's time-based triggers due now on the virtual clock, oldest first. */
  due(): TriggerData[] {
    const now = this.env.clock.now();
    return this.all()
      .filter((t) => t.documentId === this.scope.documentId)
      .filter((t) => {
        if (t.source !== "CLOCK") return false;
        if (t.at !== undefined) return t.firedAt === undefined && t.at <= now;
        return t.everyMs !== undefined && (t.firedAt ?? 0) + t.everyMs <= now;
      })
      .sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  }

  private mine(): TriggerData[] {
    return this.all().filter((t) => t.user === this.scope.user);
  }

  private add(data: Omit<TriggerData, "id" | "deleted" | "user" | "documentId">): object {
    if (this.mine().length >= MAX_TRIGGERS) {
      throw this.env.error(
        "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    }
    if (this.env.deployment === "addon" && this.list().some((t) => t.eventType === data.eventType)) {
      throw this.env.error(
        `This add-on already has a ${data.eventType} trigger for this user in this document: an add-on may have only one trigger of each type per user and document.`,
      );
    }
    const t: TriggerData = { ...data, ...this.scope, id: String(this.nextId++), deleted: false };
    this.triggers.push(t);
    return triggerOf(t);
  }

  newTrigger(functionName: string): object {
    this.env.call("ScriptApp.newTrigger");
    const handler = String(functionName);
    const addon = this.env.deployment === "addon";
    const clock = () => {
      let at: number | undefined;
      let everyMs: number | undefined;
      const b = {
        after: (ms: number) => {
          // "The actual duration may vary, but won't be less than your specified minimum"; an add-on's
          // time-driven trigger cannot run sooner than an hour.
          at = this.env.clock.now() + (addon ? Math.max(ms, ADDON_MIN_PERIOD_MS) : ms);
          return b;
        },
        at: (date: Date) => {
          at = addon ? Math.max(date.getTime(), this.env.clock.now() + ADDON_MIN_PERIOD_MS) : date.getTime();
          return b;
        },
        everyMinutes: (n: number) => {
          if (![1, 5, 10, 15, 30].includes(n)) throw this.env.error("Invalid argument: minutes");
          everyMs = n * 60_000;
          return b;
        },
        everyHours: (n: number) => {
          everyMs = n * 3_600_000;
          return b;
        },
        everyDays: (n: number) => {
          everyMs = n * 86_400_000;
          return b;
        },
        atHour: () => b,
        nearMinute: () => b,
        inTimezone: () => b,
        create: () => {
          this.env.call("ScriptApp.create");
          if (addon && everyMs !== undefined && everyMs < ADDON_MIN_PERIOD_MS) {
            throw this.env.error("An add-on's time-driven trigger cannot run more often than once an hour.");
          }
          return this.add({ handler, eventType: "CLOCK", source: "CLOCK", at, everyMs });
        },
      };
      return strict(b, "FakeClockTriggerBuilder");
    };
    const sheets = () => {
      const make = (eventType: string) => {
        const b = {
          create: () => {
            this.env.call("ScriptApp.create");
            return this.add({ handler, eventType, source: "SPREADSHEETS" });
          },
        };
        return strict(b, "FakeSpreadsheetTriggerBuilder");
      };
      return strict(
        {
          onOpen: () => make("ON_OPEN"),
          onEdit: () => make("ON_EDIT"),
          onChange: () => make("ON_CHANGE"),
          onFormSubmit: () => make("ON_FORM_SUBMIT"),
        },
        "FakeSpreadsheetTriggerBuilder",
      );
    };
    return strict({ timeBased: clock, forSpreadsheet: sheets }, "FakeTriggerBuilder");
  }
  /** The user's triggers of this script, in every document. */
  getProjectTriggers(): object[] {
    this.env.call("ScriptApp.getProjectTriggers");
    return this.mine().map(triggerOf);
  }
  /** The user's triggers in the given spreadsheet. */
  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): object[] {
    this.env.call("ScriptApp.getUserTriggers");
    const id = (spreadsheet as { getId?: () => string } | null)?.getId?.();
    if (typeof id !== "string") {
      throw this.env.error(
        "The parameters (null) don't match the method signature for ScriptApp.getUserTriggers.",
      );
    }
    return this.mine()
      .filter((t) => t.documentId === id)
      .map(triggerOf);
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.env.call("ScriptApp.deleteTrigger");
    const id = trigger.getUniqueId();
    const t = this.mine().find((x) => x.id === id);
    if (!t) throw this.env.error("Invalid argument: trigger");
    t.deleted = true;
  }
  getScriptId(): string {
    return "fake-script-id";
  }
  getOAuthToken(): string {
    return "fake-oauth-token";
  }
}

function triggerOf(t: TriggerData): object {
  return strict(
    {
      getUniqueId: () => t.id,
      getHandlerFunction: () => t.handler,
      getEventType: () => t.eventType,
      getTriggerSource: () => t.source,
      getTriggerSourceId: () => (t.source === "SPREADSHEETS" ? t.documentId : null),
    },
    "FakeTrigger",
  );
}

export interface SessionOptions {
  email?: string;
  effectiveEmail?: string;
  locale?: string;
  scriptTimeZone?: string;
}

export function makeSession(env: Env, o: Required<SessionOptions>) {
  const user = (email: string) => strict({ getEmail: () => email, toString: () => email }, "FakeUser");
  return strict(
    {
      getActiveUser: () => {
        env.call("Session.getActiveUser");
        return user(o.email);
      },
      getEffectiveUser: () => {
        env.call("Session.getEffectiveUser");
        return user(o.effectiveEmail);
      },
      getActiveUserLocale: () => o.locale,
      getScriptTimeZone: () => o.scriptTimeZone,
      getTemporaryActiveUserKey: () => `key-${o.email}`,
    },
    "FakeSession",
  );
}

/** Logger and console write to the same list, `h.logs`. */
export function makeLogging(logs: string[]) {
  const text = (args: unknown[]) =>
    args.map((a) => (typeof a === "string" ? a : a instanceof Object ? safeJson(a) : String(a))).join(" ");
  const logger = {
    log: (format: unknown, ...values: unknown[]) => {
      logs.push(
        typeof format === "string" && values.length > 0
          ? format.replace(/%s/g, () => String(values.shift()))
          : text([format, ...values]),
      );
      return logger;
    },
    getLog: () => logs.join("\n"),
    clear: () => {
      logs.length = 0;
    },
  };
  const consoleLike = Object.fromEntries(
    ["log", "info", "warn", "error", "debug"].map((level) => [
      level,
      (...args: unknown[]) => {
        logs.push(level === "log" || level === "info" ? text(args) : `${level.toUpperCase()}: ${text(args)}`);
      },
    ]),
  );
  return { Logger: strict(logger, "FakeLogger"), console: consoleLike };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
