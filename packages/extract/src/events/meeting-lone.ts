// A meeting with fewer than two people named around the trigger: a pronoun counterpart, a denied pair, an
// organization or delegation met.
import type { ArgGroup } from "./args.ts";
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import { delegationLeader, deniedPair, pronounCounterpart, samePair } from "./meeting-counterparts.ts";
import { officeHolder } from "./meeting-office.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { within } from "./view.ts";

/** 再次, 再度, 又, 随后再: the clause repeats a contact (3月27日再次通话), naming nobody. */
const AGAIN_BEFORE = /^[^与與同跟和]{0,16}(?:再次|再度|又一次|又|再)(?:举行|舉行|进行|進行|通了)?$/;

/**
 * The groups of a trigger whose clause names at most one person (`people`), with `objects` people after it:
 * 她…与他会谈 (the pronoun's antecedent), 两人…但没有举行会谈 (the pair denied), 谢锋会见上海美国商会代表团
 * (an organization met; a delegation through the leader the text names), 英国首相与习近平会面 (the office's
 * holder named elsewhere in the sentence); `carry` is the subject carried from before, for …而是与她通了电话.
 */
export function loneArgs(
  view: SentenceView,
  rules: CompiledRules,
  hit: TriggerHit,
  s: number,
  people: EntityItem[],
  objects: number,
  nominal: boolean,
  carried: boolean,
  previousSubject: () => EntityItem | undefined,
  carry?: EntityItem,
): ArgGroup[] {
  const other = people.length === 1 ? pronounCounterpart(view, rules, hit, s, people[0]!, previousSubject) : undefined;
  // 洛伦索3月访华，习近平与他举行会谈: a pronoun for this sentence's subject meets during that one's event.
  if (other) return [{ people: [people[0]!, other], pattern: "pronoun-counterpart", carried: carried || view.persons.includes(other) }];
  // 上一次英国首相与习近平会面，是2018年2月时任首相文翠珊访问北京: an office side and its holder.
  const holder = people.length === 1 ? officeHolder(view, hit, s, people[0]!) : undefined;
  if (holder) return [{ people: [holder, people[0]!], pattern: "office-holder", carried }];
  // 特朗普与习近平2月7日通电话讨论疫情，3月27日再次通话: again, the pair the sentence joined before.
  const again = people.length === 0 && AGAIN_BEFORE.test(view.text.slice(hit.clause.start, hit.start)) ? samePair(view, rules, hit.clause.start) : undefined;
  if (again) return [{ people: [...again], pattern: "again-pair" }];
  // 尹锡悦没有与她见面，而是与她通了电话: a clause naming nobody, its subject carried, its counterpart 她.
  const carriedOther = people.length === 0 && carry && !nominal ? pronounCounterpart(view, rules, hit, s, carry, previousSubject) : undefined;
  if (carry && carriedOther) return [{ people: [carry, carriedOther], pattern: "pronoun-counterpart", carried: true }];
  const denied = people.length === 0 ? deniedPair(view, rules, hit, s) : [];
  if (denied.length >= 2) return [{ people: denied, pattern: "denied-pair" }];
  // 谢锋会见上海美国商会代表团: one person meeting an organization (rule-flagged).
  if (people.length === 1 && objects === 0 && hit.rule.transitive && !nominal) {
    const org = within(view.orgs, hit.end, hit.clause.end)[0];
    const tail = view.text.slice(hit.end, hit.clause.end);
    if ((org && org.start - hit.end <= 2) || /^[^，。]{0,14}?(?:代表团|访问团|考察团|商会)/.test(tail)) {
      // 舒默率领参议员代表团访华，习近平会见了代表团: the delegation is met through its leader.
      const leader = /^[^，。]{0,14}?(?:代表团|访问团|考察团)/.test(tail) ? delegationLeader(view, people[0]!) : undefined;
      if (leader) return [{ people: [people[0]!, leader], pattern: "delegation-leader", carried }];
      return [{ people, pattern: "org-counterpart", carried }];
    }
  }
  return [];
}
