// An undated visit that got its destination from the visitor's meetings is the dated visit there that
// its own article reports: 賴總統出訪期間… (no date, no place; placed in 马绍尔群岛 by 與馬國總統海妮舉行
// 雙邊會談) is the visit 抵達馬紹爾群島 of the same article, not a second one.
import type { TimelineEvent } from "../model.ts";
import { intervalOf } from "../time/days.ts";
import { addSources } from "./finish.ts";
import { kindPeopleKey } from "./plan-keys.ts";
import type { PlaceRelations } from "./places.ts";

/**
 * Joins each of the `placed` visits (see `placeVisits`) that no source dates into the one dated visit
 * of the same people, at its place or a place inside it or containing it, that one of its articles
 * also reports and whose status agrees. Nothing when there are none or several. Returns the rest.
 * @example joinPlacedVisits(events, placeVisits(events, places, countryOf), places)
 */
export function joinPlacedVisits(events: TimelineEvent[], placed: readonly TimelineEvent[], places: PlaceRelations): TimelineEvent[] {
  const undated = placed.filter((v) => v.start === null && v.end === null && v.place);
  if (undated.length === 0) return events;
  const wanted = new Set(undated.map(kindPeopleKey));
  const byKey = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    if (e.type !== "visit" || !e.place || !intervalOf(e.start, e.end) || !wanted.has(kindPeopleKey(e))) continue;
    const list = byKey.get(kindPeopleKey(e)) ?? [];
    list.push(e);
    byKey.set(kindPeopleKey(e), list);
  }
  const gone = new Set<TimelineEvent>();
  for (const v of undated) {
    const docs = new Set(v.sources.map((s) => s.document));
    const negated = v.status === "not-happened";
    const fits = (byKey.get(kindPeopleKey(v)) ?? []).filter(
      (e) => !gone.has(e) && (e.status === "not-happened") === negated && places.fit(v.place, e.place) >= 2 && e.sources.some((s) => docs.has(s.document)),
    );
    if (fits.length !== 1) continue;
    const target = fits[0]!;
    addSources(target, v, intervalOf(target.start, target.end));
    gone.add(v);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}
