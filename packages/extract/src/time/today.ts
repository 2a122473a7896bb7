// The document's own day in an undated text: 今日（10日）, 昨天（30日）, a dateline's 华盛顿15日专电.
import type { Document, TimeExpr } from "../model.ts";
import { nearestDayOfMonth } from "./anchor-relative.ts";
import { addDays } from "./calendar.ts";
import { parseNumber } from "./numerals.ts";

// 今日（10日） · 昨天（30日） · 前天(8日): the word's offset from the day of writing and the bracketed day.
const TODAY_BRACKET = /^(昨|今|明|前)[天日]?[ \u3000]?[（(][ \u3000]?([0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])/;
const TODAY_DELTA: Readonly<Record<string, number>> = { 昨: -1, 今: 0, 明: 1, 前: -2 };
// 华盛顿15日专电 · 台北27日電 · 3日讯: the day a dispatch was filed.
const DATELINE_DAY = /^([0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?)[日号號]$/;
const DATELINE_AFTER = /^[专專]?[电電讯訊]/;

/** A day the text says it was written on, and the expression that says so. */
export interface WrittenDay {
  iso: string;
  surface: string;
}

/**
 * The day an undated document states for itself, near `inferred` (its month comes from there):
 * 今日（10日） is the 10th, 昨天（30日） the day after the 30th, 华盛顿15日专电 the 15th. The first such
 * expression wins; null when there is none or its day is not within 20 days of `inferred`.
 */
export function writtenDay(doc: Document, exprs: readonly TimeExpr[], inferred: string): WrittenDay | null {
  for (const e of exprs) {
    const bracket = e.rule === "day-word-bracket-date" ? TODAY_BRACKET.exec(e.surface) : null;
    if (bracket) {
      const delta = TODAY_DELTA[bracket[1] ?? ""] ?? 0;
      const d = parseNumber(bracket[2] ?? "");
      const near = d === null ? null : nearestDayOfMonth(addDays(inferred, delta), d);
      if (near) return { iso: addDays(near, -delta), surface: e.surface };
      continue;
    }
    const day = e.rule === "day" ? DATELINE_DAY.exec(e.surface) : null;
    const after = day ? doc.paragraphs[e.paragraph]?.simplified.slice(e.end, e.end + 2) ?? "" : "";
    if (day && DATELINE_AFTER.test(after)) {
      const d = parseNumber(day[1] ?? "");
      const near = d === null ? null : nearestDayOfMonth(inferred, d);
      if (near) return { iso: near, surface: `${e.surface}${after.replace(/[^专專电電讯訊]/g, "")}` };
    }
  }
  return null;
}
