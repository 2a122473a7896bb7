// Calendar arithmetic on ISO days (YYYY-MM-DD) through day numbers, with Monday-first weeks.

/** A day as year, month (1-12) and day of month. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a (valid) calendar day (proleptic Gregorian, no Date objects). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO day (YYYY-MM-DD) of a day number. */
export function isoOfDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** The ISO day of a year, month and day; null when the day does not exist (2月30日). */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** Reads YYYY-MM-DD (or the date part of a date-time); null when it is not one. */
export function parseIso(s: string | null | undefined): Ymd | null {
  if (!s || s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[m - 1] ?? 30;
}

/** The number written by ASCII digits s[from, to); -1 when a character is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Shifts an ISO day by n days. */
export function addDays(iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) throw new Error(`parley: not an ISO day: ${iso}`);
  return isoOfDay(dayNumber(p.y, p.m, p.d) + n);
}

/** Days from ISO day `a` to ISO day `b` (negative when `b` is earlier); NaN when either is not an ISO day. */
export function daysBetween(a: string, b: string): number {
  const [p, q] = [parseIso(a), parseIso(b)];
  return p && q ? dayNumber(q.y, q.m, q.d) - dayNumber(p.y, p.m, p.d) : Number.NaN;
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
