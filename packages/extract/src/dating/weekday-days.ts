// Weekday-day pairs an undated text writes (周二（23日）, 星期五(19日)): the days near a guess on which they fall.
import type { Document } from "../model.ts";
import { addMonths, daysInMonth, isoDay, weekdayOf } from "../time/calendar.ts";
import { halfWidthDigits } from "../time/numerals.ts";

/** A weekday and a day of month written together, with no month. */
export interface WeekdayDay {
  weekday: number;
  day: number;
  surface: string;
}

// 周二（23日） · 本周五（19日） · 星期四(18日) · 週日（3號）: not 上周/下周 (the article is then days away from it).
const PAIR = /(?<![上下])(?:本周|本星期|周|星期|礼拜)([一二三四五六日天])[（(]([0-9０-９]{1,2})[日号][）)]/g;
const WEEKDAY: Readonly<Record<string, number>> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };

/** The weekday-day pairs of a document, in text order (simplified text). */
export function weekdayDays(doc: Document): WeekdayDay[] {
  const out: WeekdayDay[] = [];
  for (const p of doc.paragraphs) {
    for (const m of p.simplified.matchAll(PAIR)) {
      const weekday = WEEKDAY[m[1] ?? ""];
      const day = Number(halfWidthDigits(m[2] ?? ""));
      if (weekday !== undefined && day >= 1 && day <= 31) out.push({ weekday, day, surface: m[0] });
    }
  }
  return out;
}

/**
 * The days within `months` months either side of `near` on which a pair falls (周二（23日） → every 23rd that is a
 * Tuesday), nearest first. A pair admits one or two months a year: with other clues it picks the month.
 *
 * @example daysOfPair({ weekday: 1, day: 23, surface: "周二（23日）" }, "2024-07-01", 6) // ["2024-07-23", "2024-04-23", "2024-01-23"]
 */
export function daysOfPair(pair: WeekdayDay, near: string, months: number): string[] {
  const [y, m] = [Number(near.slice(0, 4)), Number(near.slice(5, 7))];
  const out: { iso: string; k: number }[] = [];
  for (let k = -months; k <= months; k++) {
    const to = addMonths(y, m, k);
    const iso = pair.day <= daysInMonth(to.y, to.m) ? isoDay(to.y, to.m, pair.day) : null;
    if (iso && weekdayOf(iso) === pair.weekday) out.push({ iso, k: Math.abs(k) });
  }
  return out.sort((a, b) => a.k - b.k || b.iso.localeCompare(a.iso)).map((x) => x.iso);
}

/** Whether every pair the text writes falls on its weekday under a dateline (the day in its nearest month). */
export function pairsFit(pairs: readonly WeekdayDay[], dateline: string): boolean {
  return pairs.every((p) => daysOfPair(p, dateline, 1).some((iso) => Math.abs(Date.parse(iso) - Date.parse(dateline)) <= 8 * 86400000));
}
