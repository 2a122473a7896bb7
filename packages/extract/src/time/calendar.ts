// Calendar arithmetic on ISO days (YYYY-MM-DD) through day numbers, with Monday-first weeks.

/** A day as year, month (1-12) and day of month. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a (valid) calendar day. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The ISO day (YYYY-MM-DD) of a day number. */
export function isoOfDay(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The ISO day of a year, month and day; null when the day does not exist (2月30日). */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** Reads YYYY-MM-DD (or the date part of a date-time); null when it is not one. */
export function parseIso(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isoDay(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Shifts an ISO day by n days. */
export function addDays(iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) throw new Error(`parley: not an ISO day: ${iso}`);
  return isoOfDay(dayNumber(p.y, p.m, p.d) + n);
}

/** Day of week, Monday = 0 ... Sunday = 6. */
export function weekdayOf(iso: string): number {
  const p = parseIso(iso);
  if (!p) throw new Error(`parley: not an ISO day: ${iso}`);
  return (dayNumber(p.y, p.m, p.d) + 3) % 7;
}

/** Year and month shifted by k months. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + k;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** First and last ISO day of a month. */
export function monthSpan(y: number, m: number): { from: string; to: string } {
  return { from: `${y}-${pad2(m)}-01`, to: `${y}-${pad2(m)}-${pad2(daysInMonth(y, m))}` };
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
