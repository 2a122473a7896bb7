// A plan that slipped a few days is the event that then happened: 白宫未排除川普与习近平11月底在布宜诺斯
// 艾利斯会面的可能 (an article of October) and 12月1日两人在布宜诺斯艾利斯共进晚餐 are one meeting.
import type { TimelineEvent } from "../model.ts";
import { daysApart, intervalOf } from "../time/days.ts";
import { typeClass } from "./cluster.ts";
import { addSources } from "./finish.ts";
import { datedByKindPeople } from "./indexed.ts";
import { kindPeopleKey, onlyPlanned } from "./plan-keys.ts";
import type { PlaceRelations } from "./places.ts";

/** Options of `joinSlips`. */
export interface SlipOptions {
  /** Most days between a plan's window and the event that happened. */
  slipDays: number;
}

/** Default slip options. */
export const DEFAULT_SLIP_OPTIONS: SlipOptions = { slipDays: 14 };

/**
 * Joins each meeting or visit that every source only plans into the one event of the same people that
 * happened at a fitting place within `slipDays` of the plan, when every report of the plan came before
 * that event; a meeting plan naming no place joins only a meeting held after its window (the next one). The happened event keeps its dates; the latest source's status stands.
 * Returns the remaining events.
 */
export function joinSlips(events: TimelineEvent[], places: PlaceRelations, options: Partial<SlipOptions> = {}): TimelineEvent[] {
  const { slipDays } = { ...DEFAULT_SLIP_OPTIONS, ...options };
  const happened = datedByKindPeople(events, (e) => e.status === "happened" && !!e.place && typeClass(e.type) !== "call");
  const gone = new Set<TimelineEvent>();
  for (const p of events) {
    const iv = intervalOf(p.start, p.end);
    const cls = typeClass(p.type);
    // A meeting plan may name no place (两人同意尽快会面): it is the pair's next meeting, if held within the slip.
    if (!iv || (!p.place && cls !== "meeting") || cls === "call" || !onlyPlanned(p)) continue;
    const found = (happened.get(kindPeopleKey(p)) ?? []).filter(({ event, iv: h }) => {
      const gap = daysApart(h, iv);
      const before = p.sources.every((s) => (intervalOf(s.documentDate)?.lo ?? Infinity) <= h.lo);
      const ahead = p.place !== null || iv.hi <= h.lo;
      return gap <= slipDays && before && ahead && places.fit(p.place, event.place) > 0;
    });
    if (found.length !== 1) continue;
    addSources(found[0]!.event, p, found[0]!.iv);
    gone.add(p);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}
