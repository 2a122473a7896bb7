// 这是两人继去年6月在新加坡峰会之后的第二次会面: the sentence characterizes the event just reported, and names an earlier one.
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView } from "./view.ts";

/** 这是, 这也是, 这将是, 這是, 此为 opening a sentence or clause: it characterizes what was just reported. */
const THIS_IS = /(?:^|[，,；;：:])\s*(?:这|這|此)(?:次|也|将|將|才|已|还|還)?(?:是|为|為|成为|成為)/g;

/** A bound before the trigger: …以来, …之后 (上任以来, 在视频通话之后, 继…会谈之后, 在伍德赛德会晤后). */
const BOUND = /(?:以来|以來|之后|之後|以后|以後|(?<!最)[后後])/;

/** An ordinal: 首次, 第二次, 再次, 又一次. */
const ORDINAL = /(?:首次|首度|第[一二两兩三四五六七八九十0-9]{1,3}[次度回]|再次|再度|又一次)/g;

/** How far before the trigger 这是 may stand (a bound keeps long sentences linear). */
const WINDOW = 80;

/** The longest text between the ordinal and the trigger (与这位法国领导人, 以「见面」形式举行). */
const MAX_TAIL = 16;

/**
 * True when the trigger is the event of the previous sentences, characterized by a count since a bound:
 * 这是董军接任以来首次与奥斯汀面对面会晤, 這是兩人在視頻通話之後的首次面對面會談. Its times date the bound,
 * not the event, and its people are already reported; it adds no event of its own.
 */
export function isCharacterization(view: SentenceView, hit: TriggerHit): boolean {
  let head = -1;
  const from = Math.max(0, hit.start - WINDOW);
  for (const m of view.text.slice(from, hit.start).matchAll(THIS_IS)) head = from + m.index + m[0].length;
  if (head < 0) return false;
  const between = view.text.slice(head, hit.start);
  const ordinal = [...between.matchAll(ORDINAL)].at(-1);
  if (!ordinal || between.length - ordinal.index - ordinal[0].length > MAX_TAIL) return false;
  return BOUND.test(between.slice(0, ordinal.index));
}

/** 继…之后, 在…之后的: the trigger is followed by a bound word that a later event is measured from. */
const AFTER_BOUND = /^(?:了)?(?:之后|之後|以后|以後)/;
const BEFORE_BOUND = /(?:继|繼|自从|自從|在)[^，。；]{0,30}$/;

/**
 * True when the trigger names an earlier event that a later one is measured from: 两人继去年6月12日在新加坡
 * 首次峰会之后的第二次会面 → the 峰会 of 2018 happened, between the pair already named.
 */
export function isPriorEvent(view: SentenceView, hit: TriggerHit): boolean {
  if (!AFTER_BOUND.test(view.text.slice(hit.end, hit.end + 3))) return false;
  return BEFORE_BOUND.test(view.text.slice(Math.max(hit.clause.start, hit.start - 40), hit.start));
}
