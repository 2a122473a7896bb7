// widenUnsure: the dates of an article extracted under two datelines, widened where the dateline decided them.
import type { EventMention, Precision } from "../model.ts";
import { daysBetween } from "../time/calendar.ts";

/** The key that pairs an event of one extraction with the same event of another of the same text. */
function pairKey(e: EventMention): string {
  return `${e.type}|${e.paragraph}|${e.start}|${e.trigger}|${[...e.participants].sort().join("+")}`;
}

/**
 * The events of `kept` with each date that differs in `other` (the same text under another dateline) widened to
 * cover both: a date the dateline decided (26日, 本周六) is known only to lie between; a date the text fixes
 * (今年3月, 4月1日) is the same under both and stays. A widened date of up to two months reads as a month, a longer
 * one as a year. A date the other extraction leaves open is widened back to `floor` (the window's first day).
 *
 * @example widenUnsure(underLastDay.events, underFirstDay.events, "2021-01-20")
 */
export function widenUnsure(kept: readonly EventMention[], other: readonly EventMention[], floor: string): EventMention[] {
  const others = new Map<string, EventMention>();
  for (const e of other) if (!others.has(pairKey(e))) others.set(pairKey(e), e);
  return kept.map((e) => {
    const o = others.get(pairKey(e));
    if (!o || !e.from || !e.to || (o.from === e.from && o.to === e.to)) return e;
    // Undated under the other dateline: the date is known only to lie after the window's first day.
    const [oFrom, oTo] = o.from && o.to ? [o.from, o.to] : [floor < e.from ? floor : e.from, e.to];
    const from = oFrom < e.from ? oFrom : e.from;
    const to = oTo > e.to ? oTo : e.to;
    const precision: Precision = daysBetween(from, to) <= 62 ? "month" : "year";
    return { ...e, from, to, precision };
  });
}
