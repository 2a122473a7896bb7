// Meetings without a place happen where a participant was visiting that day: 布林肯18日抵达北京,
// 19日与王毅会晤 → the meeting is in 北京; or where the same article has them meet others that day:
// 习近平在钓鱼台国宾馆会见朔尔茨…朔尔茨当天也与李强举行会谈 → 北京.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, type DayInterval } from "../time/days.ts";
import { eventId } from "./finish.ts";
import type { PlaceRelations } from "./places.ts";

/**
 * Gives each placeless meeting the destination of the one visit, by any of its participants, that covers
 * its days; failing that (with `places`), the one city of the placed meetings its participants hold on the
 * same day that one of its articles reports.
 */
export function placeMeetings(events: TimelineEvent[], places?: PlaceRelations): void {
  const visits = new Map<string, { place: string; iv: DayInterval; status: string }[]>();
  for (const v of events) {
    if (v.type !== "visit" || !v.place || v.precision !== "day") continue;
    const iv = intervalOf(v.start, v.end);
    if (!iv) continue;
    for (const p of v.participants) {
      const list = visits.get(p) ?? [];
      list.push({ place: v.place, iv, status: v.status });
      visits.set(p, list);
    }
  }
  for (const e of events) {
    if ((e.type !== "meeting" && e.type !== "summit") || e.place || e.precision !== "day") continue;
    const iv = intervalOf(e.start, e.end);
    if (!iv) continue;
    const found = new Set<string>();
    for (const p of e.participants) {
      for (const v of visits.get(p) ?? []) if (v.status === e.status && v.iv.lo <= iv.lo && iv.hi <= v.iv.hi) found.add(v.place);
    }
    if (found.size !== 1) continue;
    e.place = [...found][0]!;
    e.id = eventId(e.type, e.participants, e.place, e.start);
  }
  if (places) sameDayCities(events, places);
}

const isMeeting = (e: TimelineEvent) => e.type === "meeting" || e.type === "summit";

function sameDayCities(events: TimelineEvent[], places: PlaceRelations): void {
  const day = (e: TimelineEvent) => (e.precision === "day" && e.start !== null && e.start === (e.end ?? e.start) ? e.start : null);
  const held = new Map<string, { city: string; docs: Set<string>; event: TimelineEvent }[]>();
  for (const m of events) {
    const d = day(m);
    if (!isMeeting(m) || !m.place || !d || m.status !== "happened") continue;
    const entry = { city: places.cityOf(m.place) ?? m.place, docs: new Set(m.sources.map((s) => s.document)), event: m };
    for (const p of m.participants) {
      const list = held.get(`${p}|${d}`) ?? [];
      list.push(entry);
      held.set(`${p}|${d}`, list);
    }
  }
  for (const e of events) {
    const d = day(e);
    if (!isMeeting(e) || e.place || !d || e.status !== "happened") continue;
    const found = new Set<string>();
    for (const p of e.participants) {
      for (const h of held.get(`${p}|${d}`) ?? []) if (h.event !== e && e.sources.some((s) => h.docs.has(s.document))) found.add(h.city);
    }
    if (found.size !== 1) continue;
    e.place = [...found][0]!;
    e.id = eventId(e.type, e.participants, e.place, e.start);
  }
}
