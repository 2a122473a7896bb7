// Turns merged clusters into timeline events: dates at their precision, the latest source's status,
// every source kept, deterministic ids.
import type { EventSource, EventStatus, EventType, Precision, TimelineEvent } from "../model.ts";
import { hash8 } from "../text/ids.ts";
import { formatInterval, intervalOf, isoDay, type DayInterval } from "../time/days.ts";
import type { Cluster } from "./cluster.ts";
import { daysOf } from "./visit-days.ts";
import type { PlaceRelations } from "./places.ts";

const PRECISIONS: Precision[] = ["day", "part-of-month", "month", "season", "year"];
/** Among sources of the same date, a firm status outranks a tentative one. */
const FIRMNESS: Record<EventStatus, number> = { happened: 3, "not-happened": 2, planned: 1, possible: 0 };
const STATUS_WEIGHT: Record<EventStatus, number> = { happened: 1, "not-happened": 1, planned: 0.8, possible: 0.6 };

/** Orders sources oldest document first (undated documents first), then by document id and offset. */
export function compareSources(a: EventSource, b: EventSource): number {
  const da = a.documentDate ?? "";
  const db = b.documentDate ?? "";
  return da < db ? -1 : da > db ? 1 : FIRMNESS[a.status] - FIRMNESS[b.status] || a.document.localeCompare(b.document) || a.start - b.start;
}

/** The timeline event of a merged cluster (without its final id suffix). */
export function toEvent(c: Cluster, places: PlaceRelations): TimelineEvent {
  const sources = c.inputs.map((i) => i.source).sort(compareSources);
  const latest = latestSource(sources, c.best);
  const statuses = [...new Set(sources.map((s) => s.status))];
  const participants = [...c.participants].sort();
  const place = pickPlace(c, places);
  const precision = c.best ? (PRECISIONS[c.rank] ?? null) : null;
  const days = daysOf(c);
  const dates = days ? windowDates(days, precision) : null;
  const type = majorityType(c);
  const event: TimelineEvent = {
    id: eventId(type, participants, place, dates?.start ?? null),
    type,
    participants,
    place,
    start: dates?.start ?? null,
    end: dates?.end ?? null,
    precision,
    status: latest.status,
    sources,
    confidence: confidenceOf(sources, latest.status),
  };
  if (statuses.length > 1) event.statusConflict = statuses;
  return event;
}

/**
 * Folds `other`'s sources into `into`: all sources in order, the latest one's status over `when` (the days
 * `into` stands for), and the statuses when they disagree. Dates, place and id stay the caller's; the
 * confidence is the timeline's to set once merging is done (confidence/model.ts).
 */
export function addSources(into: TimelineEvent, other: TimelineEvent, when: DayInterval | null): void {
  const sources = [...into.sources, ...other.sources].sort(compareSources);
  const latest = latestSource(sources, when);
  const statuses = [...new Set(sources.map((s) => s.status))];
  into.sources = sources;
  into.status = latest.status;
  if (statuses.length > 1) into.statusConflict = statuses;
}

/**
 * Start and end at the sources' precision, unless that would widen what they say: 今年晚些时候 in an
 * article of 07-19 is 07-20 .. 12-31, not the whole year (which holds the visit the article reports).
 * @example windowDates({ lo: dayOf(2023, 7, 20), hi: dayOf(2023, 12, 31) }, "year") // 2023-07-20 .. 2023-12-31
 */
export function windowDates(iv: DayInterval, precision: Precision | null): { start: string; end: string } {
  const coarse = formatInterval(iv, precision);
  const back = intervalOf(coarse.start, coarse.end);
  return back && back.lo === iv.lo && back.hi === iv.hi ? coarse : formatInterval(iv, "day");
}

/** 0..1 from the number of independent documents and the firmness of the status: `toEvent`'s first guess, before the timeline rates its events. */
export function confidenceOf(sources: EventSource[], status: EventStatus): number {
  const docs = new Set(sources.map((s) => s.document)).size;
  return Math.round((1 - 0.5 ** docs) * STATUS_WEIGHT[status] * 100) / 100;
}

/**
 * The source whose status stands: the latest by document date, among the sources that could know.
 * A plan reported after the event was over, or a "happened" reported before it began, is stale or
 * misread, and is passed over when any other source remains.
 */
export function latestSource(sorted: EventSource[], when: DayInterval | null): EventSource {
  if (when) {
    const lo = isoDay(when.lo);
    const hi = isoDay(when.hi);
    const credible = sorted.filter((s) => {
      if (!s.documentDate) return true;
      const tentative = s.status === "planned" || s.status === "possible";
      return tentative ? s.documentDate <= hi : s.status !== "happened" || s.documentDate >= lo;
    });
    // An undated article that says it happened (or did not) was written once the day had come.
    const firmDate = (s: EventSource) => s.documentDate ?? (s.status === "happened" || s.status === "not-happened" ? lo : "");
    let pick: EventSource | null = null;
    for (const s of credible) if (!pick || firmDate(s) >= firmDate(pick)) pick = s;
    if (pick) return pick;
  }
  return sorted[sorted.length - 1]!;
}

/** A stable id from type, participants, place and start: "event:2023-10-26:meeting:1a2b3c4d". */
export function eventId(type: EventType, participants: string[], place: string | null, start: string | null): string {
  return `event:${start ?? "undated"}:${type}:${hash8(`${participants.join(",")}|${place ?? ""}`)}`;
}

function majorityType(c: Cluster): EventType {
  const count = new Map<EventType, number>();
  for (const i of c.inputs) count.set(i.type, (count.get(i.type) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function pickPlace(c: Cluster, places: PlaceRelations): string | null {
  // 她没有随马克龙前往广州 says where a visit that happened did not go: such a place is no event's own.
  const happened = c.inputs.some((i) => i.status === "happened");
  const count = new Map<string, number>();
  for (const i of c.inputs) if (i.place && !(happened && i.status === "not-happened")) count.set(i.place, (count.get(i.place) ?? 0) + 1);
  let best: string | null = null;
  for (const [p] of [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    best = best === null ? p : places.narrower(best, p);
  }
  return best;
}
