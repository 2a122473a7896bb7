// writtenDayIn: a day of month an undated text writes on its own (26日, 本周六（15日）) that falls in a window.
import type { Extraction } from "../model.ts";
import { addMonths, daysInMonth, isoDay } from "../time/calendar.ts";
import { parseNumber } from "../time/numerals.ts";
import type { DayWindow } from "./clues.ts";

// A day with no month or year in its expression: 26日 · 15号 · 本周六（15日）.
const BARE_DAY = /(?<![0-9０-９月年])([0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]/;
const HAS_MONTH = /[月年]/;

/** The latest day in `window` whose day of month the text writes bare (without a month), with the expression. */
export function writtenDayIn(extraction: Extraction, window: DayWindow): { iso: string; surface: string } | null {
  const days = new Map<number, string>();
  for (const t of extraction.times) {
    if (HAS_MONTH.test(t.surface)) continue;
    const m = BARE_DAY.exec(t.surface);
    const d = m ? parseNumber(m[1] ?? "") : null;
    if (d !== null && d >= 1 && d <= 31 && !days.has(d)) days.set(d, t.surface);
  }
  let best: { iso: string; surface: string } | null = null;
  const [y0, m0] = [Number(window.lo.slice(0, 4)), Number(window.lo.slice(5, 7))];
  for (let k = 0; k < 3; k++) {
    const { y, m: mo } = addMonths(y0, m0, k);
    for (const [d, surface] of days) {
      const iso = d <= daysInMonth(y, mo) ? isoDay(y, mo, d) : null;
      if (iso && iso >= window.lo && iso <= window.hi && (!best || iso > best.iso)) best = { iso, surface };
    }
  }
  return best;
}
