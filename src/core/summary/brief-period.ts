// Reading the ISO periods the brief speaks of.

/** Splits "2025-03" into year and month (1-12); month is null for a bare year. */
export function periodParts(period: string): { year: string; month: number | null } {
  const [year = period, month] = period.split("-");
  const m = month ? Number(month) : Number.NaN;
  return { year, month: m >= 1 && m <= 12 ? m : null };
}
