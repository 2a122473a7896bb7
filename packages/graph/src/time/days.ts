// Calendar days as integers (days since 1970-01-01), and the date strings of the timeline contract.
import type { Precision } from "../model.ts";

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/** A closed interval of days. */
export interface DayInterval {
  lo: number;
  hi: number;
}

/** Day number of a calendar date (month 1-12). */
export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month (1-12) and day of a day number (Hinnant's civil-from-days; no Date objects). */
export function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** YYYY-MM-DD of a day number. */
export function isoDay(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/**
 * The days a YYYY, YYYY-MM or YYYY-MM-DD pair covers; a missing end takes the start's.
 * @example intervalOf("2023-11", null) covers 2023-11-01 .. 2023-11-30
 */
export function intervalOf(start: string | null | undefined, end?: string | null): DayInterval | null {
  const a = start ? DATE.exec(start) : null;
  const b = end ? DATE.exec(end) : null;
  const first = a ?? b;
  const last = b ?? a;
  if (!first || !last) return null;
  const lo = dayOf(+first[1]!, first[2] ? +first[2] : 1, first[3] ? +first[3] : 1);
  const hiYear = +last[1]!;
  const hi = last[3]
    ? dayOf(hiYear, +last[2]!, +last[3])
    : last[2]
      ? dayOf(hiYear, +last[2] + 1, 1) - 1
      : dayOf(hiYear + 1, 1, 1) - 1;
  return lo <= hi ? { lo, hi } : { lo: hi, hi: lo };
}

/** Rank of a precision, most precise first (unknown last). */
export function precisionRank(p: Precision | null | undefined): number {
  switch (p) {
    case "day":
      return 0;
    case "part-of-month":
      return 1;
    case "month":
      return 2;
    case "season":
      return 3;
    case "year":
      return 4;
    default:
      return 5;
  }
}

/**
 * Start and end strings at the precision the sources support: a day or part of a month as days,
 * a month or season as YYYY-MM, a year as YYYY.
 */
export function formatInterval(iv: DayInterval, precision: Precision | null): { start: string; end: string } {
  const a = isoDay(iv.lo);
  const b = isoDay(iv.hi);
  if (precision === "year") return { start: a.slice(0, 4), end: b.slice(0, 4) };
  if (precision === "month" || precision === "season") return { start: a.slice(0, 7), end: b.slice(0, 7) };
  return { start: a, end: b };
}

/** Days from the end of the earlier interval to the start of the later one: 1 for consecutive days, 0 or less when they share a day. */
export function daysApart(a: DayInterval, b: DayInterval): number {
  return Math.max(a.lo - b.hi, b.lo - a.hi);
}

/** True when two intervals share at least one day. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Month index (year * 12 + month - 1) of a day: the time bucket used to block merge candidates. */
export function monthBucket(day: number): number {
  const [y, m] = civil(day);
  return y * 12 + m - 1;
}
