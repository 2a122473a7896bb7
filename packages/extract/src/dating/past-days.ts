// Days an undated text says are past: 9月14日…当时 · 今年5月30日出席 · 本月7日至9日曾: the article is not before them.
import type { Extraction } from "../model.ts";
import { addDays } from "../time/calendar.ts";
import { TIME_RULES } from "../time/rules.ts";
import { tenseAt } from "../time/tense.ts";

/** Rules whose days write their month (9月14日, 今年5月30日, 周二（7月23日）): the dateline does not move them within its year. */
const WRITES_MONTH = new Set([...TIME_RULES.filter((r) => r.explicit === "month").map((r) => r.name), "relative-year-month", "weekday-bracket-date"]);

/** Whether a time's own clause speaks of the future (将于24日, 预计下月). */
function future(extraction: Extraction, t: Extraction["times"][number]): boolean {
  const text = extraction.document.paragraphs[t.paragraph]?.simplified ?? "";
  return tenseAt(text, t.start, t.end, "clause") === "future";
}

/** The latest start of a `precision` date with its month written, reported outside a future clause and no later than `hi`. */
function latestPast(extraction: Extraction, hi: string, precision: "day" | "month"): string | null {
  let floor: string | null = null;
  for (const t of extraction.times) {
    if (!t.from || t.precision !== precision || !WRITES_MONTH.has(t.rule) || t.from > hi || (floor && t.from <= floor)) continue;
    if (!future(extraction, t)) floor = t.from;
  }
  return floor;
}

/**
 * The latest first day of a day-precise date with its month written that the text reports outside a future clause
 * and that is no later than `hi` (9月14日 in 这次会议被视为9月14日视讯会晤的延续): the article is from that day on.
 * Null when there is none.
 */
export function pastFloor(extraction: Extraction, hi: string): string | null {
  return latestPast(extraction, hi, "day");
}

/**
 * The latest first day of a month the text writes (今年4月曾, 7月在汉堡…亦有会谈) and reports outside a future clause,
 * no later than `hi`: the article is from that month on. Null when there is none.
 */
export function pastMonthFloor(extraction: Extraction, hi: string): string | null {
  return latestPast(extraction, hi, "month");
}

/** Rules that write a month or a year (7月, 今年4月, 2017年1月, 同年10月底): a candidate's day of month does not move them. */
const WRITES_MONTH_OR_YEAR = new Set([...WRITES_MONTH, ...TIME_RULES.filter((r) => r.explicit === "year").map((r) => r.name)]);

/**
 * Dates with a written month or year that the text reports outside a future clause yet that fall after `dateline`
 * (安倍2月访美…7月在汉堡亦有会谈 under 2017-02-06: 7月 is one): a candidate dateline with any is contradicted by the text.
 * Bare days (11日) are not counted (a candidate's day of month may be a guess), nor dates in a sentence of the future.
 */
export function writtenPastAfter(extraction: Extraction, dateline: string): number {
  const limit = addDays(dateline, 1);
  let n = 0;
  for (const t of extraction.times) {
    if (!t.from || t.from <= limit || !WRITES_MONTH_OR_YEAR.has(t.rule) || future(extraction, t)) continue;
    // 峰会定于11月在利马举行，届时…: nor may its sentence speak of the future.
    const text = extraction.document.paragraphs[t.paragraph]?.simplified ?? "";
    if (tenseAt(text, t.start, t.end, "sentence") !== "future") n++;
  }
  return n;
}

/**
 * Dates the text writes after the dateline in clauses that do not speak of the future (今年5月30日…出席 under a
 * dateline of April): each one says the dateline is too early.
 */
export function pastAfterDateline(extraction: Extraction, dateline: string): number {
  const limit = addDays(dateline, 1);
  let n = 0;
  for (const t of extraction.times) if (t.from && t.from > limit && !future(extraction, t)) n++;
  return n;
}
