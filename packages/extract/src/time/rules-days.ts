// Rules for weekdays and bare days: 周四（10月26日）, 周二（24日）, 昨(18)日, 星期三, 26日与27日两天, 26日.
import { addDays, daysBetween, isoDay } from "./calendar.ts";
import { anchorKindOf, resolveBareDay, yearOfMonth } from "./anchor.ts";
import { fromLastFull, nearestDayOfMonth, resolveWeekday } from "./anchor-relative.ts";
import { DAY_WORDS } from "./day-words.ts";
import { parseNumber } from "./numerals.ts";
import {
  CONNECT, DAY, DAY_CONTEXT, DAY_COUNT_TAIL, DAY_STRICT, DAY_UNIT, MONTH, DAY_VERB_AFTER, NO_DIGIT_BEFORE, NOT_COUNT_BEFORE, SP, STARTS_DAY, WEEK, WEEKDAY,
} from "./patterns.ts";
import { dayRange, daySpan } from "./spans.ts";
import { withoutCaptures } from "./regex-source.ts";
import type { MatchContext, Resolved, TimeRule } from "./types.ts";

const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, 七: 6,
  "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
};
const UNRESOLVED: Resolved = { from: null, to: null, precision: "day", anchor: "none" };
/** How many days a bracketed day (前一天（25日）) may stand from the day its word counts to. */
const MAX_BRACKET_MISS = 3;
const REL_PAREN_DELTA: Readonly<Record<string, number>> = { 昨: -1, 今: 0, 明: 1, 前: -2 };
// 前一天 · 次日 · 当天 …: the day words that count from the text's last date.
const TEXT_DAY_WORDS = Object.keys(DAY_WORDS).filter((w) => DAY_WORDS[w]?.from === "text").sort((a, b) => b.length - a.length).join("|");

/** A weekday that names a scheduled opening (周五开幕的会议). */
const OPENING = /^(?:开幕|開幕|揭幕|召开|召開|登场|登場)(?:的|之)/;

/** A bracketed date after a weekday or day word: the bracket wins, near where the word points. */
function bracketed(ctx: MatchContext, near: string | null, m1: string | undefined, d1: string | undefined): Resolved | null {
  const d = d1 === undefined ? null : parseNumber(d1);
  if (d === null || d < 1 || d > 31) return null;
  if (m1 !== undefined) {
    const m = parseNumber(m1);
    if (m === null) return null;
    const y = yearOfMonth(ctx.state, m, ctx.tense);
    return y ? daySpan(isoDay(y.value, m, d), y.anchor) : UNRESOLVED;
  }
  if (near) return daySpan(nearestDayOfMonth(near, d), anchorKindOf(ctx.state));
  const bare = resolveBareDay(ctx.state, d, ctx.clauseTense);
  return bare ? daySpan(bare.value, bare.anchor) : UNRESOLVED;
}

/** Weekday and bare-day rules, most specific first. */
export const DAY_RULES: readonly TimeRule[] = [
  {
    // 周四（10月26日） · 周二（24日） · 星期一(23日)
    name: "weekday-bracket-date",
    pattern: `(上|下|本|这|這)?(?:个|個)?${WEEK}${WEEKDAY}${SP}[（(]${SP}(?:${MONTH}${SP}月${SP})?${DAY}${SP}(?:${DAY_UNIT})?${SP}[）)]`,
    writesMonth: false,
    resolve([which, wd, m1, d1], ctx) {
      const w = wd === undefined ? undefined : WEEKDAY_INDEX[wd];
      if (w === undefined) return null;
      const near = resolveWeekday(ctx.state, w, which ?? "", ctx.headTense() ?? "past");
      return bracketed(ctx, near, m1, d1);
    },
  },
  {
    // 昨(18)日 · 昨天（18日） · 今（26）日 · 今日（10日）
    name: "day-word-bracket-date",
    pattern: `(昨|今|明|前)(?:[天日])?${SP}[（(]${SP}${DAY}${SP}(?:${DAY_UNIT})?${SP}[）)]${SP}(?:${DAY_UNIT})?`,
    resolve([word, d1], ctx) {
      const delta = word === undefined ? undefined : REL_PAREN_DELTA[word];
      if (delta === undefined) return null;
      const near = ctx.state.anchor ? addDays(ctx.state.anchor, delta) : null;
      return bracketed(ctx, near, undefined, d1);
    },
  },
  {
    // 前一天（25日） · 次日（27日） · 当天（26日）: the bracket wins, near the day the word counts to.
    name: "text-day-word-bracket-date",
    pattern: `(?<![目之提如不相共认認])(${TEXT_DAY_WORDS})${SP}[（(]${SP}${DAY}${SP}(?:${DAY_UNIT})?${SP}[）)]`,
    resolve([word, d1], ctx) {
      const spec = word === undefined ? undefined : DAY_WORDS[word];
      if (!spec) return null;
      let near = fromLastFull(ctx.state, spec.delta, ctx.headTense());
      // 去年11月15日… 习近平前一天（30日）抵达: a count from the text's date that misses the bracket's day while the
      // count from the article's own day hits it counts from the article's day (the text's date was a recall).
      const d = d1 === undefined ? null : parseNumber(d1);
      const own = ctx.state.anchor ? addDays(ctx.state.anchor, spec.delta) : null;
      const hits = (iso: string | null | undefined): boolean => !!iso && Number(iso.slice(8, 10)) === d;
      if (near && own && !hits(near.value) && hits(own)) near = { value: own, anchor: anchorKindOf(ctx.state) };
      // 峰会开幕前一天（29日） after 10月6日…: a count that misses the bracket's day by days counts from something
      // unwritten (the summit's opening); the bracket is then a bare day of the text's month.
      const close = near && d !== null ? nearestDayOfMonth(near.value, d) : null;
      if (near && (!close || Math.abs(daysBetween(near.value, close)) > MAX_BRACKET_MISS)) near = null;
      const r = bracketed(ctx, near?.value ?? null, undefined, d1);
      return r && near && r.from ? { ...r, anchor: near.anchor } : r;
    },
  },
  {
    // 下周一至周三 · 周二到周四
    name: "weekday-range",
    pattern: `(?=[上下本这這周週星礼禮])(?<![每一二三两兩几幾数數多个個])(上|下|本|这|這)?(?:个|個)?${WEEK}${WEEKDAY}${SP}(?:至|到|[-－—–~～])${SP}(?:${WEEK})?${WEEKDAY}`,
    resolve([which, wd1, wd2], ctx) {
      const a = wd1 === undefined ? undefined : WEEKDAY_INDEX[wd1];
      const b = wd2 === undefined ? undefined : WEEKDAY_INDEX[wd2];
      if (a === undefined || b === undefined || b <= a) return null;
      const start = resolveWeekday(ctx.state, a, which ?? "", ctx.headTense() ?? "past");
      if (!start) return { ...UNRESOLVED, range: true };
      return dayRange(start, addDays(start, b - a), anchorKindOf(ctx.state));
    },
  },
  {
    // 星期三 · 周五 · 週五 · 礼拜五 · 上周五 · 下星期一
    name: "weekday",
    pattern: `(?=[上下本这這周週星礼禮])(?<![每一二三两兩几幾数數多个個])(上|下|本|这|這)?(?:个|個)?${WEEK}${WEEKDAY}(?![次年期])`,
    resolve([which, wd], ctx) {
      const w = wd === undefined ? undefined : WEEKDAY_INDEX[wd];
      if (w === undefined) return null;
      // 不出席周五开幕的APEC会议 (a Thursday article): a scheduled opening is the coming one.
      const opening = !which && OPENING.test(ctx.textAfter(4)) && ctx.clauseTense() !== "past";
      const iso = resolveWeekday(ctx.state, w, which ?? "", opening ? "future" : (ctx.headTense() ?? "past"));
      return iso ? daySpan(iso, anchorKindOf(ctx.state)) : UNRESOLVED;
    },
  },
  {
    // 王毅在26日与27日两天分别与布林肯、沙利文会晤 · 于16-17日 · 王毅16至17日在马耳他
    name: "day-range",
    pattern: `${STARTS_DAY}(?:${DAY_CONTEXT}|${NOT_COUNT_BEFORE})${NO_DIGIT_BEFORE}${DAY_STRICT}${SP}(${DAY_UNIT})?${SP}${CONNECT}${SP}${DAY_STRICT}${SP}${DAY_UNIT}(?:${DAY_COUNT_TAIL})?`,
    writesMonth: false,
    resolve([d1, , , d2], ctx) {
      const a = d1 === undefined ? null : parseNumber(d1);
      const b = d2 === undefined ? null : parseNumber(d2);
      if (a === null || b === null || b <= a || b > 31) return null;
      const start = resolveBareDay(ctx.state, a, ctx.clauseTense);
      if (!start) return { ...UNRESOLVED, range: true };
      return dayRange(start.value, addDays(start.value, b - a), start.anchor);
    },
  },
  {
    // 3日，美财长耶伦… · 于当地时间26日 · 在24日 · 拜登15日在加州与习近平会晤 · 王毅26日表示
    name: "day",
    pattern: `${STARTS_DAY}(?:${DAY_CONTEXT}|${NOT_COUNT_BEFORE}(?=${withoutCaptures(DAY_STRICT)}${SP}${DAY_UNIT}${DAY_VERB_AFTER}))${DAY_STRICT}${SP}${DAY_UNIT}(?![内內间間])`,
    resolve([d1], ctx) {
      const d = d1 === undefined ? null : parseNumber(d1);
      if (d === null || d < 1 || d > 31) return null;
      const r = resolveBareDay(ctx.state, d, ctx.clauseTense);
      return r ? daySpan(r.value, r.anchor) : UNRESOLVED;
    },
  },
];
