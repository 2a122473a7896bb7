// A meeting called off is no trip called off: 奥巴马原定6日在万象与杜特尔特会晤，但会晤取消 reads as a
// "not happened" visit to 万象 too, while the same visitor was in 万象 those days. That visit is the trip.
import type { TimelineEvent } from "../model.ts";
import { daysApart, intervalOf } from "../time/days.ts";
import { addSources } from "./finish.ts";
import { datedByKindPeople } from "./indexed.ts";
import { kindPeopleKey } from "./plan-keys.ts";
import type { PlaceRelations } from "./places.ts";

/** Options of `joinCalledOff`. */
export interface CalledOffOptions {
  /** Most days between the called-off day and the visit that happened. */
  gapDays: number;
}

/** Defaults: the day before or after (an arrival the evening before, a departure the morning after). */
export const DEFAULT_CALLED_OFF_OPTIONS: CalledOffOptions = { gapDays: 1 };

const isMeeting = (e: TimelineEvent) => e.type === "meeting" || e.type === "summit";
const key = (document: string, quote: string) => `${document}\u0000${quote}`;

/**
 * Joins each visit that every source says did not happen, when each of those sentences also reports a
 * called-off meeting of the visitor, into the one visit of the same people that happened in a place
 * containing or inside its own within `gapDays`. The visit that happened keeps its dates and status.
 * Returns the remaining events.
 * @example joinCalledOff([laosTrip, calledOffLeg, calledOffMeeting], places) // [laosTrip, calledOffMeeting]
 */
export function joinCalledOff(events: TimelineEvent[], places: PlaceRelations, options: Partial<CalledOffOptions> = {}): TimelineEvent[] {
  const { gapDays } = { ...DEFAULT_CALLED_OFF_OPTIONS, ...options };
  const offMeetings = new Map<string, TimelineEvent[]>();
  for (const m of events) {
    if (!isMeeting(m)) continue;
    for (const s of m.sources) {
      if (s.status !== "not-happened") continue;
      const k = key(s.document, s.quote);
      offMeetings.set(k, [...(offMeetings.get(k) ?? []), m]);
    }
  }
  if (offMeetings.size === 0) return events;
  const held = datedByKindPeople(events, (e) => e.type === "visit" && e.status === "happened" && !!e.place);
  const gone = new Set<TimelineEvent>();
  for (const v of events) {
    const iv = intervalOf(v.start, v.end);
    if (v.type !== "visit" || !v.place || !iv || !v.sources.every((s) => s.status === "not-happened")) continue;
    const fromMeeting = (s: TimelineEvent["sources"][number]) =>
      (offMeetings.get(key(s.document, s.quote)) ?? []).some((m) => v.participants.every((p) => m.participants.includes(p)));
    if (!v.sources.every(fromMeeting)) continue;
    const found = (held.get(kindPeopleKey(v)) ?? []).filter(
      (h) => daysApart(h.iv, iv) <= gapDays && places.fit(v.place, h.event.place) >= 2,
    );
    if (found.length !== 1) continue;
    const into = found[0]!.event;
    addSources(into, v, found[0]!.iv);
    into.status = "happened";
    gone.add(v);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}
