// A meeting is a contact between sides: people of one country, or people who only travel together, are not one.
import type { EntityItem, SentenceView } from "./view.ts";
import type { TriggerHit } from "./triggers.ts";

/** The country the lexicon gives a person, or undefined when the person is not known. */
const countryOf = (p: EntityItem): string | undefined => (p.entity?.known && p.entity.country ? p.entity.country : undefined);

/**
 * True when every participant is a lexicon person of the same country: 王毅与杨洁篪, 蔡奇、宋涛和王毅 are one
 * side of a delegation, not a diplomatic contact. PRC (CN) and Taiwan (TW) are different countries.
 */
export function isOneSide(people: readonly EntityItem[]): boolean {
  if (people.length < 2) return false;
  const first = countryOf(people[0]!);
  return first !== undefined && people.every((p) => countryOf(p) === first);
}

/**
 * 与/同/跟 after the last named person, before the trigger, introducing a side nobody names
 * (布林肯和沙利文在安克雷奇与中方代表会谈, 他与奥斯汀在东京和首尔分别与两国外长举行会谈): the named people
 * are together on one side. 与会, 同意, 同时, 与此同时 are not such a 与/同.
 */
const UNNAMED_SIDE = /(?:^|[^参共])(?:与|同|跟)(?![会會意时時样樣一步年日月天期此他她])[^与同跟，。；]{1,14}$/;

/** True when the text between the last named participant and the trigger opens an unnamed counterpart. */
export function hasUnnamedSide(view: SentenceView, lastEnd: number, triggerStart: number): boolean {
  if (triggerStart <= lastEnd) return false;
  return UNNAMED_SIDE.test(view.text.slice(Math.max(lastEnd, triggerStart - 40), triggerStart));
}

/**
 * 一同访问, 偕同…前往: people travelling together. 陪同 is not one: a host who accompanies a guest meets
 * him (马克龙陪同习近平前往庇里牛斯山).
 */
const TOGETHER = /(?:一同|一起|一道|偕同|偕|结伴|結伴)[^，。；]{0,12}?(?:前往|访问|訪問|出访|出訪|抵达|抵達|赴|到访|到訪|飞抵|飛抵|来到|來到)/;

/** True when the clause text says the named people travel together (布林肯和奥斯汀一同访问东京). */
export function travelTogether(view: SentenceView, from: number, to: number): boolean {
  return TOGETHER.test(view.text.slice(Math.max(from, to - 60), to));
}

/** 出席, 参加, 列席, 到场 between the people and a meeting noun: they attend it together. */
const ATTEND = /出席|参加|參加|列席|到场|到場|与会|與會|参与|參與/;

/**
 * True when the people named before a meeting noun attend it (古特雷斯与埃尔多安也到场参加上合组织+会议):
 * co-attendance of a conference is no contact between them.
 */
export function attendsTogether(view: SentenceView, lastEnd: number, triggerStart: number): boolean {
  if (triggerStart <= lastEnd) return false;
  const between = view.text.slice(Math.max(lastEnd, triggerStart - 40), triggerStart);
  const at = between.search(ATTEND);
  // 在斯德哥尔摩出席部长理事会期间举行了约30分钟的会晤: the attended thing only dates the meeting.
  return at >= 0 && !ATTENDED_FRAME.test(between.slice(at));
}

/** 出席…期间, 参加…之际: the attendance is a time frame, and what follows is the people's own act. */
const ATTENDED_FRAME = /(?:期间|期間|之际|之際|间隙|間隙|场边|場邊)/;

/**
 * True when a group of participants makes a contact: not one side (王毅与杨洁篪), and for a pair written
 * before its trigger no unnamed side, no joint attendance and no joint trip (布林肯和奥斯汀一同访问…并举行会谈).
 */
export function isContact(view: SentenceView, hit: TriggerHit, people: EntityItem[], pattern: string, nominal: boolean): boolean {
  if (isOneSide(people)) return false;
  if (pattern !== "pair" || people.some((p) => p.start > hit.start)) return true;
  const last = people.reduce((a, b) => (b.end > a.end ? b : a));
  if (hasUnnamedSide(view, last.end, hit.start)) return false;
  if ((hit.rule.needsConj || nominal) && attendsTogether(view, last.end, hit.start)) return false;
  return !travelTogether(view, people[0]!.start, hit.start);
}
