// Rules for dates relative to the anchor or to the text: 昨天, 前一天, 十天前, 上周, 本月晚些时候, 去年11月.
import { addDays, addMonths, isoDay, monthSpan, parseIso, weekdayOf } from "./calendar.ts";
import { anchorKindOf, fromLastFull } from "./anchor.ts";
import { parseNumber } from "./numerals.ts";
import { COUNT, DAY, DAY_UNIT, MONTH, MONTH_PART, SEASON, SP } from "./patterns.ts";
import { daySpan, monthPart, seasonSpan, wholeMonth, wholeYear, yearPart } from "./spans.ts";
import type { AnchorState, MatchContext, Resolved, TimeRule } from "./types.ts";

/** Day words: offset in days and what they count from (the anchor, or the text's last full date). */
export const DAY_WORDS: Readonly<Record<string, { delta: number; from: "anchor" | "text" }>> = {
  大前天: { delta: -3, from: "anchor" }, 大后天: { delta: 3, from: "anchor" }, 大後天: { delta: 3, from: "anchor" },
  今天: { delta: 0, from: "anchor" }, 今日: { delta: 0, from: "anchor" }, 今晚: { delta: 0, from: "anchor" },
  今早: { delta: 0, from: "anchor" }, 今晨: { delta: 0, from: "anchor" },
  昨天: { delta: -1, from: "anchor" }, 昨日: { delta: -1, from: "anchor" }, 昨晚: { delta: -1, from: "anchor" },
  昨晨: { delta: -1, from: "anchor" }, 明天: { delta: 1, from: "anchor" }, 明日: { delta: 1, from: "anchor" },
  明晚: { delta: 1, from: "anchor" }, 前天: { delta: -2, from: "anchor" }, 后天: { delta: 2, from: "anchor" },
  後天: { delta: 2, from: "anchor" },
  当天: { delta: 0, from: "text" }, 當天: { delta: 0, from: "text" }, 当日: { delta: 0, from: "text" },
  當日: { delta: 0, from: "text" }, 同一天: { delta: 0, from: "text" }, 同一日: { delta: 0, from: "text" },
  同日: { delta: 0, from: "text" }, 同天: { delta: 0, from: "text" }, 当晚: { delta: 0, from: "text" },
  當晚: { delta: 0, from: "text" }, 前一天: { delta: -1, from: "text" }, 前一日: { delta: -1, from: "text" },
  头一天: { delta: -1, from: "text" }, 頭一天: { delta: -1, from: "text" }, 次日: { delta: 1, from: "text" },
  翌日: { delta: 1, from: "text" }, 隔天: { delta: 1, from: "text" }, 隔日: { delta: 1, from: "text" },
  第二天: { delta: 1, from: "text" }, 后一天: { delta: 1, from: "text" }, 後一天: { delta: 1, from: "text" },
  次晨: { delta: 1, from: "text" },
};
const DAY_WORD_SOURCE = Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length).join("|");

const YEAR_OFFSETS: Readonly<Record<string, number>> = {
  今年: 0, 去年: -1, 明年: 1, 前年: -2, 后年: 2, 後年: 2,
};
const REL_YEAR = "(今年|去年|明年|前年|后年|後年|同年)";
const LATER = /晚|稍后|稍後/;
const EARLIER = /早/;

function anchorYmd(state: AnchorState) {
  return parseIso(state.anchor);
}

/** The text's last date for a narrative 三天后，/一个月后，: the last full date, or the last month for months. */
function textBase(state: AnchorState, precision: Resolved["precision"]): string | null {
  if (precision === "day") return state.lastFull;
  return state.lastMonth ? `${state.lastMonth}-01` : state.lastFull;
}

/** The year a 今年/去年/同年 word names, with its anchor kind. */
function relYear(ctx: MatchContext, word: string): { y: number; anchor: Resolved["anchor"] } | null {
  if (word === "同年") {
    const text = ctx.state.lastFull ?? (ctx.state.lastMonth ? `${ctx.state.lastMonth}-01` : null);
    const p = parseIso(text);
    return p ? { y: p.y, anchor: "text" } : null;
  }
  const a = anchorYmd(ctx.state);
  const off = YEAR_OFFSETS[word];
  return a && off !== undefined ? { y: a.y + off, anchor: anchorKindOf(ctx.state) } : null;
}

/** The month 本月/上个月/当月 names. */
function relMonth(ctx: MatchContext, word: string): { y: number; m: number; anchor: Resolved["anchor"] } | null {
  if (/[当當同]/.test(word) && ctx.state.lastMonth) {
    const p = parseIso(`${ctx.state.lastMonth}-01`);
    if (p) return { y: p.y, m: p.m, anchor: "text" };
  }
  const a = anchorYmd(ctx.state);
  if (!a) return null;
  const k = word.startsWith("上") ? -1 : word.startsWith("下") ? 1 : 0;
  return { ...addMonths(a.y, a.m, k), anchor: anchorKindOf(ctx.state) };
}

const UNRESOLVED = (precision: Resolved["precision"]): Resolved => ({ from: null, to: null, precision, anchor: "none" });

/** Relative rules, most specific first. */
export const RELATIVE_RULES: readonly TimeRule[] = [
  {
    // 去年11月 · 今年6月 · 去年10月26日 · 今年9月中旬
    name: "relative-year-month",
    pattern: `${REL_YEAR}${SP}${MONTH}${SP}月(?:${SP}${DAY}${SP}${DAY_UNIT}|份)?${MONTH_PART}?`,
    writesMonth: true,
    resolve([word, m1, d1, part], ctx) {
      const m = m1 === undefined ? null : parseNumber(m1);
      if (m === null || m < 1 || m > 12 || word === undefined) return null;
      const y = relYear(ctx, word);
      if (!y) return UNRESOLVED(d1 ? "day" : "month");
      if (d1 !== undefined) return daySpan(isoDay(y.y, m, parseNumber(d1) ?? 0), y.anchor);
      return part ? monthPart(y.y, m, part, y.anchor) : wholeMonth(y.y, m, y.anchor);
    },
  },
  {
    // 今年夏天 · 去年冬天 · 今年年内 · 今年年底 · 明年上半年 · 去年
    name: "relative-year",
    pattern: `${REL_YEAR}(?:${SP}(年初(?![步次])|年中(?=$|[，,。；;、）)\\s])|年底|年末|上半年|下半年|年内|年內|内|內|底|初(?![步次]))|${SP}${SEASON})?`,
    resolve([word, part, season], ctx) {
      if (word === undefined) return null;
      const y = relYear(ctx, word);
      if (!y) return UNRESOLVED(season || (part && !/内|內/.test(part)) ? "season" : "year");
      if (season) return seasonSpan(y.y, season, y.anchor);
      if (part && /内|內/.test(part)) {
        // 今年年内: from the anchor day to the end of the year.
        const start = word === "今年" && ctx.state.anchor ? ctx.state.anchor : `${y.y}-01-01`;
        return { from: start, to: `${y.y}-12-31`, precision: "year", anchor: y.anchor };
      }
      if (part) return yearPart(y.y, part.startsWith("年") || part.length > 1 ? part : `年${part}`, y.anchor);
      return wholeYear(y.y, y.anchor);
    },
  },
  {
    // 本月晚些时候 · 本月稍晚 · 上个月 · 下个月 · 本月底 · 当月 · 本月26日
    name: "relative-month",
    pattern: `(上|下|本|这|這|当|當|同)(?:个|個)?月(?:份)?(?:(晚些时候|晚些時候|稍晚|稍后|稍後|晚些|早些时候|早些時候|稍早)|${MONTH_PART}|${DAY}${SP}${DAY_UNIT})?`,
    writesMonth: true,
    resolve([word, late, part, d1], ctx) {
      if (word === undefined) return null;
      const rm = relMonth(ctx, word);
      if (!rm) return UNRESOLVED(late || part ? "part-of-month" : d1 ? "day" : "month");
      if (d1 !== undefined) return daySpan(isoDay(rm.y, rm.m, parseNumber(d1) ?? 0), rm.anchor);
      if (part) return monthPart(rm.y, rm.m, part, rm.anchor);
      if (late) return laterOrEarlier(ctx, rm, late);
      return wholeMonth(rm.y, rm.m, rm.anchor);
    },
  },
  {
    // 上旬 · 下旬 · 月初 · 月中 · 月底 · 月末 (of the text's month, else the anchor's)
    name: "month-part",
    pattern: `(?=[上中下月])(?<![0-9０-９一二三四五六七八九十本这這上下当當同个個份])(上旬|中旬|下旬|月初|月中(?=$|[，,。；;、）)\\s])|月底|月末)`,
    resolve([part], ctx) {
      if (part === undefined) return null;
      const rm = relMonth(ctx, "当");
      return rm ? monthPart(rm.y, rm.m, part, rm.anchor) : UNRESOLVED("part-of-month");
    },
  },
  {
    // 十天前 · 3天前 · 两周前 · 41天后美国主办… (not 为期41天, 持续41天后);
    // 一个月后，… at a clause start counts from the text's last date instead.
    name: "days-from-anchor",
    pattern: `(?=[0-9０-９一二两兩三四五六七八九十])(?<![0-9０-９一二三四五六七八九十两兩几幾数數多]|为期|為期|持续|持續|历时|歷時|长达|長達|经过|經過|达|達|共|约|約|近|超过|超過|逾)${COUNT}${SP}(天|周|週|星期|个星期|個星期|个月|個月|年)(?:之)?(前(?![往夕线線])|以前|后(?![果续續者])|後(?![果续續者])|以后|以後)(?=([，,]?))`,
    resolve([n1, unit, dir, comma], ctx) {
      const n = n1 === undefined ? null : parseNumber(n1);
      if (n === null || unit === undefined || dir === undefined) return null;
      const sign = /前/.test(dir) ? -1 : 1;
      const precision = unit.endsWith("月") ? "month" : unit === "年" ? "year" : "day";
      const fromText = comma ? textBase(ctx.state, precision) : null;
      const base = fromText ?? ctx.state.anchor;
      const a = parseIso(base);
      if (!a || !base) return UNRESOLVED(precision);
      const anchor = fromText ? "text" : anchorKindOf(ctx.state);
      if (precision === "month") {
        const ym = addMonths(a.y, a.m, sign * n);
        return wholeMonth(ym.y, ym.m, anchor);
      }
      if (precision === "year") return wholeYear(a.y + sign * n, anchor);
      const days = unit === "天" ? n : n * 7;
      return daySpan(addDays(base, sign * days), anchor);
    },
  },
  {
    // 昨天 · 今日 · 前天 · 同一天 · 前一天 · 次日 · 翌日 · 当天
    name: "day-word",
    // not 今日美国 (USA Today), 前天津市长 (a former Tianjin mayor), 同日本外相 (with Japan's minister)
    pattern: `(${DAY_WORD_SOURCE})(?!美国|美國|俄罗斯|俄羅斯|头条|頭條|关注|關注|说法|說法|亚洲|亞洲|津|本)`,
    resolve([word], ctx) {
      const spec = word === undefined ? undefined : DAY_WORDS[word];
      if (!spec) return null;
      if (spec.from === "text") {
        const r = fromLastFull(ctx.state, spec.delta);
        return r ? daySpan(r.value, r.anchor) : UNRESOLVED("day");
      }
      if (!ctx.state.anchor) return UNRESOLVED("day");
      return daySpan(addDays(ctx.state.anchor, spec.delta), anchorKindOf(ctx.state));
    },
  },
  {
    // 上周 · 本周 · 下周 · 上星期 · 这个星期 · 上周末 · 周末
    name: "relative-week",
    pattern: `(上|下|本|这|這)(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天七1-7期年边邊围圍刊报報])(末)?|(?=[周週])(?<![每])(?:周|週)(末)`,
    resolve([which, weekend1, weekend2], ctx) {
      const weekend = weekend1 ?? weekend2;
      if (!ctx.state.anchor) return UNRESOLVED("day");
      const aw = weekdayOf(ctx.state.anchor);
      let monday = addDays(ctx.state.anchor, -aw);
      if (which === "上") monday = addDays(monday, -7);
      if (which === "下") monday = addDays(monday, 7);
      if (!which && weekend && aw < 5 && ctx.tense() !== "future") monday = addDays(monday, -7);
      const from = weekend ? addDays(monday, 5) : monday;
      return { from, to: addDays(monday, 6), precision: "day", anchor: anchorKindOf(ctx.state), week: true };
    },
  },
  {
    // 春季 · 夏天 (the anchor's year; the last one for a past sentence naming a later season)
    name: "season",
    pattern: `(?=[春夏秋冬])(?<![今去明前后後同年])${SEASON}`,
    resolve([season], ctx) {
      const a = anchorYmd(ctx.state);
      if (!a || season === undefined) return UNRESOLVED("season");
      let y = a.y;
      if (season === "冬" && a.m <= 2) y -= 1;
      const span = seasonSpan(y, season, anchorKindOf(ctx.state));
      if (span?.from && ctx.state.anchor && span.from > ctx.state.anchor && ctx.tense() === "past") {
        return seasonSpan(y - 1, season, anchorKindOf(ctx.state));
      }
      return span;
    },
  },
  {
    // 年内 · 年底 · 年初 · 下半年 (of the anchor's year; not 三年内, 每年年底)
    name: "year-part",
    pattern: `(?=[年上下])(?<![0-9０-９〇零一二三四五六七八九十两兩几幾多数數今去明前后後同当當每近年])(年内|年內|年底|年末|年初(?![步次])|上半年|下半年)`,
    resolve([part], ctx) {
      const a = anchorYmd(ctx.state);
      if (!a || part === undefined || !ctx.state.anchor) return UNRESOLVED(/内|內/.test(part ?? "") ? "year" : "season");
      const anchor = anchorKindOf(ctx.state);
      if (/内|內/.test(part)) return { from: ctx.state.anchor, to: `${a.y}-12-31`, precision: "year", anchor };
      return yearPart(a.y, part, anchor);
    },
  },
];

/** 本月晚些时候: from the day after the anchor to the month's end; 本月稍早: from the 1st to the day before. */
function laterOrEarlier(ctx: MatchContext, rm: { y: number; m: number; anchor: Resolved["anchor"] }, word: string): Resolved | null {
  const span = monthSpan(rm.y, rm.m);
  const a = ctx.state.anchor;
  const inMonth = a !== null && a >= span.from && a <= span.to;
  if (LATER.test(word)) {
    const from = inMonth ? (a < span.to ? addDays(a, 1) : a) : isoDay(rm.y, rm.m, 16);
    return { from, to: span.to, precision: "part-of-month", anchor: rm.anchor };
  }
  if (EARLIER.test(word)) {
    const to = inMonth ? (a > span.from ? addDays(a, -1) : a) : isoDay(rm.y, rm.m, 15);
    return { from: span.from, to, precision: "part-of-month", anchor: rm.anchor };
  }
  return null;
}
