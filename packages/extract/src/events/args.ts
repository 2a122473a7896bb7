// Who takes part: the people around a trigger, by the argument patterns of Chinese news writing.
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { PairRef } from "./pair-word.ts";
import { pairWord } from "./pair-word.ts";
import { partyList } from "./parties.ts";
import { isContact } from "./meeting-sides.ts";
import type { ArgGroup } from "./arg-group.ts";
import { callPairs, eachObject, RESPECTIVELY, subjectEach, withSubjectList } from "./meeting-lists.ts";
import { dropTopic } from "./meeting-topic.ts";
import { samePair, teamLeads } from "./meeting-counterparts.ts";
import { loneArgs } from "./meeting-lone.ts";
import { impliedObject } from "./meeting-host.ts";
import { dropCompoundNames, dropEarlierMeeting, dropLaterMeeting } from "./meeting-sequence.ts";
import { carriedSides } from "./meeting-carried.ts";
import { afterNominalGroup, ENTOURAGE, PRONOUN_OBJECT } from "./meeting-subject.ts";
import { argPersons, chainBack, CONJ_BEFORE, dedupe, objectPersons, scopeStart } from "./persons.ts";
import type { EntityItem, SentenceView } from "./view.ts";

export { argPersons, chainBack, clauseSubject, dedupe, objectPersons, scopeStart } from "./persons.ts";
export type { ArgGroup } from "./arg-group.ts";

/**
 * Participants of a meeting or call: A与B会晤, A会见B, A分别与B、C会晤, 拜习会 … Groups of one side
 * (王毅与杨洁篪, 布林肯和沙利文…与中方代表会谈, 布林肯和奥斯汀一同访问…并举行会谈) are no contact.
 */
export function meetingArgs(
  view: SentenceView,
  rules: CompiledRules,
  hit: TriggerHit,
  carry: EntityItem | undefined,
  nominal: boolean,
  pairOf: (word: PairRef) => EntityItem[] | undefined = () => undefined,
  previousSubject: () => EntityItem | undefined = () => undefined,
  titled: (title: string, others: string[]) => EntityItem | undefined = () => undefined,
): ArgGroup[] {
  const s = scopeStart(view, rules, hit.clause, hit.start);
  return rawMeetingArgs(view, rules, hit, carry, nominal, pairOf, previousSubject, titled)
    .flatMap((g) => callPairs(view, hit, s, g))
    .filter((g) => isContact(view, hit, g.people, g.pattern, nominal));
}

/** The argument groups before the one-side filter. */
function rawMeetingArgs(
  view: SentenceView,
  rules: CompiledRules,
  hit: TriggerHit,
  carry: EntityItem | undefined,
  nominal: boolean,
  pairOf: (word: PairRef) => EntityItem[] | undefined,
  previousSubject: () => EntityItem | undefined,
  titled: (title: string, others: string[]) => EntityItem | undefined,
): ArgGroup[] {
  if (hit.pair) return [{ people: [...hit.pair], pattern: "compound" }];
  const s = scopeStart(view, rules, hit.clause, hit.start);
  // 金正恩在川金会前与习近平见面: the names of a compound noun are no sides of another trigger.
  let before = dropCompoundNames(view, rules.compoundSuffix, argPersons(view, rules, afterNominalGroup(view, rules, s, hit.start), hit.start));
  // 两人上一次会晤是…, 两国元首举行正式会谈: the pair already named (not for 讨论, which needs 与B).
  // 布林肯此行希望为两国元首可能的会晤做准备: a noun's pair word after the last name is its pair.
  const wordFrom = before.length === 0 ? s : nominal ? before[before.length - 1]!.end : -1;
  const word = wordFrom >= 0 && !hit.rule.needsConj ? pairWord(view, wordFrom, hit.start) : undefined;
  // 中法欧三方举行会晤，习近平、马克龙和冯德莱恩…: one meeting of the people listed next.
  const parties = before.length === 0 ? partyList(view, rules, hit, s) : undefined;
  if (parties) return [{ people: parties, pattern: "parties" }];
  const referent = word ? (samePair(view, rules, hit.clause.start) ?? pairOf(word)) : undefined;
  if (referent) return [{ people: [...referent], pattern: "pair-referent" }];
  // 王毅在26日与27日两天分别与国务卿布林肯、国家安全顾问沙利文会晤
  const resp = view.text.slice(s, hit.start).search(RESPECTIVELY);
  if (resp >= 0) {
    const at = s + resp;
    const subject = before.filter((p) => p.end <= at);
    const counter = before.filter((p) => p.start >= at);
    if (subject.length > 0 && counter.length > 1) {
      return counter.map((c, index) => ({ people: dedupe([...subject, c]), pattern: "respectively", index, count: counter.length, respectively: at }));
    }
  }
  // 布林肯、沙利文等人也参加了拜登与王毅的会谈: the noun's own pair, not who attended it.
  if (nominal && before.length > 0) {
    let realized = -1;
    for (const m of view.text.slice(s, hit.start).matchAll(rules.realizer)) realized = s + m.index + m[0].length;
    const own = before.filter((p) => p.start >= realized);
    if (realized >= 0 && own.length >= 2) before = own;
    // 布林肯此行是为拜登与习近平可能的会晤铺路: the noun's pair is the list written right before it.
    const chain = chainBack(view, before, before.length - 1);
    if (chain.length >= 2) before = withSubjectList(view, before, chain);
  }
  // 布林肯此行是拜登总统与习近平举行会晤时商定的: a topic before 是/称 is not a side.
  before = dropTopic(view, before);
  // 会晤前景更加明朗: a noun takes no object.
  // 与拜登会晤之后同尹锡悦会谈: no object after a trigger closed by 之后.
  let after = hit.rule.transitive && !nominal ? dropLaterMeeting(view, hit.end, objectPersons(view, rules, hit)) : [];
  // 朔尔茨访华期间，习近平会见了他: a pronoun object is the carried subject.
  // 布林肯6月访华时，习近平曾会见他: a pronoun for this sentence's subject is met during that one's event.
  const pronounObject = after.length === 0 && hit.rule.transitive === true && !nominal && carry !== undefined && PRONOUN_OBJECT.test(view.text.slice(hit.end, hit.end + 4));
  if (pronounObject) after = [carry];
  // 刘鹤抵达华盛顿。特朗普会见了他; 拜登访华，由习近平全程陪同: an object told elsewhere.
  const implied = pronounObject || after.length > 0 || nominal ? undefined : impliedObject(view, hit, before, carry === undefined ? previousSubject : () => undefined);
  if (implied) after = implied.people;
  // 与蓬佩奥会谈后前往白宫会见特朗普: the counterpart of an earlier meeting is no side of this one.
  before = dropEarlierMeeting(view, before, hit.start, after.length);
  // 布林肯、沙利文以及王毅等人陪同出席: 陪同 with no one accompanied is an entourage, no meeting.
  if (after.length === 0 && ENTOURAGE.test(view.text.slice(Math.max(0, hit.start - 2), hit.end))) return [];
  // 习近平分别会见了A和B: one meeting per object.
  if (after.length > 1 && before.length > 0 && (/(?:分别|先后|相继)[^，。]{0,8}$/.test(view.text.slice(s, hit.start)) || eachObject(view, hit, before, after))) {
    return after.map((o) => ({ people: dedupe([...before, o]), pattern: "respectively-object" }));
  }
  if (before.length === 0 && after.length === 0) {
    const leads = teamLeads(view, rules, hit);
    if (leads.length >= 2) return [{ people: leads, pattern: "team-leads" }];
  }
  if (hit.rule.needsConj && !(before.length > 0 && CONJ_BEFORE.test(view.text.slice(s, before[before.length - 1]!.start)))) return [];
  const sides = carriedSides(view, rules, hit, s, before, after, carry, titled);
  if (Array.isArray(sides)) return sides;
  const { pattern } = sides;
  const carried = sides.carried || (pronounObject && view.persons.includes(carry)) || implied?.guest === true;
  before = sides.before;
  // 耶伦与李强、何立峰会面: one subject meets each counterpart of a list in turn.
  const each = !nominal && after.length === 0 ? subjectEach(view, hit, before) : undefined;
  if (each) return each[1].map((c) => ({ people: [each[0], c], pattern: "each-counterpart", carried }));
  const people = dedupe([...before, ...after]);
  if (people.length >= 2) return [{ people, pattern, carried }];
  return loneArgs(view, rules, hit, s, people, after.length, nominal, carried, previousSubject, carry);
}
