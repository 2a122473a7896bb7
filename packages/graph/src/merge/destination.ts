// A visit no source gives a destination (何立峰此行也将出席APEC会议) goes to the country where, or whose
// people, the visitor met in the articles that report it: 耶伦与何立峰周四和周五在旧金山举行了两天会谈 → 美国.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, overlaps } from "../time/days.ts";
import { typeClass } from "./cluster.ts";
import { eventId } from "./finish.ts";
import type { PlaceRelations } from "./places.ts";

/**
 * Gives each visit without a place the one foreign country of the visitor's meetings that an article of
 * the visit reports (on the visit's days when both are dated): the country of the meeting's place, or of
 * its hosts (the other people, all of one country) when it names none. Nothing when the meetings are in
 * several countries or no place entity stands for the country. Updates ids; returns the visits it placed.
 */
export function placeVisits(events: TimelineEvent[], places: PlaceRelations, countryOf: (person: string) => string | null): TimelineEvent[] {
  const placed: TimelineEvent[] = [];
  // Meetings by article: a visit looks only at the meetings its own articles report.
  const meetingsIn = new Map<string, TimelineEvent[]>();
  for (const m of events) {
    if (typeClass(m.type) !== "meeting" || m.status === "not-happened") continue;
    for (const d of new Set(m.sources.map((s) => s.document))) {
      const list = meetingsIn.get(d);
      if (list) list.push(m);
      else meetingsIn.set(d, [m]);
    }
  }
  for (const v of events) {
    if (v.type !== "visit" || v.place || v.status === "not-happened") continue;
    const docs = new Set(v.sources.map((s) => s.document));
    const when = intervalOf(v.start, v.end);
    // Countries of the meetings' places; of their hosts only when no meeting names a place.
    const found = new Set<string>();
    const hosts = new Set<string>();
    for (const p of v.participants) {
      const own = countryOf(p);
      const seen = new Set<TimelineEvent>();
      for (const m of [...docs].flatMap((d) => meetingsIn.get(d) ?? [])) {
        if (seen.has(m) || !m.participants.includes(p)) continue;
        seen.add(m);
        const iv = intervalOf(m.start, m.end);
        if (when && iv && !overlaps(when, iv)) continue;
        // Where the meeting was, else whose country its hosts are (普京与莫迪在天津会谈: China, not Russia).
        const country = m.place ? places.countryOf(m.place) : hostCountry(m, v.participants, countryOf);
        if (country && country !== own) (m.place ? found : hosts).add(country);
      }
    }
    const countries = found.size ? found : hosts;
    const place = countries.size === 1 ? places.countryPlace([...countries][0]!) : null;
    if (!place) continue;
    v.place = place;
    v.id = eventId(v.type, v.participants, place, v.start);
    placed.push(v);
  }
  return placed;
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
