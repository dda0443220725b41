// Jobs that run later by themselves (the rest of a long Extract, ...), served by this document's one
// time-driven trigger. A published add-on may keep one time-driven trigger per user and document and run it
// at most once an hour, so every job shares it: each job's due time is kept in the document's properties,
// and the trigger is set for the earliest. Only this document's triggers (getUserTriggers(spreadsheet)) are
// touched: getProjectTriggers would list, and let us delete, the user's triggers in every other document.
//
// A job is armed before it works: the dispatcher moves its due time past the longest run before calling it,
// so a run the platform kills mid-way is taken up again by the next firing instead of stalling silently.
import { IS_ADDON } from "./deployment";

/** The trigger handler (a registry entry): runs the jobs that are due. */
export const SCHEDULE_HANDLER = "runScheduledJobs";
const KEY = "seriktes.schedule";

/** The soonest a trigger can fire again: a minute for a bound script, an hour for an add-on. */
export const MIN_DELAY_MS = IS_ADDON ? 3_600_000 : 60_000;
/** Apps Script stops an execution at 6 minutes: a job not done by then was killed. */
export const RUN_LIMIT_MS = 6 * 60_000;
/** A trigger fires after its time, never before; this late it has not fired at all. */
export const OVERDUE_MS = IS_ADDON ? 2 * 3_600_000 : 15 * 60_000;

/** What the document's properties keep: each job's due time, and the trigger set for the earliest. */
interface Schedule {
  jobs: Record<string, number>;
  trigger?: { id: string; at: number };
}

export type Jobs = Readonly<Record<string, () => unknown>>;

function load(): Schedule {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!text) return { jobs: {} };
  try {
    const saved = JSON.parse(text) as Partial<Schedule>;
    const jobs: Record<string, number> = {};
    for (const [name, at] of Object.entries(saved.jobs ?? {})) if (typeof at === "number") jobs[name] = at;
    const trigger = saved.trigger;
    return typeof trigger?.id === "string" && typeof trigger.at === "number" ? { jobs, trigger } : { jobs };
  } catch {
    return { jobs: {} };
  }
}

function save(schedule: Schedule): void {
  const props = PropertiesService.getDocumentProperties();
  if (Object.keys(schedule.jobs).length === 0 && !schedule.trigger) props.deleteProperty(KEY);
  else props.setProperty(KEY, JSON.stringify(schedule));
}

/** This user's triggers for our handler in this document. */
function ourTriggers(): GoogleAppsScript.Script.Trigger[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === SCHEDULE_HANDLER);
}

/**
 * Makes this document's trigger fire by the earliest due job (or removes it when no job is left). A trigger
 * that fires early is harmless (nothing is due yet, it sets itself again); one that fires late is not, so an
 * existing trigger is kept only when it is ours and fires in time.
 */
function arm(schedule: Schedule, now: number): void {
  const dues = Object.values(schedule.jobs);
  const mine = ourTriggers();
  const earliest = dues.length > 0 ? Math.max(Math.min(...dues), now + MIN_DELAY_MS) : null;
  const kept = schedule.trigger;
  if (
    earliest !== null &&
    kept &&
    kept.at >= now &&
    kept.at <= earliest &&
    mine.some((t) => t.getUniqueId() === kept.id)
  ) {
    for (const t of mine) if (t.getUniqueId() !== kept.id) ScriptApp.deleteTrigger(t);
    return;
  }
  for (const t of mine) ScriptApp.deleteTrigger(t);
  delete schedule.trigger;
  if (earliest === null) return;
  const trigger = ScriptApp.newTrigger(SCHEDULE_HANDLER)
    .timeBased()
    .after(earliest - now)
    .create();
  schedule.trigger = { id: trigger.getUniqueId(), at: earliest };
}

/**
 * Runs `job` by itself in `delayMs` (at the soonest a trigger can fire: a minute for a bound script, an hour
 * for an add-on). Returns when it is due. Replaces the job's earlier due time.
 */
export function scheduleJob(job: string, delayMs: number): number {
  const now = Date.now();
  const schedule = load();
  const at = now + Math.max(delayMs, MIN_DELAY_MS);
  schedule.jobs[job] = at;
  arm(schedule, now);
  save(schedule);
  return at;
}

/** Forgets `job`; the trigger goes when no job is left. */
export function cancelJob(job: string): void {
  const schedule = load();
  if (!(job in schedule.jobs)) return;
  delete schedule.jobs[job];
  arm(schedule, Date.now());
  save(schedule);
}

/** When `job` is due to run by itself, or null when it is not scheduled. Reads properties only. */
export function jobDueAt(job: string): number | null {
  return load().jobs[job] ?? null;
}

/** True when `job` should have run by now and has not: its trigger never fired (quota, deleted, ...). */
export function jobOverdue(job: string, now = Date.now()): boolean {
  const at = jobDueAt(job);
  return at !== null && now - at > OVERDUE_MS;
}

/**
 * The time-driven trigger: runs each job that is due. Before it runs, each is armed again for after the
 * longest run, so that one killed by the time limit runs again; a job that finishes cancels or reschedules
 * itself, and one that throws is cancelled (it runs again when the user starts it). One job's failure does
 * not keep the others from running.
 */
export function runScheduledJobs(jobs: Jobs): string[] {
  const now = Date.now();
  const schedule = load();
  const due = Object.keys(schedule.jobs).filter((name) => schedule.jobs[name]! <= now + MIN_DELAY_MS);
  for (const name of due) {
    if (jobs[name]) schedule.jobs[name] = now + RUN_LIMIT_MS + MIN_DELAY_MS;
    else delete schedule.jobs[name]; // a job this version no longer has
  }
  // The trigger that fired is spent: make the next one before any work.
  delete schedule.trigger;
  arm(schedule, now);
  save(schedule);
  const ran: string[] = [];
  for (const name of due) {
    const run = jobs[name];
    if (!run) continue;
    try {
      run();
    } catch (error) {
      console.error(
        `Scheduled job ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      cancelJob(name);
    }
    ran.push(name);
  }
  return ran;
}
