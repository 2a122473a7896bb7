// Rules for dates written with numbers: full dates, ranges, month-day, year-month, months and years.
import { isoDay } from "./calendar.ts";
import { yearOfMonth } from "./anchor.ts";
import { parseNumber } from "./numerals.ts";
import {
  CONNECT, DAY, DAY_COUNT_TAIL, DAY_UNIT, DIGIT, MONTH, MONTH_PART, NO_DIGIT_AFTER, NO_DIGIT_BEFORE, STARTS_NUMBER,
  SEASON, SP, YEAR,
} from "./patterns.ts";
import { dayRange, daySpan, monthDayRange, monthPart, seasonSpan, wholeMonth, wholeYear, yearPart } from "./spans.ts";
import type { MatchContext, Resolved, TimeRule } from "./types.ts";

const NOT_MONTH_WORD = "(?![亮球饼餅光台臺票薪费費息刊])";
// A Chinese numeral before Arabic digits is no part of the number: 马英九3月27日 is March 27.
const NOT_AFTER_NUMERAL =
  "(?:(?=[0-9０-９])(?<![个個几幾数數多第上下本这這每])|(?<![一二三四五六七八九十两兩个個几幾数數多第上下本这這每]))";

/** A year from 1800 to 2100, or null. */
function year(raw: string | undefined): number | null {
  const y = raw === undefined ? null : parseNumber(raw);
  return y !== null && y >= 1800 && y <= 2100 ? y : null;
}

function num(raw: string | undefined): number | null {
  return raw === undefined ? null : parseNumber(raw);
}

/** Ends of a range: the second part inherits year and month from the first. */
function range(y: number, m: number, d: number, y2: number | null, m2: number | null, d2: number, ctxAnchor: Resolved["anchor"]) {
  return dayRange(isoDay(y, m, d), isoDay(y2 ?? y, m2 ?? m, d2), ctxAnchor);
}

function monthOrPart(y: number, m: number, part: string | undefined, anchor: Resolved["anchor"]): Resolved | null {
  return part ? monthPart(y, m, part, anchor) : wholeMonth(y, m, anchor);
}

/** Year for a month-day or month form without a year; null when nothing anchors it. */
function yearFor(ctx: MatchContext, m: number) {
  return yearOfMonth(ctx.state, m, ctx.tense);
}

/** Date rules, most specific first. */
export const DATE_RULES: readonly TimeRule[] = [
  {
    // 2023年9月16日至17日 · 2023年10月30日至11月2日
    name: "full-date-range",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}${YEAR}${SP}年${SP}${MONTH}${SP}月${SP}${DAY}${SP}(${DAY_UNIT})?${SP}${CONNECT}${SP}(?:${YEAR}${SP}年${SP})?(?:${MONTH}${SP}月${SP})?${DAY}${SP}${DAY_UNIT}(?:${DAY_COUNT_TAIL})?`,
    writesMonth: true,
    explicit: "month",
    resolve([y1, m1, d1, , , y2, m2, d2]) {
      const y = year(y1), m = num(m1), d = num(d1), e = num(d2);
      if (y === null || m === null || d === null || e === null) return null;
      return range(y, m, d, year(y2), num(m2), e, "absolute");
    },
  },
  {
    // 2023年10月26日 · 二〇二三年十月二十六日 · 2023年10月26号
    name: "full-date",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}${YEAR}${SP}年${SP}${MONTH}${SP}月${SP}${DAY}${SP}${DAY_UNIT}`,
    writesMonth: true,
    explicit: "month",
    resolve([y1, m1, d1]) {
      const y = year(y1), m = num(m1), d = num(d1);
      return y === null || m === null || d === null ? null : daySpan(isoDay(y, m, d), "absolute");
    },
  },
  {
    // 2023-10-26 · 2023/10/26 · 2023.10.26
    name: "iso-date",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}(${DIGIT}{4})(?<isoSeparator>[-/.．／－])(${DIGIT}{1,2})\\k<isoSeparator>(${DIGIT}{1,2})${NO_DIGIT_AFTER}`,
    writesMonth: true,
    explicit: "month",
    resolve([y1, , m1, d1]) {
      const y = year(y1), m = num(m1), d = num(d1);
      return y === null || m === null || d === null ? null : daySpan(isoDay(y, m, d), "absolute");
    },
  },
  {
    // 10.26日 · 10．26日 (a dotted month and day only with 日/号: 3.5 and 10.26 alone are numbers)
    name: "dotted-month-day",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}(${DIGIT}{1,2})[.．](${DIGIT}{1,2})${SP}${DAY_UNIT}`,
    writesMonth: true,
    explicit: "month",
    resolve([m1, d1], ctx) {
      const m = num(m1), d = num(d1);
      if (m === null || d === null || m < 1 || m > 12 || d < 1 || d > 31) return null;
      const y = yearFor(ctx, m);
      return y ? daySpan(isoDay(y.value, m, d), y.anchor) : { from: null, to: null, precision: "day", anchor: "none" };
    },
  },
  {
    // 2022年11月 · 2022年11月底 · 2023年2月份
    name: "year-month",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}${YEAR}${SP}年${SP}${MONTH}${SP}月份?${MONTH_PART}?${NOT_MONTH_WORD}`,
    writesMonth: true,
    explicit: "month",
    resolve([y1, m1, part]) {
      const y = year(y1), m = num(m1);
      return y === null || m === null ? null : monthOrPart(y, m, part, "absolute");
    },
  },
  {
    // 民国112年10月26日 · 112年10月 (Taiwan's ROC years: 112 + 1911 = 2023)
    name: "roc-date",
    pattern: `(?=[民1１])${NO_DIGIT_BEFORE}(?:民国|民國)?${SP}(1[01][0-9]|１[０１][０-９])${SP}年${SP}${MONTH}${SP}月(?:${SP}${DAY}${SP}${DAY_UNIT})?`,
    writesMonth: true,
    explicit: "month",
    resolve([y1, m1, d1]) {
      const roc = num(y1), m = num(m1);
      if (roc === null || m === null) return null;
      const y = roc + 1911;
      if (d1 === undefined) return wholeMonth(y, m, "absolute");
      const d = num(d1);
      return d === null ? null : daySpan(isoDay(y, m, d), "absolute");
    },
  },
  {
    // 9月16日至17日 · 9月16-17日 · 10月26日到28日 · 10月30日至11月2日
    name: "month-day-range",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}${NOT_AFTER_NUMERAL}${MONTH}${SP}月${SP}${DAY}${SP}(${DAY_UNIT})?${SP}${CONNECT}${SP}(?:${MONTH}${SP}月${SP})?${DAY}${SP}${DAY_UNIT}(?:${DAY_COUNT_TAIL})?`,
    writesMonth: true,
    explicit: "month",
    resolve([m1, d1, , , m2, d2], ctx) {
      const m = num(m1), d = num(d1), e = num(d2);
      if (m === null || d === null || e === null) return null;
      const y = yearFor(ctx, m);
      if (!y) return { from: null, to: null, precision: "day", range: true, anchor: "none" };
      return monthDayRange(y.value, m, d, num(m2), e, y.anchor);
    },
  },
  {
    // 10月26日 · 10月26号 · 十月二十六日
    name: "month-day",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}${NOT_AFTER_NUMERAL}${MONTH}${SP}月${SP}${DAY}${SP}${DAY_UNIT}`,
    writesMonth: true,
    explicit: "month",
    resolve([m1, d1], ctx) {
      const m = num(m1), d = num(d1);
      if (m === null || d === null || m > 12 || d > 31) return null;
      const y = yearFor(ctx, m);
      if (!y) return { from: null, to: null, precision: "day", anchor: "none" };
      return daySpan(isoDay(y.value, m, d), y.anchor);
    },
  },
  {
    // 2022年夏天 · 2023年春季 · 2023年底 · 2024年上半年 · 2022年 · 2018 年
    name: "year",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}${YEAR}${SP}年(?:(初(?![步次])|中(?=$|[，,。；;、）)\\s])|底|末|内|內|上半年|下半年)|${SEASON})?(?![代级級])`,
    explicit: "year",
    resolve([y1, part, season]) {
      const y = year(y1);
      if (y === null) return null;
      if (season) return seasonSpan(y, season, "absolute");
      if (part === "内" || part === "內") return wholeYear(y, "absolute");
      if (part) return yearPart(y, part.length > 1 ? part : `年${part}`, "absolute");
      return wholeYear(y, "absolute");
    },
  },
  {
    // 11月 · 十月 · 7 月 · 8月份 · 9月中旬 · 9月底
    name: "month",
    pattern: `${STARTS_NUMBER}${NO_DIGIT_BEFORE}${NOT_AFTER_NUMERAL}${MONTH}${SP}月份?${MONTH_PART}?${NOT_MONTH_WORD}`,
    writesMonth: true,
    explicit: "month",
    resolve([m1, part], ctx) {
      const m = num(m1);
      if (m === null || m < 1 || m > 12) return null;
      const y = yearFor(ctx, m);
      if (!y) return { from: null, to: null, precision: part ? "part-of-month" : "month", anchor: "none" };
      return monthOrPart(y.value, m, part, y.anchor);
    },
  },
];
