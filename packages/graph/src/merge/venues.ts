// Meetings without a place happen where a participant was visiting that day: 布林肯18日抵达北京,
// 19日与王毅会晤 → the meeting is in 北京.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, type DayInterval } from "../time/days.ts";
import { eventId } from "./finish.ts";

/** Gives each placeless meeting the destination of the one visit, by any of its participants, that covers its days. */
export function placeMeetings(events: TimelineEvent[]): void {
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
}
