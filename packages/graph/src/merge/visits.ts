// Visits take their days from the visitor's meetings at the destination: a visit reported as
// "10月" or "为期三天" whose visitor met people in 华盛顿 on 26日 and 27日 ran at least 26-27. A visit no
// source dates (李强在访澳前曾访问纽西兰，并于13日在威灵顿…会谈) takes the days of the visitor's meetings
// there that its own articles report.
import type { TimelineEvent } from "../model.ts";
import { formatInterval, intervalOf, type DayInterval } from "../time/days.ts";
import { typeClass } from "./cluster.ts";
import { eventId } from "./finish.ts";
import type { PlaceRelations } from "./places.ts";

/** A visit is only anchored when its meetings span at most this many days. */
const MAX_VISIT_DAYS = 14;

/** Narrows (or extends, within its sources' envelope) each visit to its visitor's meeting days; updates ids. */
export function anchorVisits(events: TimelineEvent[], places: PlaceRelations): void {
  const meetingsOf = new Map<string, { event: TimelineEvent; iv: DayInterval }[]>();
  for (const e of events) {
    if (typeClass(e.type) !== "meeting" || e.precision !== "day" || e.status === "not-happened") continue;
    const iv = intervalOf(e.start, e.end);
    if (!iv) continue;
    for (const p of e.participants) {
      const list = meetingsOf.get(p) ?? [];
      list.push({ event: e, iv });
      meetingsOf.set(p, list);
    }
  }
  for (const v of events) {
    if (v.type !== "visit" || !v.place || v.status === "not-happened") continue;
    // Undated: only the meetings its own articles report, on any day.
    const envelope = envelopeOf(v) ?? (v.start === null ? { lo: -Infinity, hi: Infinity } : null);
    if (!envelope) continue;
    const docs = envelope.lo === -Infinity ? new Set(v.sources.map((s) => s.document)) : null;
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of v.participants) {
      for (const { event, iv } of meetingsOf.get(p) ?? []) {
        if (!event.place || (event.place !== v.place && !places.contains(v.place, event.place))) continue;
        if (iv.lo < envelope.lo || iv.hi > envelope.hi || (event.status === "happened") !== (v.status === "happened")) continue;
        if (docs && !event.sources.some((s) => docs.has(s.document))) continue;
        lo = Math.min(lo, iv.lo);
        hi = Math.max(hi, iv.hi);
      }
    }
    if (lo > hi) continue;
    const own = v.precision === "day" ? intervalOf(v.start, v.end) : null;
    const span = own ? { lo: Math.min(lo, own.lo), hi: Math.max(hi, own.hi) } : { lo, hi };
    if (span.hi - span.lo + 1 > MAX_VISIT_DAYS) continue;
    const { start, end } = formatInterval(span, "day");
    v.start = start;
    v.end = end;
    v.precision = "day";
    v.id = eventId(v.type, v.participants, v.place, start);
  }
}

/** The union of every source's dates: how far the event's reports reach. */
function envelopeOf(e: TimelineEvent): DayInterval | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of e.sources) {
    const iv = intervalOf(s.from, s.to);
    if (!iv) continue;
    lo = Math.min(lo, iv.lo);
    hi = Math.max(hi, iv.hi);
  }
  return lo <= hi ? { lo, hi } : null;
}
