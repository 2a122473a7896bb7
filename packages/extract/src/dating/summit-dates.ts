// summitDates: an attendance or a meeting at a named summit (出席利马APEC会议, 在罗马G20峰会期间会晤) takes the summit's days.
import type { DocEntity, Document, EventMention } from "../model.ts";
import { daysBetween } from "../time/calendar.ts";
import { summitCalendar, type Summit, type SummitCalendar, type SummitMention } from "./summits.ts";

// 峰会期间 · 峰会上 · 峰会间隙 · 峰会场边: a meeting held at the summit.
const AT_SUMMIT = /^(?:举行)?(?:期间|上|间隙|场边|场外|会场)/;
// 出席/参加/前往……峰会: a visit to attend it.
const ATTEND = /出席|参加|参与|与会|赴会|前往|飞往|抵达|到访/;
/** Days from the dateline a meeting of an ambiguous mark may be (利马: APEC 2016 or 2024). */
const NEAR_DAYS = 400;

/** The one meeting a mention can be: its only candidate, or the only one near the dateline. */
function meetingOf(m: SummitMention, dateline: string | null): Summit | null {
  if (!m.marked) return null;
  const near = dateline ? m.candidates.filter((c) => Math.abs(daysBetween(dateline, c.start)) <= NEAR_DAYS) : m.candidates;
  return near.length === 1 ? (near[0] ?? null) : null;
}

const CLAUSE_BREAK = /[，,；;。！？!?]/;

/** The clause of `text` around [start, end). */
function clauseOf(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !CLAUSE_BREAK.test(text.charAt(a - 1))) a--;
  let b = end;
  while (b < text.length && !CLAUSE_BREAK.test(text.charAt(b))) b++;
  return text.slice(a, b);
}

/** The event's trigger in simplified script, as it stands in the sentence (会見 → 会见). */
function toSimplifiedTrigger(e: EventMention, doc: Document): string {
  const p = doc.paragraphs[e.paragraph];
  if (!p) return e.trigger;
  const at = p.text.indexOf(e.trigger, e.start);
  return at >= 0 && at < e.end ? p.simplified.slice(at, at + e.trigger.length) : e.trigger;
}

/** True when a plan is dated only as the time after the dateline (将前往 → from the dateline on), not by the text. */
function plannedAfter(e: EventMention, dateline: string | null): boolean {
  return e.status === "planned" && dateline !== null && e.from === dateline && e.precision !== "day";
}

/** True when the visit's destination is written as one of the summit's marks (利马, 里约热内卢). */
function visitsHost(event: EventMention, summit: Summit, entities: ReadonlyMap<string, DocEntity>, doc: Document): boolean {
  const place = event.place ? entities.get(event.place) : undefined;
  if (!place) return false;
  if (summit.marks.includes(place.name)) return true;
  return place.mentions.some((m) => summit.marks.includes(doc.paragraphs[m.paragraph]?.simplified.slice(m.start, m.end) ?? ""));
}

/**
 * Gives an event the days of the summit its sentence names when the text dates it no closer than a year (or only
 * as a plan running on from the dateline, 将前往 → the dateline's month): a visit
 * to the summit's host city to attend it (接着前往秘鲁首都利马出席亚太经合组织领导人会议 → APEC 2024, 11-15..16), or a
 * meeting held during it (在罗马二十国集团峰会期间会面). A meeting of an ambiguous host city takes the one within a year
 * of the dateline; a day-dated event keeps its day.
 *
 * @example events = summitDates(events, document, entities);
 */
export function summitDates(events: EventMention[], doc: Document, entities: readonly DocEntity[], calendar: SummitCalendar = summitCalendar()): EventMention[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const dateline = doc.published?.slice(0, 10) ?? doc.dateline?.date.slice(0, 10) ?? null;
  const found = new Map<string, SummitMention[]>();
  return events.map((e) => {
    // A month the text writes (习近平可能于11月前往旧金山) already places it: the arrival may precede the summit.
    if (e.from && e.precision !== "year" && e.precision !== "season" && !plannedAfter(e, dateline)) return e;
    const text = doc.paragraphs[e.paragraph]?.simplified.slice(e.start, e.end) ?? "";
    const key = `${e.paragraph}:${e.start}:${e.end}`;
    if (!found.has(key)) found.set(key, calendar.find(text));
    for (const m of found.get(key) ?? []) {
      const summit = meetingOf(m, dateline);
      if (!summit) continue;
      const at = e.type === "visit" ? ATTEND.test(text.slice(Math.max(0, m.start - 30), m.start)) && visitsHost(e, summit, byId, doc) : AT_SUMMIT.test(text.slice(m.end, m.end + 4));
      // The trigger must share the summit's clause: 习近平会见布林肯，为两国领导人在APEC会议期间会面创造条件 is no meeting at it.
      if (!at || !clauseOf(text, m.start, m.end).includes(toSimplifiedTrigger(e, doc))) continue;
      // A month or year the text gives must hold the summit: 2022年11月 stays off a 2024 meeting.
      if (e.from && e.to && (e.to < summit.start || e.from > summit.end)) continue;
      return { ...e, from: summit.start, to: summit.end, precision: "day" };
    }
    return e;
  });
}
