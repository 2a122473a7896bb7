// A visit no source gives a destination (何立峰此行也将出席APEC会议) goes to the country whose people the
// visitor met in the articles that report it: 耶伦与何立峰周四和周五在旧金山举行了两天会谈 → 美国.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, overlaps } from "../time/days.ts";
import { typeClass } from "./cluster.ts";
import { eventId } from "./finish.ts";
import type { PlaceRelations } from "./places.ts";

/**
 * Gives each visit without a place the country of the visitor's hosts: the people, all of one country
 * other than the visitor's, the visitor met in a meeting that an article of the visit reports (on the
 * visit's days when both are dated, and at a place in that country when it names one). Nothing when
 * the hosts are of several countries or no place entity stands for the country. Updates ids.
 */
export function placeVisits(events: TimelineEvent[], places: PlaceRelations, countryOf: (person: string) => string | null): void {
  const meetingsOf = new Map<string, TimelineEvent[]>();
  for (const m of events) {
    if (typeClass(m.type) !== "meeting" || m.status === "not-happened") continue;
    for (const p of m.participants) meetingsOf.set(p, [...(meetingsOf.get(p) ?? []), m]);
  }
  for (const v of events) {
    if (v.type !== "visit" || v.place || v.status === "not-happened") continue;
    const docs = new Set(v.sources.map((s) => s.document));
    const when = intervalOf(v.start, v.end);
    const found = new Set<string>();
    for (const p of v.participants) {
      const own = countryOf(p);
      for (const m of meetingsOf.get(p) ?? []) {
        if (!m.sources.some((s) => docs.has(s.document))) continue;
        const iv = intervalOf(m.start, m.end);
        if (when && iv && !overlaps(when, iv)) continue;
        const host = hostCountry(m, v.participants, countryOf);
        if (!host || host === own || (m.place && places.countryOf(m.place) !== host)) continue;
        found.add(host);
      }
    }
    const place = found.size === 1 ? places.countryPlace([...found][0]!) : null;
    if (!place) continue;
    v.place = place;
    v.id = eventId(v.type, v.participants, place, v.start);
  }
}

/** The one country of every participant who is not a visitor, or null. */
function hostCountry(m: TimelineEvent, visitors: string[], countryOf: (person: string) => string | null): string | null {
  let host: string | null = null;
  for (const p of m.participants) {
    if (visitors.includes(p)) continue;
    const c = countryOf(p);
    if (!c || (host && c !== host)) return null;
    host = c;
  }
  return host;
}
