// Relative days: a weekday in the anchor's week, the nearest day of a month, a day counted from the text's last date.
import { addDays, weekdayOf } from "./calendar.ts";
import { anchorKindOf } from "./anchor.ts";
import type { Anchored } from "./anchor.ts";
import type { AnchorState, Tense } from "./types.ts";

/**
 * A weekday (0 = Monday) in the week around the anchor: 上/下 name the previous or next week,
 * 本/这 the anchor's; otherwise the latest such day on or before the anchor, or for a future
 * clause the first on or after it.
 */
export function resolveWeekday(state: AnchorState, weekday: number, which: string, tense: Tense | null): string | null {
  if (!state.anchor) return null;
  const aw = weekdayOf(state.anchor);
  const monday = addDays(state.anchor, -aw);
  if (/[上]/.test(which)) return addDays(monday, weekday - 7);
  if (/[下]/.test(which)) return addDays(monday, weekday + 7);
  if (/[本这這]/.test(which)) return addDays(monday, weekday);
  if (tense === "future") return addDays(state.anchor, (weekday - aw + 7) % 7);
  return addDays(state.anchor, -((aw - weekday + 7) % 7));
}

/**
 * The day with day-of-month `day` nearest to `near` (within 20 days), for 周二（24日） and 昨(18)日
 * where the bracketed day wins over the weekday's own reading.
 */
export function nearestDayOfMonth(near: string, day: number): string | null {
  for (let k = 0; k <= 20; k++) {
    for (const d of k === 0 ? [0] : [-k, k]) {
      const iso = addDays(near, d);
      if (Number(iso.slice(8, 10)) === day) return iso;
    }
  }
  return null;
}

/**
 * A day counted from the text's last date (当天 = 0, 前一天 = -1): the last full date when it was written
 * in the same sentence or the day word's own clause is future, otherwise the last narrative date (future
 * dates and quoted plans skipped: 拜登表示“明年1月20日将离任”。当天，…); else the anchor.
 */
export function fromLastFull(state: AnchorState, delta: number, tense: Tense | null = null): Anchored<string> | null {
  const base = tense === "future" || state.fullInSentence ? state.lastFull ?? state.lastNarrative : state.lastNarrative;
  if (base) return { value: addDays(base, delta), anchor: "text" };
  if (state.anchor) return { value: addDays(state.anchor, delta), anchor: anchorKindOf(state) };
  if (state.lastFull) return { value: addDays(state.lastFull, delta), anchor: "text" };
  return null;
}
