// Events that got their dates only after merging (from their articles' dates or from the visit they belong
// to) are compared once more with the events the text dates: 随后前往赞比亚，与希奇莱马会面 (no date; the
// visit lends 3月31日) is the meeting another article dates 3月31日 in 卢萨卡; 习近平访问罗马期间 (an
// article of April, no date) is the Italian state visit another article dates 21日 in 巴勒莫.
import type { TimelineEvent } from "../model.ts";
import { intervalOf, overlaps, type DayInterval } from "../time/days.ts";
import { around } from "./around.ts";
import { typeClass } from "./cluster.ts";
import { addSources } from "./finish.ts";
import { datedByKindPeople, firstParagraph, sameHappening, type DatedEvent } from "./indexed.ts";
import { kindPeopleKey } from "./plan-keys.ts";
import type { PlaceRelations } from "./places.ts";

/** Longest event (days) a report with lent dates may join: a month. */
const MAX_TARGET_DAYS = 31;

/**
 * True when no source of the event dates it: its dates come from its articles (datedBy "documents")
 * or were lent by the visit it belongs to (every source's own date is null).
 */
export function lentDates(e: TimelineEvent): boolean {
  return e.datedBy === "documents" || e.sources.every((s) => s.from === null && s.to === null);
}

/**
 * Whether two destinations of one visitor can be one visit: fitting places, or two places of one
 * foreign country (罗马 and 巴勒莫 on one state visit to 意大利); never two countries.
 */
export function sameVisitPlace(a: string | null, b: string | null, places: PlaceRelations, home: string | null): boolean {
  if (places.fit(a, b) > 0) return true;
  const country = places.countryOf(a!);
  return !!country && country !== home && country === places.countryOf(b!) && !places.countryLevel(a!) && !places.countryLevel(b!);
}

/**
 * Joins each event whose dates were lent (see `lentDates`) into the one event of the same kind and
 * people that a source dates, overlaps it and fits its place (for a visit of the same status, another
 * city of the same country fits too: see `sameVisitPlace`; a planned state visit to 巴西利亚 is not the
 * G20 trip to 里约 that happened); when several do, it stays. Statuses must agree on whether it
 * happened. Returns the remaining events.
 */
export function rejoinLent(events: TimelineEvent[], places: PlaceRelations, countryOf: (person: string) => string | null): TimelineEvent[] {
  // A year's plan or summary (今年已三度访华) is no one event a report can be sure to be about.
  const dated = datedByKindPeople(events, (e, iv) => !lentDates(e) && iv.hi - iv.lo + 1 <= MAX_TARGET_DAYS);
  const gone = new Set<TimelineEvent>();
  for (const e of events) {
    const iv = intervalOf(e.start, e.end);
    if (!iv || !lentDates(e)) continue;
    const all = dated.get(kindPeopleKey(e));
    if (!all) continue;
    const list = around(all, iv.lo, iv.hi, MAX_TARGET_DAYS);
    const visit = typeClass(e.type) === "visit";
    if (visit && e.place === null) {
      const leg = firstLeg(e, iv, list);
      if (leg) {
        addSources(leg.event, e, leg.iv);
        gone.add(e);
      }
      continue;
    }
    const home = visit && e.participants.length === 1 ? countryOf(e.participants[0]!) : null;
    const fits = list.filter(
      (d) =>
        !gone.has(d.event) &&
        overlaps(d.iv, iv) &&
        sameHappening(d.event, e) &&
        (places.fit(e.place, d.event.place) > 0 || (visit && d.event.status === e.status && sameVisitPlace(e.place, d.event.place, places, home))),
    );
    if (fits.length !== 1) continue;
    addSources(fits[0]!.event, e, fits[0]!.iv);
    gone.add(e);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}

/**
 * The visit a placeless, undated one (賴總統出訪期間, 习近平在访问期间将会见国王) is about: of the visits
 * of the same people its own article dates within its window, the one that article reports first.
 */
function firstLeg(e: TimelineEvent, iv: DayInterval, list: DatedEvent[]): DatedEvent | null {
  const docs = new Set(e.sources.map((s) => s.document));
  let best: DatedEvent | null = null;
  let bestAt = Infinity;
  for (const d of list) {
    if (!overlaps(d.iv, iv) || !sameHappening(d.event, e)) continue;
    const at = firstParagraph(d.event, docs);
    if (at < bestAt || (at === bestAt && best && d.iv.lo < best.iv.lo)) [best, bestAt] = [d, at];
  }
  return best;
}
