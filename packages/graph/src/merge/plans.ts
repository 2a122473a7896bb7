// Plans: the same plan reported with different vague dates is one event. 将于明年初访问中国 (an article
// of 11-01) and 将于明年4月访问中国 (10-30) are one planned trip; the more precise date stands.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, precisionRank, type DayInterval } from "../time/days.ts";
import { typeClass } from "./cluster.ts";
import { addSources, eventId } from "./finish.ts";
import { onlyPlanned } from "./plan-keys.ts";
import type { PlaceRelations } from "./places.ts";

/** Options of `joinPlans`. */
export interface PlanOptions {
  /** Days allowed between two plans' windows (明年初 ends 03-31, 明年4月 starts 04-01). */
  gapDays: number;
}

/** Default plan options. */
export const DEFAULT_PLAN_OPTIONS: PlanOptions = { gapDays: 31 };

interface Plan {
  event: TimelineEvent;
  iv: DayInterval;
  rank: number;
  docs: Set<string>;
}

/**
 * Joins visits and meetings that every source only plans, with the same people, places that fit and
 * vague (not day-precise) windows at most `gapDays` apart, reported by different articles. The more
 * precise (then the narrower) window stands; the latest source's status. Returns the remaining events.
 */
export function joinPlans(events: TimelineEvent[], places: PlaceRelations, options: Partial<PlanOptions> = {}): TimelineEvent[] {
  const { gapDays } = { ...DEFAULT_PLAN_OPTIONS, ...options };
  const groups = new Map<string, Plan[]>();
  for (const event of events) {
    const cls = typeClass(event.type);
    if (cls === "call" || event.precision === "day" || !onlyPlanned(event)) continue;
    const iv = intervalOf(event.start, event.end);
    if (!iv) continue;
    const key = `${cls}|${event.participants.join("|")}`;
    const plan = { event, iv, rank: precisionRank(event.precision), docs: new Set(event.sources.map((s) => s.document)) };
    const list = groups.get(key);
    if (list) list.push(plan);
    else groups.set(key, [plan]);
  }
  const gone = new Set<TimelineEvent>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.iv.lo - b.iv.lo);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (gone.has(a.event)) continue;
      for (const b of list.slice(i + 1)) {
        if (b.iv.lo - a.iv.hi > gapDays + 1) break;
        if (gone.has(b.event) || !fits(a, b, places)) continue;
        const [keep, drop] = better(a, b) ? [a, b] : [b, a];
        join(keep, drop);
        gone.add(drop.event);
        if (drop === a) break;
      }
    }
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}

/** Different articles, places that fit. */
function fits(a: Plan, b: Plan, places: PlaceRelations): boolean {
  for (const d of a.docs) if (b.docs.has(d)) return false;
  return places.fit(a.event.place, b.event.place) > 0;
}

/** True when a's window is the one to keep: more precise, then narrower. */
function better(a: Plan, b: Plan): boolean {
  return a.rank !== b.rank ? a.rank < b.rank : a.iv.hi - a.iv.lo <= b.iv.hi - b.iv.lo;
}

function join(keep: Plan, drop: Plan): void {
  const e = keep.event;
  addSources(e, drop.event, keep.iv);
  if (!e.place && drop.event.place) e.place = drop.event.place;
  e.id = eventId(e.type, e.participants, e.place, e.start);
  for (const d of drop.docs) keep.docs.add(d);
}
