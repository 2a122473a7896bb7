// A head clause that dates the sentence by a day counted from another event: 在论坛开幕前一天（29日），….
import type { SentenceView, Span, TimeItem } from "./view.ts";

/** Day words counted from a named event: 前一天, 当天, 次日, 翌日, 前夕 … (both scripts; not 第二天: 军演进入第二天). */
const COUNTED = /^(?:前一[天日]|[当當同]天|[当當同]日|次日|翌日|隔天|隔日|后一天|後一天|前夕)/;
/** A phrase that says how far something has got (进入, 到了, 是), not which event the day counts from. */
const NOT_EVENT = /(?:进入|進入|到了|是|为|為)$/;
/** What may stand around the event phrase: 在/于 before it, a part of day after the time. */
const LEAD = /^[\s在于於]*/;
const TAIL = /^[\s上午下午晚间晚間晚上早上凌晨中午]*$/u;
/** The event phrase before the day word: a few words, no clause of its own. */
const EVENT_PHRASE = /^[^，,。；;：:“”"「」]{1,14}$/;

/**
 * Where a clause starts that says nothing but an event's day (在论坛开幕前一天（29日）, 峰会开幕当天,
 * 抵達北京次日（6日）, 會談前一天下午), so that it dates the clauses after it; undefined otherwise. The clause
 * names no person (王毅抵达当天 is a clause of its own) and holds one dated day word, last.
 */
export function eventHeadStart(view: SentenceView, clause: Span, times: TimeItem[]): number | undefined {
  const last = times.at(-1);
  if (!last || times.length !== 1 || !COUNTED.test(last.expr.surface) || last.expr.precision !== "day") return undefined;
  if (view.persons.some((p) => p.start < clause.end && p.end > clause.start)) return undefined;
  const text = view.text.slice(clause.start, last.start);
  const phrase = text.slice(LEAD.exec(text)?.[0].length ?? 0);
  if (!EVENT_PHRASE.test(phrase) || NOT_EVENT.test(phrase) || !TAIL.test(view.text.slice(last.end, clause.end))) return undefined;
  return clause.start;
}
