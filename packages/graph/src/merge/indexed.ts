// The index the post-merge passes share: events by kind and people, each with its day interval, sorted by start.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, type DayInterval } from "../time/days.ts";
import { kindPeopleKey } from "./plan-keys.ts";

/** An event with its day interval. */
export interface DatedEvent {
  event: TimelineEvent;
  iv: DayInterval;
}

/**
 * The dated events `keep` accepts, grouped by `kindPeopleKey`, each list sorted by start (as `around` wants).
 * @example datedByKindPeople(events, (e) => e.status === "happened").get(kindPeopleKey(plan))
 */
export function datedByKindPeople(events: readonly TimelineEvent[], keep: (e: TimelineEvent, iv: DayInterval) => boolean): Map<string, DatedEvent[]> {
  const out = new Map<string, DatedEvent[]>();
  for (const event of events) {
    const iv = intervalOf(event.start, event.end);
    if (!iv || !keep(event, iv)) continue;
    const key = kindPeopleKey(event);
    const list = out.get(key);
    if (list) list.push({ event, iv });
    else out.set(key, [{ event, iv }]);
  }
  for (const list of out.values()) list.sort((a, b) => a.iv.lo - b.iv.lo);
  return out;
}

/** Whether two events agree on whether they happened at all: "not-happened" only goes with "not-happened". */
export function sameHappening(a: TimelineEvent, b: TimelineEvent): boolean {
  return (a.status === "not-happened") === (b.status === "not-happened");
}

/** The first paragraph in which one of `docs` reports the event; Infinity when none does. */
export function firstParagraph(e: TimelineEvent, docs: ReadonlySet<string>): number {
  return Math.min(...e.sources.filter((s) => docs.has(s.document)).map((s) => s.paragraph));
}
