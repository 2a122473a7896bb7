// A report's dates that run far longer than its precision allows are a misread range or a "since":
// 2月5日至6日 read as 02-05..06-06, 自2019年6月以来 read as 2019-06 .. the article's day. The first
// unit stands: the day, the month or the year the report starts in.
import type { EventMention, Precision } from "@parley/extract/model";
import { civil, dayOf, intervalOf, isoDay } from "../time/days.ts";

/** Longest span, in days, a report of each precision can stand for. */
export const MAX_SPAN_DAYS: Record<Precision, number> = {
  day: 31,
  "part-of-month": 62,
  month: 366,
  season: 366,
  year: 731,
};

/**
 * The end a report's dates can stand for: its own, or the end of the first day, month or year
 * when the span is longer than `MAX_SPAN_DAYS` allows for its precision.
 * @example plausibleEnd({ from: "2019-06-01", to: "2024-07-06", precision: "month" }) // "2019-06-30"
 */
export function plausibleEnd(m: Pick<EventMention, "from" | "to" | "precision">): string | null {
  if (!m.precision || !m.from || !m.to) return m.to;
  const iv = intervalOf(m.from, m.to);
  if (!iv || iv.hi - iv.lo < MAX_SPAN_DAYS[m.precision]) return m.to;
  const [y, mo] = civil(iv.lo);
  if (m.precision === "year") return isoDay(dayOf(y + 1, 1, 1) - 1);
  if (m.precision === "month" || m.precision === "season") return isoDay(dayOf(y, mo + 1, 1) - 1);
  return m.from;
}
