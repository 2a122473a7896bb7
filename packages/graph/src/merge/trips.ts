// Trips: one visitor's day-precise visits within a couple of days of each other, to places of one
// country, are one trip: 20日抵达莫斯科 and 22日结束对俄罗斯的访问; 釜山 then 庆州 is one visit to 韩国.
// A coarser visit (10月访韩) whose interval holds a day-precise one joins it too. A planned leg
// continues the trip that happened so far (15日抵达阿德莱德 … 周二将前往珀斯); the latest source's status stands.
import type { TimelineEvent } from "../model.ts";
import { formatInterval, intervalOf, overlaps, type DayInterval } from "../time/days.ts";
import { around } from "./around.ts";
import { addSources, eventId } from "./finish.ts";
import type { PlaceRelations } from "./places.ts";

/** Options of `joinTrips`. */
export interface TripOptions {
  /** Days allowed between one visit's last day and the next one's first (2: 14日 and 16日 join). */
  gapDays: number;
  /** Longest trip, in days. */
  maxDays: number;
}

/** Default trip options. */
export const DEFAULT_TRIP_OPTIONS: TripOptions = { gapDays: 2, maxDays: 21 };

interface Dated {
  event: TimelineEvent;
  iv: DayInterval;
  day: boolean;
}

/** Joins each visitor's visits of one trip; returns the remaining events (input order kept). */
export function joinTrips(events: TimelineEvent[], places: PlaceRelations, options: Partial<TripOptions> = {}): TimelineEvent[] {
  const opts = { ...DEFAULT_TRIP_OPTIONS, ...options };
  const groups = new Map<string, Dated[]>();
  for (const event of events) {
    if (event.type !== "visit") continue;
    const iv = intervalOf(event.start, event.end);
    if (!iv) continue;
    // What did not happen is never a leg of what did; a plan and what happened can be one trip.
    const key = `${event.status === "not-happened" ? "not" : "any"}|${event.participants.join("|")}`;
    const dated = { event, iv, day: event.precision === "day" };
    const list = groups.get(key);
    if (list) list.push(dated);
    else groups.set(key, [dated]);
  }
  const gone = new Set<TimelineEvent>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.iv.lo - b.iv.lo || a.iv.hi - b.iv.hi);
    let trip = list[0]!;
    for (const next of list.slice(1)) {
      const place = tripPlace(trip.event.place, next.event.place, places);
      const iv = place === undefined ? null : tripDays(trip, next, opts);
      if (iv) {
        join(trip.event, next.event, iv, place!);
        trip = { event: trip.event, iv, day: true };
        gone.add(next.event);
      } else trip = next;
    }
    joinNearLegs(list, gone, places, opts);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}

/**
 * A coarse visit (a month, or the days before its article: 此次东南亚之行先后访问越南、马来西亚和柬埔寨)
 * that ends or starts within the trip gap of exactly one day-precise visit to the same country is that
 * visit: 柬埔寨 (4月2日至16日, the article's fortnight) and 17日抵达金边; 隨後結束在南非的行程 (from 24日)
 * and 21日抵達約翰內斯堡. The day-precise visit keeps its days.
 */
function joinNearLegs(list: Dated[], gone: Set<TimelineEvent>, places: PlaceRelations, opts: TripOptions): void {
  const near = (a: DayInterval, b: DayInterval) => b.lo - a.hi <= opts.gapDays + 1 && a.lo - b.hi <= opts.gapDays + 1;
  for (const coarse of list) {
    if (coarse.day || gone.has(coarse.event) || !coarse.event.place) continue;
    // The list is sorted by start; a day-precise leg lasts at most maxDays.
    const pool = around(list, coarse.iv.lo - opts.gapDays - 1, coarse.iv.hi + opts.gapDays + 1, opts.maxDays);
    const legs = pool.filter((d) => d.day && !gone.has(d.event) && d.event.place && near(coarse.iv, d.iv) && tripPlace(d.event.place, coarse.event.place, places) !== undefined);
    const leg = legs.length === 1 ? legs[0]! : null;
    if (!leg || places.countryOf(leg.event.place!) !== places.countryOf(coarse.event.place)) continue;
    join(leg.event, coarse.event, leg.iv, tripPlace(leg.event.place, coarse.event.place, places)!);
    gone.add(coarse.event);
  }
}

/** The days of two visits as one trip (the day-precise ones' days), or null when they are two trips. */
function tripDays(a: Dated, b: Dated, opts: TripOptions): DayInterval | null {
  if (a.day && b.day) {
    const hi = Math.max(a.iv.hi, b.iv.hi);
    return b.iv.lo - a.iv.hi <= opts.gapDays + 1 && hi - a.iv.lo < opts.maxDays ? { lo: a.iv.lo, hi } : null;
  }
  if (a.day === b.day || !overlaps(a.iv, b.iv)) return null;
  return a.day ? a.iv : b.iv;
}

/**
 * The destination of two visits as one trip, or undefined when they cannot be one: the narrower of
 * two fitting places, else the container two places of one country share (釜山, 庆州 → 韩国).
 */
function tripPlace(a: string | null, b: string | null, places: PlaceRelations): string | null | undefined {
  if (a === null || b === null) return a ?? b;
  if (places.fit(a, b) > 0) return places.narrower(a, b);
  const country = places.countryOf(a);
  if (!country || country !== places.countryOf(b)) return undefined;
  const theirs = new Set(places.chain(b));
  return places.chain(a).find((c) => theirs.has(c) && places.known(c)) ?? a;
}

function join(into: TimelineEvent, other: TimelineEvent, iv: DayInterval, place: string | null): void {
  addSources(into, other, iv);
  const { start, end } = formatInterval(iv, "day");
  into.start = start;
  into.end = end;
  into.precision = "day";
  into.place = place;
  into.id = eventId(into.type, into.participants, place, start);
}
