// dateByWorld: an undated article's dateline from what the world knows (office days, summit calendars).
import type { Lexicon } from "../lexicon/index.ts";
import type { Extraction } from "../model.ts";
import { addDays, daysBetween } from "../time/calendar.ts";
import { combineClues, type WorldBounds } from "./clues.ts";
import type { Reextract } from "./cross-date.ts";
import { electClues } from "./elect-clues.ts";
import { officeClues } from "./office-clues.ts";
import { summitClues } from "./summit-clues.ts";
import { WEAK_YEAR } from "./terms.ts";
import { widenUnsure } from "./widen.ts";
import { pastFloor, pastMonthFloor } from "./past-days.ts";
import { daysOfPair, pairsFit, weekdayDays } from "./weekday-days.ts";
import { writtenDayIn } from "./written-day.ts";

/** Options of dateByWorld. */
export interface WorldDateOptions {
  /** Widest window (days) an article may be placed in: wider bounds say too little to date it. */
  maxWindowDays: number;
}

/** Defaults: a window of at most a year and a month. */
export const DEFAULT_WORLD_DATE_OPTIONS: WorldDateOptions = { maxWindowDays: 400 };

/** Days a dateline may pass the bounds' last day and still stand. */
const HI_SLACK_DAYS = 2;

/** The one day in a wide window on which the text's weekday-day pairs (周二（23日）) all fall, or null. */
function pairDayIn(doc: Extraction["document"], bounds: WorldBounds): { iso: string; surface: string } | null {
  const pairs = weekdayDays(doc);
  const first = pairs[0];
  if (!first) return null;
  const mid = addDays(bounds.lo, Math.floor(daysBetween(bounds.lo, bounds.hi) / 2));
  const months = Math.ceil(daysBetween(bounds.lo, bounds.hi) / 60) + 1;
  const days = daysOfPair(first, mid, months).filter((d) => d >= bounds.lo && d <= bounds.hi && pairsFit(pairs, d));
  return days.length === 1 && days[0] ? { iso: days[0], surface: first.surface } : null;
}

/** Whether the text's first time is a bare day (30日) its dateline leaves unplaced. */
function leadDayUnplaced(extraction: Extraction): boolean {
  const first = extraction.times[0];
  return first !== undefined && first.rule === "day" && first.from === null;
}

/** The bounds the world puts on an article's date by its office days (taken, about to be taken or left) and summits; null when nothing bounds it. */
export function worldBounds(extraction: Extraction): WorldBounds | null {
  return combineClues([...officeClues(extraction), ...electClues(extraction), ...summitClues(extraction.document)]);
}

/**
 * Dates an undated article by what the world knows when its dateline is missing or falls outside the bounds
 * (a weakly dated one by any bounds, one dated by its text only by strong ones): a day of month the text writes
 * that falls in a window of a month or less becomes the dateline, and in a wider one the one day its weekday-day pairs (周二（23日）) fall on (a dateline up to two days past the last day stands: a plan may be reported on the opening day) (本周六（15日） after 5月20日就职不到一个月 → 06-15);
 * else it is re-extracted under the window's last day and first day (raised to the latest day the text says is past, see pastFloor), and the dates that differ between the two
 * (those the unknown day decides: 26日, 本周) are widened to cover both. A dateline inside the bounds stands unless it
 * leaves the text's first time, a bare day (30日), unplaced: then it was taken from a date the text recalls.
 * Dated articles are never touched.
 *
 * @example extraction = dateByWorld(extraction, lexicon, (dateline) => extractDocument(doc, { lexicon, dateline }));
 */
export function dateByWorld(extraction: Extraction, _lexicon: Lexicon, reextract: Reextract, options: Partial<WorldDateOptions> = {}): Extraction {
  const opts = { ...DEFAULT_WORLD_DATE_OPTIONS, ...options };
  const doc = extraction.document;
  if (doc.published) return extraction;
  const bounds = worldBounds(extraction);
  if (!bounds) return extraction;
  const current = doc.dateline?.date.slice(0, 10) ?? null;
  // 30日 in the lead left unplaced by a dateline taken from a date the text recalls (9月14日…的延续): no dateline.
  const unplaced = current !== null && doc.dateline?.inferred === true && leadDayUnplaced(extraction);
  // A report of a plan to attend may come out on the summit's opening day (将出席今天开幕的峰会): two days' slack.
  if (current && !unplaced && current >= bounds.lo && current <= addDays(bounds.hi, HI_SLACK_DAYS)) return extraction;
  const weak = !current || unplaced || (doc.dateline?.inferred === true && WEAK_YEAR.test(doc.dateline.basis));
  if (!bounds.strong && !weak) return extraction;
  const span = daysBetween(bounds.lo, bounds.hi);
  if (!(span <= opts.maxWindowDays)) return extraction;
  const why = `${bounds.lo}..${bounds.hi} by ${bounds.basis}${current ? ` (the text alone gave ${current})` : ""}`;
  const day = span <= 31 ? writtenDayIn(extraction, bounds) : pairDayIn(doc, bounds);
  if (day) return reextract({ date: day.iso, basis: `${day.iso}: the day ${day.surface} the text writes, ${why}` });
  const late = reextract({ date: bounds.hi, basis: `${bounds.hi}: the latest day ${why}; dates the day decides widened` });
  const dateline = late.document.dateline ? { ...late.document.dateline } : null;
  // 9月14日…的延续: a day the text says is past raises the earliest day to the day after (the news follows what it recalls).
  // 7月在汉堡…亦有会谈 · 今年4月曾: a month the text reports as past raises it to that month's first day.
  const [pastDay, pastMonth] = [pastFloor(late, bounds.hi), pastMonthFloor(late, bounds.hi)];
  const past = pastDay && pastMonth ? (pastDay > pastMonth ? pastDay : pastMonth) : (pastDay ?? pastMonth);
  const lo = past && past >= bounds.lo && past < bounds.hi ? addDays(past, 1) : bounds.lo;
  const early = reextract({ date: lo, basis: `${lo}: the earliest day ${why}` });
  // The re-extractions share the document: put the kept dateline back.
  doc.dateline = dateline;
  return { ...late, document: doc, events: widenUnsure(late.events, early.events, lo) };
}
