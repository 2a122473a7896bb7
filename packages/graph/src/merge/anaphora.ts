// Reports that point back at their own article's event: 此行/此次访问 is the trip the article dates, and an
// undated headline (布林肯会见习近平) is the meeting its own article reports, not one it recalls.
import { intervalOf, precisionRank } from "../time/days.ts";
import type { Cluster, MergeInput } from "./cluster.ts";

/** Rule names of reports that name "this trip" (此行, 此次访问, 這次訪問 …) rather than a trip of their own. */
const THIS_TRIP = /^visit-anaphoric\//;

/**
 * Whether a report names its article's trip (此行, 此次访问) with a month or year read from words around
 * it (耶伦此行距离布林肯上月访华不足三周 is not a June trip): that date yields to the article's.
 */
export function thisTrip(input: MergeInput): boolean {
  // 此行原定2月初成行，但被推迟 dates the trip as it was planned: that date stands.
  // One the extractor already dated by its article's main visit (date:main-visit) needs nothing more.
  const rule = input.source.rule ?? "";
  // A day of its own (马英九此行于4月1日启程) is the trip's; a month or year (上月, 去年11月) is borrowed.
  const coarse = precisionRank(input.precision) >= precisionRank("month");
  return input.status === "happened" && coarse && THIS_TRIP.test(rule) && !rule.includes("date:main-visit");
}

/** A dated report of a trip that happened, as `borrowedDay` compares with "this trip". */
export interface TripReport {
  lo: number;
  hi: number;
  place: string | null;
}

/**
 * By document, the reports of the block that date a trip that happened with words of their own: not
 * "this trip", not a "since" summary, not the days before the article guessed for an undated leg (date:trip-leg).
 */
export function tripReports(inputs: readonly MergeInput[]): Map<string, TripReport[]> {
  const out = new Map<string, TripReport[]>();
  for (const i of inputs) {
    const rule = i.source.rule ?? "";
    const iv = intervalOf(i.source.from, i.source.to);
    if (!iv || i.status !== "happened" || i.since || THIS_TRIP.test(rule) || rule.includes("date:trip-leg")) continue;
    const list = out.get(i.source.document) ?? [];
    list.push({ ...iv, place: i.place });
    out.set(i.source.document, list);
  }
  return out;
}

/** Days between "this trip"'s day and its article's dated reports beyond which the day is another event's. */
const BORROWED_GAP = { previousSentence: 1, ownSentence: 7 };
/** Days within which a dated report of its article is about the same trip at all (去年3月 is another trip). */
const TRIP_REACH = 45;

/**
 * Whether "this trip" (此行, 这次出访) carries a day read off another event of its sentence or the one
 * before (这次出访是落实4月26日通话精神; 此行先后访问… after a sentence dated 6日): its own article
 * dates the trip to that place within TRIP_REACH of it, and on no day near it (see BORROWED_GAP). Such a
 * day yields to the article's. 此行于4月1日启程 keeps its day, whether its article dates a leg of the
 * trip 4日 or only the trip of the year before.
 */
export function borrowedDay(input: MergeInput, reports: Map<string, TripReport[]>, fits: (a: string | null, b: string | null) => boolean): boolean {
  const rule = input.source.rule ?? "";
  if (input.status !== "happened" || precisionRank(input.precision) !== 0 || !THIS_TRIP.test(rule) || rule.includes("date:main-visit")) return false;
  const own = intervalOf(input.source.from, input.source.to);
  const same = (reports.get(input.source.document) ?? []).filter((r) => fits(r.place, input.place));
  if (!own || same.length === 0) return false;
  const gap = rule.includes("date:previous-sentence") ? BORROWED_GAP.previousSentence : BORROWED_GAP.ownSentence;
  const apart = (r: TripReport, days: number) => r.hi < own.lo - days || r.lo > own.hi + days;
  return same.some((r) => !apart(r, TRIP_REACH)) && same.every((r) => apart(r, gap));
}

/** Documents that date an event of the block that happened with a report of its own (not "this trip"). */
export function documentsDating(inputs: readonly MergeInput[]): Set<string> {
  const out = new Set<string>();
  for (const i of inputs) {
    if (i.status === "happened" && !THIS_TRIP.test(i.source.rule ?? "") && intervalOf(i.source.from, i.source.to)) out.add(i.source.document);
  }
  return out;
}

/**
 * Of equally fitting events, those its own article reports: an undated headline or 此行 is about one
 * of them (the nearest its article's date decides among several); all of them when none is.
 * @example ownArticle([juneMeeting, aprilMeeting], headlineOfAprilArticle) // [aprilMeeting]
 */
export function ownArticle(candidates: Cluster[], input: MergeInput): Cluster[] {
  const own = candidates.filter((c) => c.documents.has(input.source.document));
  return own.length ? own : candidates;
}
