// A leg the text names again without a date takes the dated itinerary's days: 王毅将于1月5日至11日访问纳米比亚、乍得…。王毅随后将前往乍得。
import type { EventMention } from "../model.ts";

/** True for a status told as a plan (将, 预计) rather than as done or undone. */
const planned = (e: EventMention): boolean => e.status === "planned" || e.status === "possible";

/**
 * Gives an undated visit the dates of the article's dated visits by the same visitor to the same destination told
 * the same way (both plans, or both done): 按照行程，王毅首站是纳米比亚 · 王毅随后将前往乍得 after 王毅将于1月5日至11日访问
 * 纳米比亚、刚果共和国、乍得和尼日利亚. Only when those visits agree on one interval (two trips to one place lend nothing).
 * The rule records `date:itinerary`.
 *
 * @example events = itineraryDates(events)
 */
export function itineraryDates(events: EventMention[]): EventMention[] {
  const dated = new Map<string, Set<string>>();
  const keyOf = (e: EventMention): string | null =>
    e.type === "visit" && e.place && e.participants.length === 1 ? `${e.participants[0]}|${e.place}|${planned(e) ? "plan" : "done"}` : null;
  const byKey = new Map<string, EventMention>();
  for (const e of events) {
    const key = keyOf(e);
    if (!key || !e.from || !e.to) continue;
    const spans = dated.get(key) ?? new Set<string>();
    spans.add(`${e.from}|${e.to}`);
    dated.set(key, spans);
    byKey.set(key, e);
  }
  if (dated.size === 0) return events;
  return events.map((e) => {
    const key = keyOf(e);
    if (!key || e.from || e.to || dated.get(key)?.size !== 1) return e;
    const lender = byKey.get(key);
    if (!lender) return e;
    return { ...e, from: lender.from, to: lender.to, precision: lender.precision, rule: e.rule.replace(/date:none/, "date:itinerary") };
  });
}
