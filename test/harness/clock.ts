// The virtual clock. The bundle's `Date` follows it (see realm.ts), Utilities.sleep and lock waits move it,
// and every counted service call can move it by a fixed cost: so "the run stopped at its time box" is a
// property of the calls made, not of how fast the test machine is.

/** What a service call costs on the virtual clock: a fixed number of ms, or per method ("Range.getValues"). */
export type CallCost = number | ((method: string) => number);

export class VirtualClock {
  private ms: number;
  /** Virtual milliseconds added by each counted service call. */
  cost: CallCost;
  /**
   * Virtual ms that each real millisecond adds (0, the default: the clock moves only with calls and
   * `advance`). Above 0, the script's own computing counts against its time box, as on the platform.
   */
  realTimeScale = 0;
  private realMark = performance.now();

  constructor(start: Date | number | string = "2025-03-03T09:00:00Z", cost: CallCost = 0) {
    this.ms = new Date(start).getTime();
    if (Number.isNaN(this.ms)) throw new Error(`VirtualClock: bad start time ${String(start)}`);
    this.cost = cost;
  }

  /** The virtual time, in epoch milliseconds. */
  now(): number {
    if (this.realTimeScale > 0) {
      const elapsed = Math.floor((performance.now() - this.realMark) * this.realTimeScale);
      this.ms += elapsed;
      this.realMark += elapsed / this.realTimeScale;
    }
    return this.ms;
  }

  /** Moves the clock forward (never back). */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`VirtualClock.advance: ${ms} is not a non-negative number`);
    this.now();
    this.ms += ms;
  }

  /** Sets the clock to a moment (may go back: for tests only). */
  set(time: Date | number | string): void {
    this.realMark = performance.now();
    this.ms = new Date(time).getTime();
  }

  /** The cost of one call of `method`. */
  costOf(method: string): number {
    return typeof this.cost === "function" ? this.cost(method) : this.cost;
  }
}
