// Rules for a span between two parts of months: 8月底至9月初 · 去年10月底至11月初 · 2016年2月下旬到3月上旬.
import { monthSpan } from "./calendar.ts";
import { yearOfMonth } from "./anchor.ts";
import { parseNumber } from "./numerals.ts";
import { MONTH, MONTH_PART, NO_DIGIT_BEFORE, SP, STARTS_NUMBER, YEAR } from "./patterns.ts";
import { monthPair } from "./rules-month-range.ts";
import { REL_YEAR, relYear } from "./rules-years.ts";
import { monthPart } from "./spans.ts";
import type { MatchContext, Resolved, TimeRule } from "./types.ts";

/** The year of the first month and its anchor kind: written, relative (去年) or as for a month alone. */
function firstYear(ctx: MatchContext, y1: string | undefined, word: string | undefined, m: number) {
  if (y1 !== undefined) {
    const y = parseNumber(y1);
    return y !== null && y >= 1800 && y <= 2100 ? { value: y, anchor: "absolute" as const } : null;
  }
  if (word !== undefined) {
    const r = relYear(ctx, word);
    return r ? { value: r.y, anchor: r.anchor } : null;
  }
  return yearOfMonth(ctx.state, m, ctx.tense);
}

/** Part-of-month ranges; they run before the single-month rules so that 9月初 inherits 8月底's year. */
export const PART_RANGE_RULES: readonly TimeRule[] = [
  {
    // 8月底至9月初 · 去年8月底至9月初 · 2016年10月底到11月初 · 今年2月下旬至3月
    name: "month-part-range",
    pattern:
      `(?:${STARTS_NUMBER}${NO_DIGIT_BEFORE}(?:${YEAR}${SP}年${SP})?|${REL_YEAR}(?:${SP}的)?${SP})` +
      `${MONTH}${SP}月${SP}${MONTH_PART}${SP}(?:至|到|[-－—–~～])${SP}${MONTH}${SP}月${SP}${MONTH_PART}?`,
    writesMonth: true,
    explicit: "month",
    resolve([y1, word, m1, p1, m2, p2], ctx): Resolved | null {
      // Within three months (10月底至11月初 · 12月下旬至1月上旬), as for two listed months.
      const pair = monthPair(m1, m2);
      if (!pair || p1 === undefined) return null;
      const [a, b] = pair;
      const y = firstYear(ctx, y1, word, a);
      if (!y) return { from: null, to: null, precision: "part-of-month", range: true, anchor: "none" };
      const yb = b > a ? y.value : y.value + 1;
      const from = monthPart(y.value, a, p1, y.anchor)?.from ?? null;
      const to = p2 === undefined ? monthSpan(yb, b).to : (monthPart(yb, b, p2, y.anchor)?.to ?? null);
      return from && to ? { from, to, precision: "part-of-month", range: true, anchor: y.anchor } : null;
    },
  },
];
