// Interval builders: a day, a month, a part of a month, a season, a year, as Resolved results.
import type { TimeExpr } from "../model.ts";
import { addMonths, daysInMonth, isoDay, monthSpan, pad2 } from "./calendar.ts";
import type { Resolved } from "./types.ts";

type Kind = TimeExpr["anchor"];

/** An expression recognized but not anchored: no interval. */
export function unresolved(precision: Resolved["precision"]): Resolved {
  return { from: null, to: null, precision, anchor: "none" };
}

/** One day. */
export function daySpan(iso: string | null, anchor: Kind): Resolved | null {
  return iso ? { from: iso, to: iso, precision: "day", anchor } : null;
}

/** A range of days (9月16日至17日); null when it runs backwards. */
export function dayRange(from: string | null, to: string | null, anchor: Kind): Resolved | null {
  if (!from || !to || to < from) return null;
  return { from, to, precision: "day", range: true, anchor };
}

/**
 * Days from (m, d) to (m2 or m, d2) in year y, as 9月16日至17日 or 10月30日至11月2日: a second month smaller than the
 * first is the next year's (12月30日至1月2日).
 */
export function monthDayRange(y: number, m: number, d: number, m2: number | null, d2: number, anchor: Kind): Resolved | null {
  return dayRange(isoDay(y, m, d), isoDay(m2 !== null && m2 < m ? y + 1 : y, m2 ?? m, d2), anchor);
}

/** A whole month. */
export function wholeMonth(y: number, m: number, anchor: Kind): Resolved | null {
  if (m < 1 || m > 12) return null;
  return { ...monthSpan(y, m), precision: "month", anchor };
}

/** A whole year. */
export function wholeYear(y: number, anchor: Kind): Resolved {
  return { from: `${y}-01-01`, to: `${y}-12-31`, precision: "year", anchor };
}

/** Day spans of 上旬 / 中旬 / 下旬 / 初 / 中 / 底 / 末 (月初 = 1-10, 月中 = 11-20, 月底 = 21-end), 上中旬, 中下旬. */
export function monthPart(y: number, m: number, part: string, anchor: Kind): Resolved | null {
  if (m < 1 || m > 12) return null;
  const last = daysInMonth(y, m);
  const [a, b] =
    part === "上中旬" ? [1, 20] : part === "中下旬" ? [11, last] : /上|初/.test(part) ? [1, 10] : /中/.test(part) ? [11, 20] : [21, last];
  return { from: isoDay(y, m, a), to: isoDay(y, m, b), precision: "part-of-month", anchor };
}

const SEASON_START: Readonly<Record<string, number>> = { 春: 3, 夏: 6, 秋: 9, 冬: 12 };

/** A season of the northern hemisphere: 春 3-5, 夏 6-8, 秋 9-11, 冬 12-2 (into the next year). */
export function seasonSpan(y: number, season: string, anchor: Kind): Resolved | null {
  const start = SEASON_START[season];
  if (start === undefined) return null;
  const end = addMonths(y, start, 2);
  return {
    from: `${y}-${pad2(start)}-01`,
    to: monthSpan(end.y, end.m).to,
    precision: "season",
    anchor,
  };
}

/** Parts of a year: 年初 Jan-Mar, 年中 May-Aug, 年底/年末 Oct-Dec, 上半年, 下半年 (season precision). */
export function yearPart(y: number, part: string, anchor: Kind): Resolved | null {
  const months: Readonly<Record<string, [number, number]>> = {
    年初: [1, 3], 年中: [5, 8], 年底: [10, 12], 年末: [10, 12], 上半年: [1, 6], 下半年: [7, 12],
  };
  const span = months[part];
  if (!span) return null;
  return { from: monthSpan(y, span[0]).from, to: monthSpan(y, span[1]).to, precision: "season", anchor };
}
