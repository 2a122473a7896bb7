// Times that only place something else in history: 可追溯至1912年, 1972年邦交正常化以来, 建交50周年. No contact's date.
import type { SentenceView, TimeItem } from "./view.ts";

/** 追溯至1912年 · 始于1992年 · 成立于1949年: a time a relation or body dates from. */
const ORIGIN_BEFORE = /(?:追溯至|追溯到|追溯於|追溯于|始于|始於|源于|源於|成立于|成立於|建立于|建立於|创立于|創立於)\s*$/;
/** 1972年邦交正常化以来 · 1979年建交以来 · 2012年9月钓鱼岛国有化之后的最低点: another event's time, a span's start. */
const SPAN_AFTER = /^[^，,。；;：:0-9０-９]{1,14}?(?:以来|以來)/;
/** 1972年建交50周年 · 1992年建交三十周年: an anniversary. */
const ANNIVERSARY_AFTER = /^[^，,。；;：:]{0,10}?[周週]年/;

/**
 * True when the time only dates a relation's origin or a span's start (巴拿马与台湾的邦交可追溯至1912年,
 * 跌至1972年邦交正常化以来的最低点, 中日邦交正常化50周年): it is not the date a later sentence may borrow.
 */
export function historyOnly(view: SentenceView, t: TimeItem): boolean {
  const before = view.text.slice(Math.max(0, t.start - 6), t.start);
  const after = view.text.slice(t.end, t.end + 16);
  return ORIGIN_BEFORE.test(before) || SPAN_AFTER.test(after) || ANNIVERSARY_AFTER.test(after);
}
