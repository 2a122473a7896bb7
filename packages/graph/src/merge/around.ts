// Candidates near an interval without scanning a person's whole history: binary search in a list sorted by start.
import type { DayInterval } from "../time/days.ts";

/**
 * The items of `sorted` (ascending by `iv.lo`) that start in [lo - maxSpan, hi]: every item no longer
 * than `maxSpan` days that overlaps [lo, hi] is among them. Callers skip longer items themselves.
 * @example around(legs, dayOf(2023, 3, 1), dayOf(2023, 3, 31), 31)
 */
export function around<T extends { iv: DayInterval }>(sorted: readonly T[], lo: number, hi: number, maxSpan: number): T[] {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (sorted[m]!.iv.lo < lo - maxSpan) a = m + 1;
    else b = m;
  }
  const out: T[] = [];
  for (let i = a; i < sorted.length && sorted[i]!.iv.lo <= hi; i++) out.push(sorted[i]!);
  return out;
}
