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
