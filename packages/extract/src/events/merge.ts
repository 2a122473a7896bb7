// One event per sentence and kind: drafts with the same people and nesting places are one event.
import type { Lexicon } from "../lexicon/index.ts";
import { comparePlaces } from "./place.ts";
import type { EventDraft } from "./sentence.ts";

const people = (e: EventDraft): string => [...e.participants].sort().join(",");
const talk = (e: EventDraft): boolean => e.rule.startsWith("meet-conj/");
/** Two dated drafts at most two weeks apart (one visit, not two). */
const closeDays = (a: EventDraft, b: EventDraft): boolean =>
  Math.abs(Date.parse(a.from!) - Date.parse(b.from!)) <= 14 * 86_400_000;
const kindOf = (e: EventDraft): string => (e.type === "visit" ? "visit" : "contact");
/** 两度通电话，分别在2月及9月: two listed times of one sentence are two events. */
const listedApart = (a: EventDraft, b: EventDraft): boolean => a.rule.includes(";date:listed;") && b.rule.includes(";date:listed;") && a.from !== b.from;

/** 将于星期六会晤，这是两人继去年11月会面之后的第三次会晤: a contact ahead and one recalled as a bound (继…之后) are two. */
const pastAndAhead = (a: EventDraft, b: EventDraft): boolean => {
  const ahead = (e: EventDraft): boolean => e.status === "planned" || e.status === "possible";
  const recalled = (e: EventDraft): boolean => e.rule.includes("status:cue:recalled");
  return (ahead(a) && recalled(b)) || (ahead(b) && recalled(a));
};

/** 结束伊朗访问后还将前往阿联酋: a placeless leg done and a named leg ahead are two visits, not one. */
const doneAndAheadElsewhere = (a: EventDraft, b: EventDraft): boolean => {
  const ahead = (e: EventDraft): boolean => e.status === "planned" || e.status === "possible";
  const split = (done: EventDraft, next: EventDraft): boolean => done.status === "happened" && ahead(next) && done.place === null && next.place !== null;
  return a.type === "visit" && b.type === "visit" && (split(a, b) || split(b, a));
};

/**
 * Adds a draft unless the sentence already has the same kind of event with the same people and a
 * compatible place. 讨论/对话 between the people of a call or meeting is that event (在通话中讨论了…).
 */
export function merge(out: EventDraft[], d: EventDraft, lexicon: Lexicon | undefined): void {
  const same = out.find(
    (e) =>
      people(e) === people(d) &&
      !listedApart(e, d) &&
      !pastAndAhead(e, d) &&
      !doneAndAheadElsewhere(e, d) &&
      // 2月7日通电话，3月27日再次通话: a contact said to repeat is another one.
      !d.rule.includes("/again-pair;") &&
      (e.type === d.type || (kindOf(e) === kindOf(d) && (talk(e) || talk(d)))) &&
      (e.place === null || d.place === null || comparePlaces(e.place, d.place, lexicon) !== 0),
  );
  if (!same) {
    out.push(d);
    return;
  }
  // 来华进行正式访问…在人民大会堂: keep the more specific destination.
  if (same.place !== null && d.place !== null && comparePlaces(same.place, d.place, lexicon) === 2) same.place = d.place;
  // 抵达吉隆坡，展开对大马为期3天的访问: the visit is of the country; the city is where it starts.
  else if (d.visitedCountry && same.place !== null && d.place !== null && same.place !== d.place) {
    same.place = d.place;
    same.visitedCountry = true;
  }
  if (talk(same) && !talk(d)) {
    // 两人握手并简短交谈，但没有举行正式会谈: the talk is the denied meeting, it did not happen.
    if (d.status === "not-happened") same.status = d.status;
    same.type = d.type;
    same.rule = d.rule;
    same.triggerStart = d.triggerStart;
    same.triggerEnd = d.triggerEnd;
  }
  same.place ??= d.place;
  // 特朗普曾邀请习近平出席就职典礼，但习近平不会亲自前往华盛顿: a later denial of the planned event stands.
  if (d.status === "not-happened" && (same.status === "planned" || same.status === "possible")) same.status = d.status;
  // 本月5日抵达北京…6日会见习近平: a visit starts on its arrival day; two days of one visit span both.
  if (same.type === "visit" && same.from && same.to && d.from && d.to && same.precision === "day" && d.precision === "day" && closeDays(same, d)) {
    if (d.from < same.from) same.from = d.from;
    if (d.to > same.to) same.to = d.to;
  }
  if (same.from === null && d.from !== null) {
    same.from = d.from;
    same.to = d.to;
    same.precision = d.precision;
  }
}
