// Rules for days and weeks relative to the anchor or the text: 昨天, 前一天, 同一天, 十天前, 41天后, 上周.
import { addDays, addMonths, parseIso, weekdayOf } from "./calendar.ts";
import { APPROX_FROM_DAYS, approxWindow, monthsBack } from "./rules-approx.ts";
import { anchorKindOf } from "./anchor.ts";
import { fromLastFull } from "./anchor-relative.ts";
import { parseNumber } from "./numerals.ts";
import { COUNT, SP } from "./patterns.ts";
import { daySpan, unresolved, wholeMonth, wholeYear } from "./spans.ts";
import type { AnchorState, MatchContext, Resolved, TimeRule } from "./types.ts";
import { DAY_WORDS, DAY_WORD_SOURCE, EVENING } from "./day-words.ts";

/** 稍早 / 早些时候 / 稍后 after 当天: "earlier (later) that day", said of the story's own day. */
const SAME_DAY_AGAIN = /^(?:稍早|稍晚|稍后|稍後|早些时候|早些時候|晚些时候|晚些時候|较早时|較早時|较早前|較早前)/;

/**
 * 他12日抵达上海……据报导，他当天稍早还与李强会晤: after a recap went back before the story's day, 当天稍早
 * returns to that day (the text's first narrative day). Null otherwise.
 */
function storyDay(ctx: MatchContext, delta: number): string | null {
  const { leadDay, lastFull } = ctx.state;
  if (delta !== 0 || !leadDay || !lastFull || lastFull >= leadDay) return null;
  return SAME_DAY_AGAIN.test(ctx.textAfter(4)) ? leadDay : null;
}

/** The text's last date for a narrative 三天后，/一个月后，: the last full date, or the last month for months. */
function textBase(state: AnchorState, precision: Resolved["precision"]): string | null {
  if (precision === "day") return state.lastFull;
  return state.lastMonth ? `${state.lastMonth}-01` : state.lastFull;
}

/** Relative day and week rules. */
export const RELATIVE_DAY_RULES: readonly TimeRule[] = [
  {
    // 十天前 · 3天前 · 两周前 · 41天后美国主办… (not 为期41天, 持续41天后);
    // 三天后，/一个月后， at a clause start count from the text's last date instead.
    name: "days-from-anchor",
    pattern: `(?=[0-9０-９一二两兩三四五六七八九十])(?<![0-9０-９一二三四五六七八九十两兩几幾数數多]|为期|為期|持续|持續|历时|歷時|长达|長達|经过|經過|达|達|共|约|約|近|超过|超過|逾)${COUNT}${SP}(天|周|週|星期|个星期|個星期|个月|個月|年)(?:之)?(前(?![往夕线線])|以前|后(?![果续續者])|後(?![果续續者])|以后|以後)(?=([，,]?))`,
    resolve([n1, unit, dir, comma], ctx) {
      const n = n1 === undefined ? null : parseNumber(n1);
      if (n === null || unit === undefined || dir === undefined) return null;
      const sign = /前/.test(dir) ? -1 : 1;
      const precision = unit.endsWith("月") ? "month" : unit === "年" ? "year" : "day";
      // 三天后，/ 一个月后，opening a clause tells a story: it counts from the text's last date
      // (and from nothing when there is none); 3天前，counts back from the anchor like any 前.
      const narrative = comma !== undefined && comma !== "" && sign > 0;
      // 访华一个月后 / 会晤三天后: from that event's day when the text dated it, else from nothing.
      const named = ctx.namedEventDay();
      if (!named && ctx.afterEvent()) return unresolved(precision);
      const fromText = named ?? (narrative ? textBase(ctx.state, precision) : null);
      if (narrative && !fromText) return unresolved(precision);
      const base = fromText ?? ctx.state.anchor;
      const a = parseIso(base);
      if (!a || !base) return unresolved(precision);
      const anchor = fromText ? "text" : anchorKindOf(ctx.state);
      if (precision === "month") {
        // 一个月前 from the anchor: about that day, a week either way (month precision).
        if (sign < 0 && !fromText) return monthsBack(base, n, anchor);
        const ym = addMonths(a.y, a.m, sign * n);
        return wholeMonth(ym.y, ym.m, anchor);
      }
      if (precision === "year") return wholeYear(a.y + sign * n, anchor);
      const days = unit === "天" ? n : n * 7;
      // 十天前 · 两周前: a round count back from the anchor is approximate: a few days around it.
      if (sign < 0 && !fromText && days >= APPROX_FROM_DAYS) return approxWindow(base, -days - 3, -days + 1, anchor);
      return daySpan(addDays(base, sign * days), anchor);
    },
  },
  {
    // 昨天 · 今日 · 前天 · 同一天 · 前一天 · 次日 · 翌日 · 当天
    name: "day-word",
    // not 今日美国 (USA Today), 前天津市长 (a former Tianjin mayor), 同日本外相 (with Japan's minister)
    // nor 目前天然气, 提前一天, 如今天下, 不同日期
    pattern: `(?=[大今昨明前后後当當同头頭次翌隔第])(?<![目之提如不相共认認最])(${DAY_WORD_SOURCE})(?!美国|美國|俄罗斯|俄羅斯|头条|頭條|关注|關注|说法|說法|亚洲|亞洲|津|本)`,
    resolve([word], ctx) {
      const spec = word === undefined ? undefined : DAY_WORDS[word];
      if (!spec) return null;
      if (spec.from === "text") {
        // 习近平则在会晤当天抵达釜山: the day of the 会晤 the text dated, not of the last sentence.
        const named = ctx.namedEventDay() ?? (EVENING.has(word ?? "") ? ctx.state.lastEvening : null) ?? storyDay(ctx, spec.delta);
        if (named) return daySpan(addDays(named, spec.delta), "text");
        // 朴槿惠9月出席阅兵，并在阅兵前一天与习近平会面: an undated event of a month written after the last
        // full date counts from no older day.
        if (ctx.namesEvent() && ctx.state.monthAfterFull === true && ctx.state.monthInSentence === true) return unresolved("day");
        const r = fromLastFull(ctx.state, spec.delta, ctx.headTense());
        return r ? daySpan(r.value, r.anchor) : unresolved("day");
      }
      if (!ctx.state.anchor) return unresolved("day");
      return daySpan(addDays(ctx.state.anchor, spec.delta), anchorKindOf(ctx.state));
    },
  },
  {
    // 上周 · 本周 · 下周 · 上星期 · 这个星期 · 上周末 · 周末 (not 复活节周末, 4月1日的周末)
    name: "relative-week",
    pattern: `(上|下|本|这|這)(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天七1-7期年边邊围圍刊报報])(末)?|(?=[周週])(?<![每的节節])(?:周|週)(末)`,
    resolve([which, weekend1, weekend2], ctx) {
      const weekend = weekend1 ?? weekend2;
      if (!ctx.state.anchor) return unresolved("day");
      const aw = weekdayOf(ctx.state.anchor);
      let monday = addDays(ctx.state.anchor, -aw);
      if (which === "上") monday = addDays(monday, -7);
      if (which === "下") monday = addDays(monday, 7);
      if (!which && weekend && aw < 5 && ctx.tense() !== "future") monday = addDays(monday, -7);
      const from = weekend ? addDays(monday, 5) : monday;
      return { from, to: addDays(monday, 6), precision: "day", anchor: anchorKindOf(ctx.state), week: true };
    },
  },
];
