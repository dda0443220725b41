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

  constructor(readonly env: Env) {}

  /** The live (not deleted) triggers. */
  list(): TriggerData[] {
    return this.triggers.filter((t) => !t.deleted);
  }
  /** Time-based triggers due now on the virtual clock, oldest first. */
  due(): TriggerData[] {
    const now = this.env.clock.now();
    return this.list()
      .filter((t) => {
        if (t.source !== "CLOCK") return false;
        if (t.at !== undefined) return t.firedAt === undefined && t.at <= now;
        return t.everyMs !== undefined && (t.firedAt ?? 0) + t.everyMs <= now;
      })
      .sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  }

  private add(data: Omit<TriggerData, "id" | "deleted">): object {
    if (this.list().length >= MAX_TRIGGERS) {
      throw this.env.error(
        "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    }
    const t: TriggerData = { ...data, id: String(this.nextId++), deleted: false };
    this.triggers.push(t);
    return triggerOf(t);
  }

  newTrigger(functionName: string): object {
    this.env.call("ScriptApp.newTrigger");
    const handler = String(functionName);
    const clock = () => {
      let at: number | undefined;
      let everyMs: number | undefined;
      const b = {
        after: (ms: number) => {
          at = this.env.clock.now() + ms;
          return b;
        },
        at: (date: Date) => {
          at = date.getTime();
          return b;
        },
        everyMinutes: (n: number) => {
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
  getProjectTriggers(): object[] {
    this.env.call("ScriptApp.getProjectTriggers");
    return this.list().map(triggerOf);
  }
  getUserTriggers(): object[] {
    this.env.call("ScriptApp.getUserTriggers");
    return this.list().map(triggerOf);
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.env.call("ScriptApp.deleteTrigger");
    const id = trigger.getUniqueId();
    const t = this.triggers.find((x) => x.id === id && !x.deleted);
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
      getTriggerSourceId: () => null,
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
