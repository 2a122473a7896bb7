// Who the subject of a meeting is when the clause does not simply open with it: passives, 任内, entourages.
import type { CompiledRules } from "./rules.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { within } from "./view.ts";

/** 陪同: accompanying someone; without the one accompanied it names an entourage (等人陪同出席). */
export const ENTOURAGE = /^(?:..)?陪同$|陪同(?:会见|會見|会晤|會晤|会谈|會談)$/;

/** 并获普京在克里姆林宫接见, 受到习近平会见: the person named is the host, the subject is elsewhere. */
export const PASSIVE_BEFORE = /(?:获|获得|受到|得到)[^与同跟和获，。]{0,12}$/;

/** 会见了他, 接见她: a third-person pronoun as the object (not 他们, 他的). */
export const PRONOUN_OBJECT = /^了?[他她](?![们們的])/;

/** 拜登任内最后一次与习近平会面: a name before 任内/执政期间 is the subject when no other is named. */
const TERM_AFTER = /^(?:任内|任內|任期内|任期內|执政期间|執政期間|上任后|上任後)/;

/** The person written before 任内/执政期间 in [from, to), when that is all the clause names before. */
export function termSubject(view: SentenceView, from: number, to: number): EntityItem | undefined {
  const p = within(view.persons, from, to).at(-1);
  return p && TERM_AFTER.test(view.text.slice(p.end, p.end + 5)) ? p : undefined;
}

/**
 * 王毅与沙利文的会面为拜登与习近平…的会晤铺路: a nominal X与Y的会面 written before the trigger is a
 * complete group of its own; the trigger's people start after it (when any are named there, or when the
 * trigger is two nations' leaders' own: 岸田与习近平的会谈安排在美中元首会晤的次日).
 */
export function afterNominalGroup(view: SentenceView, rules: CompiledRules, from: number, at: number): number {
  let start = from;
  for (const m of view.text.slice(from, at).matchAll(rules.trigger)) {
    const i = from + m.index;
    if (view.text[i - 1] === "的" && within(view.persons, start, i).length >= 2) start = i + m[0].length;
  }
  return start > from && (within(view.persons, start, at).length > 0 || NATIONS_LEADERS.test(view.text.slice(start, at))) ? start : from;
}

/** 美中元首, 中日领导人: the leaders of two nations named by their short names, right before the trigger. */
const NATIONS_LEADERS = /[中美日韩韓俄法德英澳印欧歐朝越菲泰加][中美日韩韓俄法德英澳印欧歐朝越菲泰加](?:两国|兩國)?(?:元首|领导人|領導人|首脑|首腦)$/;

/** 与X…有关/无关: the 与 of a relation, written before its verb; X is that clause's subject, not a counterpart. */
const RELATED_AFTER = /^[^，,。；;与與]{0,8}?(?:有关|有關|相关|相關|无关|無關|有关系|有關係|挂钩|掛鉤)/;

/**
 * 反应克制，可能与马克龙5日抵达北京、预计6日与习近平会谈有关: the clause ends in 有关, so the 与 before 马克龙
 * opens what the reaction is related to; 马克龙 is the subject of the meeting, not a counterpart of someone carried.
 */
export function relationAfter(view: SentenceView, triggerEnd: number, clauseEnd: number): boolean {
  return RELATED_AFTER.test(view.text.slice(triggerEnd, clauseEnd));
}
