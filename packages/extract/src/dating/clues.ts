// World clues: the windows of days an article can be from by what the world knows, and how they combine.
import { addDays, addMonths, monthSpan } from "../time/calendar.ts";
import { plusMonths } from "./candidates.ts";

/** A window of ISO days, both ends included. */
export interface DayWindow {
  lo: string;
  hi: string;
}

/**
 * What one phrase says about the article's date: the windows it allows (one per meeting or term it can mean),
 * whether it fixes the date closely (上月20日宣誓就任, 今年稍后的罗马峰会) or only bounds it (拜登政府上台以来), and why.
 */
export interface WorldClue {
  windows: DayWindow[];
  strong: boolean;
  basis: string;
}

/** The article's bounds by all its clues together. */
export interface WorldBounds extends DayWindow {
  strong: boolean;
  basis: string;
}

/** The month `k` months from the month of an ISO day, as a window. */
export function monthWindow(iso: string, k: number): DayWindow {
  const to = addMonths(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), k);
  const { from, to: last } = monthSpan(to.y, to.m);
  return { lo: from, hi: last };
}

/** The year `k` years from the year of an ISO day, as a window. */
export function yearWindow(iso: string, k: number): DayWindow {
  const y = Number(iso.slice(0, 4)) + k;
  return { lo: `${y}-01-01`, hi: `${y}-12-31` };
}

/** The overlap of two windows, or null. */
export function overlap(a: DayWindow, b: DayWindow): DayWindow | null {
  const lo = a.lo > b.lo ? a.lo : b.lo;
  const hi = a.hi < b.hi ? a.hi : b.hi;
  return lo <= hi ? { lo, hi } : null;
}

/** An ISO day shifted by a count of units (天/周/月/年). */
export function shiftBy(iso: string, n: number, unit: "day" | "week" | "month" | "year"): string {
  if (unit === "day") return addDays(iso, n);
  if (unit === "week") return addDays(iso, 7 * n);
  return plusMonths(iso, unit === "month" ? n : 12 * n);
}

/** The days both lists of windows allow, as windows. */
function intersect(a: readonly DayWindow[], b: readonly DayWindow[]): DayWindow[] {
  const out: DayWindow[] = [];
  for (const x of a) for (const y of b) {
    const o = overlap(x, y);
    if (o) out.push(o);
  }
  return out;
}

/**
 * Combines clues: the one-window clues are intersected (the weak ones dropped when they conflict with the strong),
 * then each clue of several windows (APEC in 利马: 2016 or 2024; 候任总统特朗普: before 2017 or before 2025) narrows
 * the days left to those it allows, unless it allows none of them. Two such clues may decide together what neither
 * decides alone (上月APEC in 利马 and 候任总统特朗普: December 2016); when they leave several windows they decide nothing.
 * Null when there is no clue or the strong ones conflict.
 */
export function combineClues(clues: readonly WorldClue[]): WorldBounds | null {
  const single = clues.filter((c) => c.windows.length === 1);
  const fold = (list: readonly WorldClue[]): DayWindow | null | undefined =>
    list.reduce<DayWindow | null | undefined>((acc, c) => (acc === null ? null : acc === undefined ? (c.windows[0] ?? null) : overlap(acc, c.windows[0] as DayWindow)), undefined);
  let used = single;
  let window = fold(single);
  if (window === null) {
    used = single.filter((c) => c.strong);
    window = fold(used);
    if (window === null) return null;
  }
  const taken = [...used];
  let left: DayWindow[] | null = window ? [window] : null;
  for (const c of clues) {
    if (c.windows.length < 2) continue;
    const fits = left ? intersect(left, c.windows) : [...c.windows];
    if (fits.length === 0) continue;
    left = fits;
    taken.push(c);
  }
  // Still several windows: the clues of several windows decided nothing; the one-window clues' window stands.
  if (left && left.length > 1) [left, taken.length] = [window ? [window] : null, used.length];
  const only = left?.[0];
  if (!only || taken.length === 0) return null;
  return { ...only, strong: taken.some((c) => c.strong), basis: taken.map((c) => c.basis).join("; ") };
}
