// Candidate datelines for an undated article: where the dated articles put the same events.
import type { Extraction } from "../model.ts";
import { addDays, addMonths, daysBetween, daysInMonth, pad2 } from "../time/calendar.ts";
import { writtenDay } from "../time/today.ts";
import { weekdayFits } from "../time/year-of-text.ts";
import { eventKey, entitiesById, locatedSpan, type DatedEvents, type DatedSpan } from "./dated-events.ts";

/** A candidate dateline and how many of the article's events point to it. */
export interface Candidate {
  date: string;
  votes: number;
  /** The dated span wider than a week whose middle the candidate is (a contact another article dates by its month only). */
  span?: { lo: string; hi: string };
}

/** The bounds a candidate's year must keep (either may be null). */
export interface YearBounds {
  /** The latest year the text writes in a reported clause: the article cannot be older. */
  floor: number | null;
  /** The latest year the article can be from (the corpus's latest year, or this year). */
  ceiling: number | null;
}

/** The ISO day `k` months after `iso`, its day clamped to the month's last (2024-02-29 + 12 → 2025-02-28). */
export function plusMonths(iso: string, k: number): string {
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split("-").map(Number);
  const to = addMonths(y, m, k);
  return `${String(to.y).padStart(4, "0")}-${pad2(to.m)}-${pad2(Math.min(d, daysInMonth(to.y, to.m)))}`;
}

/** Months from `a` to `b` (ISO days), by calendar month. */
function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/**
 * Datelines under which the article's events would fall where the dated articles put the same kind of event
 * with the same participants. A day-dated event votes for the month shift that keeps its day of month
 * (its 23日 under 2019 → another article's 2024-10-23: five years on); a month-dated one for a shift of whole
 * years that keeps its month. An article with no dateline at all takes the dated days themselves and the day
 * after (a report is written on the day or the next), or a dated month's middle; a day the text names for itself
 * (昨天（9日）) then sets the day, and among equal votes those of the contacts the text reports first (the headline and lead
 * are the news; the body recalls older contacts). Candidates outside `bounds`, or under which a weekday the text writes
 * with a month-day falls on another day, are dropped; the most voted
 * come first, then the nearest to the current dateline.
 */
export function candidateDates(baseline: Extraction, index: DatedEvents, bounds: YearBounds): Candidate[] {
  const current = baseline.document.dateline?.date?.slice(0, 10) ?? null;
  // One vote per kind-and-participants for each date: an event the article repeats counts once.
  const voters = new Map<string, Set<string>>();
  let voter = "";
  const fitting = new Map<string, boolean | null>();
  const fits = (date: string): boolean | null => {
    if (!fitting.has(date)) fitting.set(date, weekdayFits(baseline.document, date));
    return fitting.get(date) ?? null;
  };
  // The first paragraph of the events behind each candidate, and the wide span a month's middle stands for.
  const lead = new Map<string, number>();
  let paragraph = 0;
  const wide = new Map<string, { lo: string; hi: string }>();
  const vote = (day: string, span?: DatedSpan, middle = false): void => {
    // 昨天（9日） · 华盛顿15日专电: a text that names its own day sets the day, and must fit the dated span.
    const written = current ? null : writtenDay(baseline.document, baseline.times, day);
    const date = written?.iso ?? day;
    if (span && (date < span.from || date > addDays(span.to, 2))) return;
    const year = Number(date.slice(0, 4));
    if ((bounds.floor !== null && year < bounds.floor) || (bounds.ceiling !== null && year > bounds.ceiling)) return;
    // 周三（10月23日）: a weekday the text writes must fall on its day under the candidate.
    if (date === current || fits(date) === false) return;
    const set = voters.get(date) ?? new Set<string>();
    set.add(voter);
    voters.set(date, set);
    if ((lead.get(date) ?? Infinity) > paragraph) lead.set(date, paragraph);
    // A month's middle stands for the month, unless the text names its own day (昨天（9日）).
    if (span && middle && !written && !wide.has(date)) wide.set(date, { lo: span.from, hi: span.to });
  };
  const entities = entitiesById(baseline);
  const seen = new Set<string>();
  for (const event of baseline.events) {
    const key = eventKey(event, entities);
    const spans = key ? index.spans(key) : [];
    const own = locatedSpan(event);
    const id = `${key}|${own?.from ?? ""}`;
    if (!key || spans.length === 0 || seen.has(id)) continue;
    seen.add(id);
    voter = key;
    paragraph = event.paragraph;
    for (const s of spans) {
      if (!current && daysBetween(s.from, s.to) <= 7) {
        vote(s.to, s);
        vote(addDays(s.to, 1), s);
      } else if (!current) vote(addDays(s.from, 14), s, true);
      else if (own && event.precision === "day" && own.from.slice(8) === s.from.slice(8)) {
        const shift = monthsBetween(own.from, s.from);
        if (shift !== 0) vote(plusMonths(current, shift));
      } else if (own && event.precision !== "day" && own.from.slice(5, 7) === s.from.slice(5, 7)) {
        const shift = monthsBetween(own.from, s.from);
        if (shift !== 0) vote(plusMonths(current, shift));
      }
    }
  }
  const far = (d: string): number => (current ? Math.abs(monthsBetween(current, d)) : 0);
  // No dateline at all: the contacts of the headline and lead first (the news; the body recalls older ones).
  const first = (d: string): number => (current ? 0 : (lead.get(d) ?? 0));
  return [...voters]
    .map(([date, keys]) => {
      const span = wide.get(date);
      return span ? { date, votes: keys.size, span } : { date, votes: keys.size };
    })
    .sort((a, b) => b.votes - a.votes || far(a.date) - far(b.date) || first(a.date) - first(b.date) || a.date.localeCompare(b.date));
}
