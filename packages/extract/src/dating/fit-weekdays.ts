// fitWeekdays: an inferred dateline moved to the month in which the text's weekday-day pairs (周二（23日）) fall.
import type { Extraction } from "../model.ts";
import type { Reextract } from "./cross-date.ts";
import { pastAfterDateline } from "./past-days.ts";
import { daysOfPair, pairsFit, weekdayDays } from "./weekday-days.ts";

/** Options of fitWeekdays. */
export interface FitWeekdaysOptions {
  /** Months either side of the current dateline searched for a day that fits. */
  months: number;
}

/** Defaults: half a year either side (a year fixed by 去年6月 leaves the month open). */
export const DEFAULT_FIT_WEEKDAYS_OPTIONS: FitWeekdaysOptions = { months: 6 };

/**
 * When the weekday-day pairs an undated text writes (巴勒斯坦各派周二（23日）签署) do not fall on their weekdays near
 * its inferred dateline, tries each day within `months` months on which they do, re-extracting the text under it,
 * and keeps the one `accept` allows (the events other articles date must still agree) with the fewest dates
 * reported as past yet after it (see pastAfterDateline), the nearest first. Unchanged when the pairs fit, the text
 * writes none, or no day is accepted; a dated article is never touched.
 *
 * @example fitWeekdays(crossed, reextract, (e) => agreeingEvents(e, index) >= 2)
 */
export function fitWeekdays(extraction: Extraction, reextract: Reextract, accept: (e: Extraction) => boolean, options: Partial<FitWeekdaysOptions> = {}): Extraction {
  const opts = { ...DEFAULT_FIT_WEEKDAYS_OPTIONS, ...options };
  const doc = extraction.document;
  const own = doc.dateline ? { ...doc.dateline } : null;
  if (doc.published || !own) return extraction;
  const pairs = weekdayDays(doc);
  const first = pairs[0];
  if (!first || pairsFit(pairs, own.date.slice(0, 10))) return extraction;
  let best: { extraction: Extraction; past: number; dateline: typeof own } | null = null;
  for (const day of daysOfPair(first, own.date.slice(0, 10), opts.months)) {
    if (!pairsFit(pairs, day)) continue;
    const tried = reextract({ date: day, basis: `${day}: the day ${first.surface} falls on near ${own.date.slice(0, 10)} (${own.basis})` });
    if (!accept(tried)) continue;
    const past = pastAfterDateline(tried, day);
    if (!best || past < best.past) best = { extraction: tried, past, dateline: tried.document.dateline ? { ...tried.document.dateline } : own };
  }
  // The re-extractions share the document: put the kept dateline back.
  doc.dateline = best ? best.dateline : own;
  return best ? { ...best.extraction, document: doc } : extraction;
}
