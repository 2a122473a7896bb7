// An undated visit that got its destination from the visitor's meetings is the dated visit there that
// its own article reports: 賴總統出訪期間… (no date, no place; placed in 马绍尔群岛 by 與馬國總統海妮舉行
// 雙邊會談) is the visit 抵達馬紹爾群島 of the same article, not a second one.
import type { TimelineEvent } from "../model.ts";
import { addSources } from "./finish.ts";
import { datedByKindPeople, sameHappening } from "./indexed.ts";
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
  const byKey = datedByKindPeople(events, (e) => e.type === "visit" && !!e.place && wanted.has(kindPeopleKey(e)));
  const gone = new Set<TimelineEvent>();
  for (const v of undated) {
    const docs = new Set(v.sources.map((s) => s.document));
    const fits = (byKey.get(kindPeopleKey(v)) ?? []).filter(
      ({ event: e }) => !gone.has(e) && sameHappening(e, v) && places.fit(v.place, e.place) >= 2 && e.sources.some((s) => docs.has(s.document)),
    );
    if (fits.length !== 1) continue;
    const target = fits[0]!;
    addSources(target.event, v, target.iv);
    gone.add(v);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}
