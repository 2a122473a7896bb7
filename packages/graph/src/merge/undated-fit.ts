// Where an undated mention may go: which dated events it can be about (by its article's date and status),
// and which of several equally fitting ones it is about (nearest its article's date, then the one its
// article leads with, then the more precise).
import { intervalOf } from "../time/days.ts";
import type { Cluster, MergeInput } from "./cluster.ts";

/**
 * Longest date (days) of a dated event, at its best precision, that an undated mention may join.
 * 今年6月以来…密集访华 (some four months) still names one visit per person; 自去年3月以来已四度访华
 * (fifteen months) summarizes several, and an undated headline is not about all of them.
 */
const MAX_SPAN_FOR_UNDATED = 183;

/** Days of tolerance when judging an undated mention against its document's date. */
const SLACK_DAYS = 3;

/** An undated report that something did not happen is about the month around its article, no further. */
const NOT_HAPPENED_DAYS = 31;

/**
 * Whether an undated mention can be about a dated event, judged by its document's date: a plan
 * reported on 10-05 is not about an event over by September; a report of what happened is not
 * about an event after the report.
 */
export function plausible(c: Cluster, input: MergeInput): boolean {
  // 金正恩自去年3月以来已四度访问中国 spans fifteen months: a summary of several contacts, not one
  // event that an undated headline (习近平访平壤 与金正恩会谈) can be about (see MAX_SPAN_FOR_UNDATED).
  // A plan of a year (特朗普今年是否会访华) is still one plan: an undated plan of the same people may be it.
  const plan = (i: MergeInput) => i.status === "planned" || i.status === "possible";
  if (c.best && c.best.hi - c.best.lo > MAX_SPAN_FOR_UNDATED && !(plan(input) && c.inputs.every(plan))) return false;
  // Known only from "since" summaries (自去年3月以来已四度访华): no undated report is about it either.
  if (c.inputs.every((i) => i.since)) return false;
  const doc = intervalOf(input.source.documentDate);
  if (!doc || !c.span) return true;
  // 蓬佩奥此次在北京停留仅数小时，习近平并未会见他 (October): not the June meeting the article recalls.
  if (input.status === "not-happened") return c.span.hi >= doc.lo - NOT_HAPPENED_DAYS && c.span.lo <= doc.hi + NOT_HAPPENED_DAYS;
  const tentative = input.status === "planned" || input.status === "possible";
  return tentative ? c.span.hi >= doc.lo - SLACK_DAYS : c.span.lo <= doc.hi + SLACK_DAYS;
}

/**
 * Of equally fitting dated events, the one nearest the report's document date on the side its status
 * points to: before it for what happened (此次访问 is the visit just over), after it for a plan; of
 * equally near ones, the one its article reports first (see `lead`), then the more precise. null when
 * two tie on all three or the document has no date.
 */
export function nearest(candidates: Cluster[], input: MergeInput): Cluster | null {
  const doc = intervalOf(input.source.documentDate);
  if (!doc || candidates.length < 2) return null;
  const ahead = input.status === "planned" || input.status === "possible";
  // `plausible` has dropped events far on the wrong side; those within its slack rank after the right side's.
  const distance = (c: Cluster): number => {
    if (!c.span) return Infinity;
    const gap = ahead ? c.span.lo - doc.hi : doc.lo - c.span.hi;
    const wrong = ahead ? doc.lo - c.span.hi : c.span.lo - doc.hi;
    return wrong > 0 ? SLACK_DAYS + 1 + wrong : Math.max(0, gap);
  };
  const ranked = candidates.map((c) => ({ c, d: distance(c), lead: lead(c, input), rank: c.rank })).sort((a, b) => a.d - b.d || a.lead - b.lead || a.rank - b.rank);
  const [x, y] = [ranked[0]!, ranked[1]!];
  return y.d > x.d || y.lead > x.lead || y.rank > x.rank ? x.c : null;
}

/**
 * The first paragraph in which the mention's own article reports the event (Infinity when it does not):
 * news leads with its news, so of two events an article reports alike, its headline is about the one
 * reported first (喀山会晤 in the lead, not the 2019年10月 meeting it recalls further down).
 */
function lead(c: Cluster, input: MergeInput): number {
  let first = Infinity;
  for (const i of c.inputs) if (i.source.document === input.source.document && !i.headline) first = Math.min(first, i.source.paragraph);
  return first;
}
