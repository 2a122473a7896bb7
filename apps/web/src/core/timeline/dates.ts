// Dates as day numbers: "2023", "2023-11" and "2023-10-26" become inclusive ranges of days since 1970.

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** An inclusive range of day numbers. */
export interface DayRange {
  from: number;
  to: number;
}

/** Day number of a calendar day (UTC). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The days a partial date covers: "2023-11" → 2023-11-01..2023-11-30; null when unreadable. */
export function dateRange(value: string | null | undefined): DayRange | null {
  const m = value ? DATE.exec(value) : null;
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) {
    const d = dayNumber(year, Number(m[2]), Number(m[3]));
    return { from: d, to: d };
  }
  if (m[2]) {
    const month = Number(m[2]);
    return { from: dayNumber(year, month, 1), to: dayNumber(year, month + 1, 1) - 1 };
  }
  return { from: dayNumber(year, 1, 1), to: dayNumber(year + 1, 1, 1) - 1 };
}

/** The range from the start of `start` to the end of `end` (either may be missing). */
export function spanRange(start: string | null | undefined, end: string | null | undefined): DayRange | null {
  const a = dateRange(start);
  const b = dateRange(end);
  if (!a && !b) return null;
  return { from: (a ?? b)!.from, to: Math.max((b ?? a)!.to, (a ?? b)!.from) };
}

/** Formats a day number as 2023-10-26. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Parses 2023-10-26 into a day number (NaN when unreadable). */
export function parseDay(value: string): number {
  const r = dateRange(value);
  return r ? r.from : Number.NaN;
}

/** The first day of the month containing `day`. */
export function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** The first day of the month after the one containing `day`. */
export function nextMonth(day: number): number {
  const d = new Date(day * DAY_MS);
  return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 2, 1);
}

/** Shows a source date as written at its precision: 2023-10-26, 2023-11 or 2023; "–" joins a span. */
export function formatSpan(start: string | null | undefined, end: string | null | undefined): string {
  const a = start ? start.slice(0, 10) : "";
  const b = end ? end.slice(0, 10) : "";
  if (!a && !b) return "日期不详 date unknown";
  if (!a || !b || a === b) return a || b;
  return `${a} – ${b}`;
}
