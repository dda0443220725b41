// What one run of a feed check may spend: fetches (UrlFetchApp has a daily quota) and time (Apps Script ends
// a run at 6 minutes). A run stops taking work when either is spent; the next run goes on from there.

export interface BudgetLimits {
  /** No fetch is started at or after this time (ms since the epoch). */
  deadline: number;
  /** The most fetches in one run. */
  maxFetches: number;
}

export class RunBudget {
  private fetches = 0;

  constructor(
    private readonly limits: BudgetLimits,
    private readonly now: () => number,
  ) {}

  /** Whether one more fetch may start now. */
  canFetch(): boolean {
    return this.fetches < this.limits.maxFetches && this.now() < this.limits.deadline;
  }

  /** Counts a fetch made. */
  spend(): void {
    this.fetches += 1;
  }

  get used(): number {
    return this.fetches;
  }
}
