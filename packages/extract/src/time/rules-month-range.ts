// Rules for two months written as one span: 7、8月间 · 7至8月 · 七八月份 · 2023年7-8月 · 去年7、8月间.
import { monthSpan } from "./calendar.ts";
import { yearOfMonth } from "./anchor.ts";
import { parseNumber } from "./numerals.ts";
import { MONTH, NO_DIGIT_BEFORE, SP, STARTS_NUMBER, YEAR } from "./patterns.ts";
import { REL_YEAR, relYear } from "./rules-years.ts";
import type { MatchContext, Resolved, TimeRule } from "./types.ts";

/** The first month's number, then a joiner, then the second month with 月: 7、8月 · 7至8月 · 七八月 (no joiner: numerals only). */
const TWO_MONTHS = `(?:${MONTH}${SP}(?:、|，|,|至|到|或|[-－—–~～])${SP}${MONTH}|([一二三四五六七八九]|十[一二]?)([二三四五六七八九]|十[一二]?))${SP}月(?:份)?(?:间|間|期间|期間)?`;
/** Not after a digit, a numeral, 第 or a count word (第7、8月, 每7至8月). */
const NOT_AFTER = "(?<![0-9０-９一二三四五六七八九十两兩个個几幾数數多第上下本这這每])";
/** The longest span two listed months may cover (7、8月 · 11至1月 across the new year). */
const MAX_MONTHS = 4;

/**
 * The two month numbers of a match (first and second written, or the two numerals of 七八月), or null when they
 * are no span (8、7月, 1至12月). Also used by the part-of-month ranges (8月底至9月初).
 */
export function monthPair(a1?: string, b1?: string, a2?: string, b2?: string): [number, number] | null {
  const a = parseNumber(a1 ?? a2 ?? "");
  const b = parseNumber(b1 ?? b2 ?? "");
  if (a === null || b === null || a < 1 || a > 12 || b < 1 || b > 12 || a === b) return null;
  const span = b > a ? b - a : b + 12 - a;
  return span < MAX_MONTHS ? [a, b] : null;
}

/** From the first month of year y to the end of the second (the next year's when it is smaller). */
function span(y: number, [a, b]: [number, number], anchor: Resolved["anchor"]): Resolved {
  return { from: monthSpan(y, a).from, to: monthSpan(b > a ? y : y + 1, b).to, precision: "month", range: true, anchor };
}

/** Month-span rules; they run before the single-month rules so that 7、8月 is not read as August. */
export const MONTH_RANGE_RULES: readonly TimeRule[] = [
  {
    // 2023年7、8月间 · 2019年7至8月 · 二〇二三年七八月
    name: "year-month-range",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}${YEAR}${SP}年${SP}${TWO_MONTHS}`,
    writesMonth: true,
    explicit: "month",
    resolve([y1, a1, b1, a2, b2]) {
      const y = parseNumber(y1 ?? "");
      const m = monthPair(a1, b1, a2, b2);
      return y === null || y < 1800 || y > 2100 || !m ? null : span(y, m, "absolute");
    },
  },
  {
    // 去年7、8月间 · 今年7至8月
    name: "relative-year-month-range",
    pattern: `${REL_YEAR}(?:${SP}的)?${SP}${TWO_MONTHS}`,
    writesMonth: true,
    explicit: "month",
    resolve([word, a1, b1, a2, b2], ctx) {
      const m = monthPair(a1, b1, a2, b2);
      const y = word === undefined || !m ? null : relYear(ctx, word);
      return y && m ? span(y.y, m, y.anchor) : null;
    },
  },
  {
    // 7、8月间 · 7至8月 · 七八月份 (the year as for the first month alone)
    name: "month-range",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}${NOT_AFTER}${TWO_MONTHS}`,
    writesMonth: true,
    explicit: "month",
    resolve([a1, b1, a2, b2], ctx: MatchContext) {
      const m = monthPair(a1, b1, a2, b2);
      const y = m ? yearOfMonth(ctx.state, m[0], ctx.tense) : null;
      return y && m ? span(y.value, m, y.anchor) : null;
    },
  },
];
