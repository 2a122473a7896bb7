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

/**
 * The latest first day of a day-precise date with its month written that the text reports outside a future clause
 * and that is no later than `hi` (9月14日 in 这次会议被视为9月14日视讯会晤的延续): the article is from that day on.
 * Null when there is none.
 */
export function pastFloor(extraction: Extraction, hi: string): string | null {
  let floor: string | null = null;
  for (const t of extraction.times) {
    if (!t.from || t.precision !== "day" || !WRITES_MONTH.has(t.rule) || t.from > hi || (floor && t.from <= floor)) continue;
    if (!future(extraction, t)) floor = t.from;
  }
  return floor;
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
