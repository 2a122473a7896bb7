// Rules for years relative to the anchor: 今年夏天, 去年11月, 今年年内, 明年上半年, 春季, 年底.
import { addDays, isoDay, parseIso } from "./calendar.ts";
import { anchorKindOf } from "./anchor.ts";
import { parseNumber } from "./numerals.ts";
import { CONNECT, DAY, DAY_COUNT_TAIL, DAY_UNIT, MONTH, MONTH_PART, SEASON, SP } from "./patterns.ts";
import { daySpan, monthDayRange, monthPart, seasonSpan, unresolved, wholeMonth, wholeYear, yearPart } from "./spans.ts";
import type { MatchContext, Resolved, TimeRule } from "./types.ts";

const YEAR_OFFSETS: Readonly<Record<string, number>> = {
  今年: 0, 去年: -1, 明年: 1, 前年: -2, 后年: 2, 後年: 2,
};
// Years counted from the text's last written year: 2019年……同年11月 · 翌年 · 次年 · 前一年.
const TEXT_YEAR_OFFSETS: Readonly<Record<string, number>> = {
  同年: 0, 同一年: 0, 当年: 0, 當年: 0, 翌年: 1, 次年: 1, 第二年: 1, 前一年: -1,
};
/** 今年 · 去年 · 同年 … (not 目前年产量, 如今年轻人, 失去年轻选民, 不同年龄, 充当年轻人). */
export const REL_YEAR =
  "(?=[今去明前后後同当當翌次第])(?<![目之此如失过過不相共认認充每适適])" +
  "(今年|去年|明年|前年|后年|後年|同一年|同年|当年|當年|翌年|次年|第二年|前一年)(?![轻輕龄齡纪紀级級代度])";

/** The year a 今年/去年/同年 word names, with its anchor kind. */
export function relYear(ctx: MatchContext, word: string): { y: number; anchor: Resolved["anchor"] } | null {
  const fromText = TEXT_YEAR_OFFSETS[word];
  if (fromText !== undefined) {
    const { lastExplicit, lastFull, lastMonth } = ctx.state;
    const text = lastExplicit ?? lastFull ?? lastMonth;
    const y = text ? Number(text.slice(0, 4)) : NaN;
    return Number.isFinite(y) ? { y: y + fromText, anchor: "text" } : null;
  }
  const a = parseIso(ctx.state.anchor);
  const off = YEAR_OFFSETS[word];
  return a && off !== undefined ? { y: a.y + off, anchor: anchorKindOf(ctx.state) } : null;
}

/** Relative-year rules, most specific first. */
export const YEAR_RULES: readonly TimeRule[] = [
  {
    // 今年1月7日至10日 · 去年6月12日到14日 · 去年12月30日至1月2日: one range, so a day inside it keeps its month.
    name: "relative-year-month-day-range",
    pattern: `${REL_YEAR}(?:${SP}的)?${SP}${MONTH}${SP}月${SP}${DAY}${SP}(?:${DAY_UNIT})?${SP}${CONNECT}${SP}(?:${MONTH}${SP}月${SP})?${DAY}${SP}${DAY_UNIT}(?:${DAY_COUNT_TAIL})?`,
    writesMonth: true,
    explicit: "month",
    resolve([word, m1, d1, , m2, d2], ctx) {
      const m = m1 === undefined ? null : parseNumber(m1);
      const d = d1 === undefined ? null : parseNumber(d1);
      const e = d2 === undefined ? null : parseNumber(d2);
      if (m === null || d === null || e === null || m < 1 || m > 12 || word === undefined) return null;
      const y = relYear(ctx, word);
      if (!y) return { from: null, to: null, precision: "day", range: true, anchor: "none" };
      return monthDayRange(y.y, m, d, m2 === undefined ? null : parseNumber(m2), e, y.anchor);
    },
  },
  {
    // 去年11月 · 今年6月 · 去年10月26日 · 今年9月中旬 · 去年的6月12日
    name: "relative-year-month",
    pattern: `${REL_YEAR}(?:${SP}的)?${SP}${MONTH}${SP}月(?:${SP}${DAY}${SP}${DAY_UNIT}|份)?${MONTH_PART}?`,
    writesMonth: true,
    explicit: "month",
    resolve([word, m1, d1, part], ctx) {
      const m = m1 === undefined ? null : parseNumber(m1);
      if (m === null || m < 1 || m > 12 || word === undefined) return null;
      const y = relYear(ctx, word);
      if (!y) return unresolved(d1 ? "day" : "month");
      if (d1 !== undefined) return daySpan(isoDay(y.y, m, parseNumber(d1) ?? 0), y.anchor);
      return part ? monthPart(y.y, m, part, y.anchor) : wholeMonth(y.y, m, y.anchor);
    },
  },
  {
    // 今年夏天 · 去年冬天 · 今年年内 · 今年年底 · 明年上半年 · 今年晚些时候 · 去年
    name: "relative-year",
    explicit: "year",
    pattern: `${REL_YEAR}(?:${SP}(年初(?![步次])|年中(?=$|[，,。；;、）)\\s])|年底|年末|上半年|下半年|年内|年內|内|內|底|初(?![步次]))|${SP}${SEASON}|(晚些时候|晚些時候|稍晚|稍后|稍後|早些时候|早些時候|稍早))?`,
    resolve([word, part, season, late], ctx) {
      if (word === undefined) return null;
      const y = relYear(ctx, word);
      if (!y) return unresolved(season || (part && !/内|內/.test(part)) ? "season" : "year");
      if (season) return seasonSpan(y.y, season, y.anchor);
      const a = ctx.state.anchor;
      if (late && word === "今年" && a) {
        // 今年晚些时候: the day after the anchor to Dec 31; 今年稍早: Jan 1 to the day before.
        if (/早/.test(late)) return { from: `${y.y}-01-01`, to: a.endsWith("01-01") ? a : addDays(a, -1), precision: "year", anchor: y.anchor };
        return { from: a.endsWith("12-31") ? a : addDays(a, 1), to: `${y.y}-12-31`, precision: "year", anchor: y.anchor };
      }
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
    // 春季 · 夏天 (the anchor's year; the last one for a past sentence naming a later season)
    name: "season",
    pattern: `(?=[春夏秋冬])(?<![今去明前后後同年])${SEASON}(?![奥奧]|达沃斯|達沃斯|运动|運動)`,
    resolve([season], ctx) {
      const a = parseIso(ctx.state.anchor);
      if (!a || season === undefined) return unresolved("season");
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
      const a = parseIso(ctx.state.anchor);
      if (!a || part === undefined || !ctx.state.anchor) return unresolved(/内|內/.test(part ?? "") ? "year" : "season");
      // 双方去年9月会谈时同意在年底前…: a month written earlier in the sentence names the year (the
      // next one for a part already past by that month: 去年11月…邀请他年初访美 is this year's start).
      const last = ctx.state.monthInSentence === true ? ctx.state.lastMonth : null;
      const past = last !== null && /初|上半/.test(part) && Number(last.slice(5, 7)) > (part === "年初" ? 3 : 6);
      const written = last ? Number(last.slice(0, 4)) + (past ? 1 : 0) : a.y;
      if (written !== a.y) return /内|內/.test(part) ? { from: `${last}-01`, to: `${written}-12-31`, precision: "year", anchor: "text" } : yearPart(written, part, "text");
      const anchor = anchorKindOf(ctx.state);
      if (/内|內/.test(part)) return { from: ctx.state.anchor, to: `${a.y}-12-31`, precision: "year", anchor };
      return yearPart(a.y, part, anchor);
    },
  },
];
