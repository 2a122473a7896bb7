// A plan dated before the article that reports it is still planned borrows its date from the words
// around it: 今年8月，苏利文访问北京…为今次「拜习会」作准备 (an article of 11-17) plans the meeting
// the same article reports as held on 11-16, not an August meeting.
import type { TimelineEvent } from "../model.ts";
import { intervalOf } from "../time/days.ts";
import { addSources } from "./finish.ts";
import { datedByKindPeople } from "./indexed.ts";
import { kindPeopleKey, onlyPlanned } from "./plan-keys.ts";
import type { PlaceRelations } from "./places.ts";

/** Options of `joinStalePlans`. */
export interface StalePlanOptions {
  /** Days after its article's date the event may lie and still be the one it reports (time zones). */
  slackDays: number;
}

/** Default stale-plan options. */
export const DEFAULT_STALE_PLAN_OPTIONS: StalePlanOptions = { slackDays: 3 };

/**
 * Joins each event that every source only plans, dated wholly before every one of its articles, into the
 * one event of the same people, at a fitting place, that one of those articles reports as happened after
 * the plan's window and by the article's date. The happened event keeps its dates. Returns the rest.
 */
export function joinStalePlans(events: TimelineEvent[], places: PlaceRelations, options: Partial<StalePlanOptions> = {}): TimelineEvent[] {
  const { slackDays } = { ...DEFAULT_STALE_PLAN_OPTIONS, ...options };
  const held = datedByKindPeople(events, (e) => e.status === "happened" && e.datedBy !== "documents");
  const gone = new Set<TimelineEvent>();
  for (const p of events) {
    const iv = intervalOf(p.start, p.end);
    if (!iv || p.datedBy === "documents" || !onlyPlanned(p)) continue;
    const written = p.sources.map((s) => intervalOf(s.documentDate));
    if (written.some((d) => !d || d.lo <= iv.hi)) continue;
    const latest = Math.max(...written.map((d) => d!.hi));
    const found = (held.get(kindPeopleKey(p)) ?? []).filter(
      (h) => h.iv.lo > iv.hi && h.iv.lo <= latest + slackDays && p.sources.some((s) => h.event.sources.some((x) => x.document === s.document)) && places.fit(p.place, h.event.place) > 0,
    );
    if (found.length !== 1) continue;
    addSources(found[0]!.event, p, found[0]!.iv);
    gone.add(p);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}
