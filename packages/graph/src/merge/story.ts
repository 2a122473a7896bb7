// The story of a visit: the visitor's meetings with the host country's people belong to the visit the
// same article dates. 朔尔茨周五抵达北京 … 习近平在人民大会堂会见了朔尔茨 (no date of its own) → on the
// visit's days; 8日晚间抵达布达佩斯 … 奥班预计9日与习近平会谈 (no place) → in Budapest.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, type DayInterval } from "../time/days.ts";
import { typeClass } from "./cluster.ts";
import { eventId } from "./finish.ts";
import type { PlaceRelations } from "./places.ts";

/** Options of `lendVisits`. */
export interface StoryOptions {
  /** Longest visit, in days, whose days and place its meetings take; also how long after arriving a meeting can fall. */
  maxVisitDays: number;
}

/** Default story options. */
export const DEFAULT_STORY_OPTIONS: StoryOptions = { maxVisitDays: 14 };

/** A dated visit as its meetings see it. */
interface Stay {
  event: TimelineEvent;
  iv: DayInterval;
  country: string;
  docs: Set<string>;
}

/**
 * Gives a visitor's meetings with people of the visited country what the visit's articles know: an
 * undated meeting takes the visit's days (and place, when it names none), and a dated meeting with no
 * place takes the destination of the visit it follows. Only meetings an article of the visit reports;
 * a plan becomes what happened only when every report of it came after the visit had ended.
 * Mutates the meetings and updates their ids.
 */
export function lendVisits(
  events: TimelineEvent[],
  places: PlaceRelations,
  countryOf: (person: string) => string | null,
  options: Partial<StoryOptions> = {},
): void {
  const { maxVisitDays } = { ...DEFAULT_STORY_OPTIONS, ...options };
  const stays = new Map<string, Stay[]>();
  for (const v of events) {
    if (v.type !== "visit" || !v.place || v.status === "not-happened" || v.datedBy === "documents") continue;
    const iv = intervalOf(v.start, v.end);
    const country = places.countryOf(v.place);
    if (!iv || !country || iv.hi - iv.lo + 1 > maxVisitDays) continue;
    const stay = { event: v, iv, country, docs: new Set(v.sources.map((s) => s.document)) };
    for (const p of v.participants) {
      const list = stays.get(p);
      if (list) list.push(stay);
      else stays.set(p, [stay]);
    }
  }
  for (const list of stays.values()) list.sort((a, b) => a.iv.lo - b.iv.lo);
  for (const m of events) {
    if (typeClass(m.type) !== "meeting" || m.status === "not-happened" || m.datedBy === "documents") continue;
    const docs = m.sources.map((s) => s.document);
    const hosted = (s: Stay) => hosts(m, s, countryOf) && docs.some((d) => s.docs.has(d));
    if (m.start === null) {
      const found = new Set<Stay>();
      for (const p of m.participants) {
        for (const s of stays.get(p) ?? []) {
          // Every article of the meeting reports the visit; or, when the meeting names the visit's place (首尔,
          // 在首尔与文在寅会谈), one does: another article recalling the same talks there adds no other trip.
          const fit = m.place ? places.fit(m.place, s.event.place) : 1;
          if (hosted(s) && fit > 0 && (docs.every((d) => s.docs.has(d)) || fit >= 2)) found.add(s);
        }
      }
      if (found.size === 1) lendDays(m, [...found][0]!);
    } else if (m.place === null) {
      const iv = intervalOf(m.start, m.end);
      if (!iv) continue;
      const found = new Set<string>();
      for (const p of m.participants) {
        // A visit there that holds the meeting's days, else the latest arrival before it (a visit known by
        // its first day only: 8日晚间抵达布达佩斯), a visit's length at most.
        const mine = stays.get(p) ?? [];
        const holding = mine.filter((s) => s.iv.lo <= iv.lo && iv.hi <= s.iv.hi && hosted(s));
        // The latest arrival in the host's country, unless the visitor arrived elsewhere before the meeting's
        // day: 7日晚转往贝尔格莱德…8日与武契奇会谈 (当晚飞抵布达佩斯 the same day) is in Belgrade.
        const last = mine.filter((s) => s.iv.lo <= iv.lo && hosted(s)).pop();
        const away = last && mine.some((s) => s.iv.lo > last.iv.lo && s.iv.lo < iv.lo && !hosted(s));
        if (holding.length) for (const s of holding) found.add(s.event.place!);
        else if (last && !away && last.iv.lo === last.iv.hi && iv.hi - last.iv.lo < maxVisitDays) found.add(last.event.place!);
      }
      if (found.size === 1) setPlace(m, [...found][0]!);
    }
  }
}

/** True when the meeting is between the stay's visitor(s) and people of the visited country only. */
function hosts(m: TimelineEvent, s: Stay, countryOf: (person: string) => string | null): boolean {
  const visitors = new Set(s.event.participants);
  let guests = 0;
  let locals = 0;
  for (const p of m.participants) {
    const country = countryOf(p);
    if (visitors.has(p)) {
      if (country === s.country) return false;
      guests++;
    } else if (country === s.country) locals++;
    else return false;
  }
  return guests > 0 && locals > 0;
}

function lendDays(m: TimelineEvent, s: Stay): void {
  const v = s.event;
  m.start = v.start;
  m.end = v.end;
  m.precision = v.precision;
  if (!m.place) m.place = v.place;
  const tentative = m.status === "planned" || m.status === "possible";
  // 朔尔茨随后与李克强举行会谈, written the day after a visit that happened: the talks happened too.
  const after = (date: string | null) => (intervalOf(date)?.lo ?? -Infinity) > s.iv.hi;
  if (tentative && v.status === "happened" && m.sources.every((x) => after(x.documentDate))) m.status = "happened";
  m.id = eventId(m.type, m.participants, m.place, m.start);
}

function setPlace(m: TimelineEvent, place: string): void {
  m.place = place;
  m.id = eventId(m.type, m.participants, m.place, m.start);
}
