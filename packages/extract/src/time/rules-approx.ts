// Approximate past days: 日前, 近日, 数日前, 前几天 (a window before the anchor, not a day); the windows of 十天前 and 一个月前.
import { addDays, addMonths, daysInMonth, isoDay, parseIso } from "./calendar.ts";
import { anchorKindOf } from "./anchor.ts";
import { unresolved } from "./spans.ts";
import type { Resolved, TimeRule } from "./types.ts";

/** How far back 日前 and 近日 reach: about ten days. */
export const RECENT_DAYS = 10;

/** A window of days around the anchor at part-of-month precision (approximate, not a day). */
export function approxWindow(anchor: string, from: number, to: number, kind: Resolved["anchor"]): Resolved {
  return { from: addDays(anchor, from), to: addDays(anchor, to), precision: "part-of-month", anchor: kind };
}

/** From this many days back (十天前, 两周前) a count from the anchor is approximate. */
export const APPROX_FROM_DAYS = 7;

/** 一个月前: the day n months before the anchor, ten days before to a week after (not past the anchor). */
export function monthsBack(anchor: string, n: number, kind: Resolved["anchor"]): Resolved | null {
  const a = parseIso(anchor);
  if (!a) return null;
  const ym = addMonths(a.y, a.m, -n);
  const center = isoDay(ym.y, ym.m, Math.min(a.d, daysInMonth(ym.y, ym.m)));
  if (!center) return null;
  const to = addDays(center, 7);
  return { from: addDays(center, -10), to: to < anchor ? to : anchor, precision: "month", anchor: kind };
}

/** Approximate recent-day rules. */
export const APPROX_RULES: readonly TimeRule[] = [
  {
    // 外交部发言人日前表示 · 布林肯近日访华 · 数日前 · 几天前 · 前几天 · 近日将访华 (future: the next days)
    // not 17日前 (before the 17th), 国庆日前夕, 布林肯18日前往, 最近日本, 接近日本
    name: "recent-days",
    pattern:
      `(?=[数數几幾多前日近])(?:(数|數|几|幾|多)[日天](?:之|以)?前|(前(?:几|幾|些)(?:天|日子|日))|` +
      `(?<![0-9０-９〇零一二三四五六七八九十两兩几幾数數多节節假生周週期念今昨明本同当當每近前元末首终終平主工作忌庆慶旦佳吉翌次隔休纪紀])(日前)(?![往夕线線])|` +
      `(?<![最接靠临臨将將邻鄰贴貼附逼])(近日)(?![本元圆圓])(内|內)?)`,
    resolve([count, lately, before, near, within], ctx) {
      const a = ctx.state.anchor;
      const kind = anchorKindOf(ctx.state);
      if (!a) return unresolved("part-of-month");
      if (count) return approxWindow(a, -RECENT_DAYS, -2, kind);
      if (lately || before) return approxWindow(a, -RECENT_DAYS, -1, kind);
      if (near && (within || ctx.clauseTense() === "future")) return approxWindow(a, 0, RECENT_DAYS, kind);
      return approxWindow(a, -RECENT_DAYS, 0, kind);
    },
  },
];
