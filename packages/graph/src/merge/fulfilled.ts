// A plan the news reported before the trip is the trip that followed: 耶伦期待访问中国 (an article of
// January) and the visit 耶伦7月6日至9日访华 are one visit. Undated plans join it in the merger; this
// pass takes the plans dated into their own past (a date borrowed from the trip the article reports).
import type { EventSource, TimelineEvent } from "../model.ts";
import { intervalOf } from "../time/days.ts";
import { addSources } from "./finish.ts";
import { datedByKindPeople } from "./indexed.ts";
import { kindPeopleKey, onlyPlanned } from "./plan-keys.ts";
import type { PlaceRelations } from "./places.ts";

/** Options of `joinFulfilledPlans`. */
export interface FulfilledPlanOptions {
  /** Most days from the plan's latest article to the start of the visit that fulfils it. */
  horizonDays: number;
  /** Days a plan's own window may reach past its article and still count as undated (time zones). */
  slackDays: number;
  /** Most days to the visit for an undated report whose "happened" no cue supports (see `unsupported`). */
  unsupportedDays: number;
}

/** Defaults: half a year for plans, a quarter for unsupported reports, and a few days of slack. */
export const DEFAULT_FULFILLED_PLAN_OPTIONS: FulfilledPlanOptions = { horizonDays: 183, slackDays: 3, unsupportedDays: 92 };

/**
 * Joins each visit that every source only plans, with a destination and no date of its own after its
 * articles (undated, or dated no later than the articles: a plan cannot lie in its own past), into the
 * first visit of the same people that happened at the same place (or one containing the other) after its latest article, within
 * `horizonDays`. The happened visit keeps its dates and status. Returns the remaining events.
 * An undated visit (or one dated only by its article's days: date:trip-leg) no cue says happened (雷蒙多亦表示有意訪華, 正在籌劃訪華: "happened" by default
 * only) cannot be a visit after its article either way, so it joins the next one too, within `unsupportedDays`.
 */
export function joinFulfilledPlans(events: TimelineEvent[], places: PlaceRelations, options: Partial<FulfilledPlanOptions> = {}): TimelineEvent[] {
  const { horizonDays, slackDays, unsupportedDays } = { ...DEFAULT_FULFILLED_PLAN_OPTIONS, ...options };
  const held = datedByKindPeople(events, (e) => e.type === "visit" && e.status === "happened" && e.datedBy !== "documents" && !!e.place);
  const gone = new Set<TimelineEvent>();
  for (const p of events) {
    const weak = !onlyPlanned(p) && unsupported(p);
    if (p.type !== "visit" || !p.place || !(weak || onlyPlanned(p))) continue;
    const list = held.get(kindPeopleKey(p));
    if (!list) continue;
    const written = p.sources.map((s) => intervalOf(s.documentDate));
    if (written.some((d) => !d)) continue;
    const latest = Math.max(...written.map((d) => d!.hi));
    const own = intervalOf(p.start, p.end);
    if (own && own.hi > latest + slackDays) continue;
    const next = list.find((h) => h.event !== p && h.iv.lo > latest - slackDays && places.fit(p.place, h.event.place) >= 2);
    if (!next || next.iv.lo > latest + (weak ? unsupportedDays : horizonDays)) continue;
    addSources(next.event, p, next.iv);
    gone.add(p);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}

/**
 * True when no source dates the visit with words of its own (no date, or only the days before its
 * article guessed for an undated leg: 普丁會見王毅 盼習近平訪俄, date:trip-leg; or those another report of its
 * article lent it, date:itinerary) and each says "happened"
 * only by default, with no cue (rule "status:default").
 */
function unsupported(e: TimelineEvent): boolean {
  // date:itinerary: the days another report of the same article gave the same destination.
  const undated = (s: EventSource) => s.from === null || /(?:^|;)date:(?:trip-leg|itinerary)(?:;|$)/.test(s.rule);
  // Dates lent by the visit's own meetings (every source undated, the event not) are the visit's.
  const lent = e.start !== null && e.sources.every((s) => s.from === null);
  return !lent && e.sources.every((s) => s.status === "happened" && undated(s) && /(?:^|;)status:default(?:;|$)/.test(s.rule));
}
