// A meeting of N parties whose people are listed right after it: 中法欧三方举行会晤，习近平、马克龙和冯德莱恩…
import { argPersons, chainBack } from "./persons.ts";
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** 三方, 四方, 多方, 三边, 三国 written before the trigger with no name: a group meeting. */
const PARTIES_BEFORE = /(?:[三四五六多]方|[三四五六多]边|[三四五六]国|[三四五六]國|[三四五六]邊)[^，。；]{0,8}$/;

/**
 * The people of a group meeting named only as 三方/三边 before the trigger: the list that opens the
 * next clause (习近平、马克龙和冯德莱恩就…), all of them as one meeting; undefined when none is listed.
 */
export function partyList(view: SentenceView, rules: CompiledRules, hit: TriggerHit, scope: number): EntityItem[] | undefined {
  if (!PARTIES_BEFORE.test(view.text.slice(scope, hit.start))) return undefined;
  const next = view.clauses.find((c) => c.start >= hit.clause.end);
  if (!next) return undefined;
  const people = argPersons(view, rules, next.start, next.end);
  const first = people[0];
  if (!first || first.start - next.start > 12) return undefined;
  // The list is the run of names joined by 、/和/与 from the first one.
  let last = 0;
  while (last + 1 < people.length && chainBack(view, people, last + 1).length === last + 2) last++;
  const list = people.slice(0, last + 1);
  return list.length >= 2 ? list : undefined;
}
