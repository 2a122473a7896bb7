// Who takes part: the people around a trigger, by the argument patterns of Chinese news writing.
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { PairRef } from "./referents.ts";
import { pairWord } from "./referents.ts";
import { partyList } from "./parties.ts";
import { attendsTogether, hasUnnamedSide, isOneSide, travelTogether } from "./meeting-sides.ts";
import { argPersons, chainBack, clauseSubject, CONJ_BEFORE, dedupe, objectPersons, scopeStart } from "./persons.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { within } from "./view.ts";

export { argPersons, chainBack, clauseSubject, dedupe, objectPersons, scopeStart } from "./persons.ts";

/** One set of participants and the pattern that found it. */
export interface ArgGroup {
  people: EntityItem[];
  pattern: string;
  /** For 分别: the position of this counterpart in the list, and the list's length. */
  index?: number;
  count?: number;
  /** Where 分别 stands: times before it are the listed days. */
  respectively?: number;
  /** The subject came from elsewhere (the previous clause, the speaker). */
  carried?: boolean;
}

/** 并获普京在克里姆林宫接见, 受到习近平会见: the person named is the host, the subject is elsewhere. */
const PASSIVE_BEFORE = /(?:获|获得|受到|得到)[^与同跟和获，。]{0,12}$/;

/** 拜登任内最后一次与习近平会面: a name before 任内/执政期间 is the subject when no other is named. */
const TERM_AFTER = /^(?:任内|任內|任期内|任期內|执政期间|執政期間|上任后|上任後)/;

/** The person written before 任内/执政期间 in [from, to), when that is all the clause names before. */
function termSubject(view: SentenceView, from: number, to: number): EntityItem | undefined {
  const p = within(view.persons, from, to).at(-1);
  return p && TERM_AFTER.test(view.text.slice(p.end, p.end + 5)) ? p : undefined;
}

/**
 * 王毅与沙利文的会面为拜登与习近平…的会晤铺路: a nominal X与Y的会面 written before the trigger is a
 * complete group of its own; the trigger's people start after it (when any are named there).
 */
function afterNominalGroup(view: SentenceView, rules: CompiledRules, from: number, at: number): number {
  let start = from;
  for (const m of view.text.slice(from, at).matchAll(rules.trigger)) {
    const i = from + m.index;
    if (view.text[i - 1] === "的" && within(view.persons, start, i).length >= 2) start = i + m[0].length;
  }
  return start > from && within(view.persons, start, at).length > 0 ? start : from;
}

/** 分别/先后/相继 before the counterparts: one meeting with each (谢尔曼先后与谢锋和王毅会谈). */
const RESPECTIVELY = /分别|先后|相继/;

/**
 * 在广州和北京与李强…会谈: places written as where meetings were held (after 在/于 or in a list), not a
 * country before its city (日本东京) nor a country before a title (日本外相上川阳子).
 */
function occasionPlaces(view: SentenceView, from: number, to: number): number {
  const places = within(view.places, from, to);
  return places.filter((p, i) => {
    const next = places[i + 1];
    if (next && next.start === p.end) return false;
    return /[在于和、及与]$/.test(view.text.slice(Math.max(0, p.start - 1), p.start)) && !/^[外国防总首议部]/.test(view.text.slice(p.end, p.end + 1));
  }).length;
}

/**
 * 布林肯和沙利文在阿拉斯加与杨洁篪、王毅举行了会谈: a noun's list that follows 与 is the counterpart; the
 * subject's own list, written before it, belongs to the meeting too.
 */
function withSubjectList(view: SentenceView, before: EntityItem[], chain: EntityItem[]): EntityItem[] {
  const first = before.indexOf(chain[0]!);
  if (first <= 0) return chain;
  const prev = before[first - 1]!;
  const gap = view.text.slice(prev.end, chain[0]!.start);
  if (!/(?:与|同|跟)[^与同跟，。的]{0,14}$/.test(gap) || /[，。的]/.test(gap)) return chain;
  return [...chainBack(view, before, first - 1), ...chain];
}

/**
 * 他将在空军一号上与文在寅和安倍晋三通电话: a phone call is between two; a list of counterparts is one call
 * each, unless the text says it is a conference (三方通话) or held over video (视频会晤 may be multilateral).
 */
function pairwiseCall(view: SentenceView, hit: TriggerHit, scope: number): boolean {
  if (hit.rule.type !== "call" || /[视云线连]/.test(view.text.slice(hit.start, hit.end))) return false;
  return !/[三四五六多]方|[三四五六多]边|视频|视讯|视像/.test(view.text.slice(scope, hit.end));
}

/** 特朗普将与文在寅和安倍晋三通电话: a subject and a list of counterparts of a phone call, one call each. */
function callPairs(view: SentenceView, hit: TriggerHit, scope: number, g: ArgGroup): ArgGroup[] {
  const [subject, first] = g.people;
  if (g.pattern !== "pair" || g.people.length < 3 || !subject || !first || !pairwiseCall(view, hit, scope)) return [g];
  if (!/^[^，。]{0,8}?(?:与|同|跟)[^与同跟，。]{0,14}$/.test(view.text.slice(subject.end, first.start))) return [g];
  return g.people.slice(1).map((c) => ({ ...g, people: [subject, c] }));
}

/** 但没有举行正式会谈, 并未举行双边会晤: a denied meeting with nobody named in its clause. */
const DENIED_BEFORE = /(?:没有|沒有|并未|並未|未曾|不曾|未|没)(?:再)?(?:举行|进行|舉行|進行)?(?:正式|单独|單獨|双边|雙邊)?(?:的)?$/;

/**
 * 两人握手并简短交谈，但没有举行正式会谈: the pair named earlier in the sentence is the one whose meeting is
 * denied (the lesser contact before it is that meeting, and did not happen either).
 */
function deniedPair(view: SentenceView, rules: CompiledRules, hit: TriggerHit, scope: number): EntityItem[] {
  if (!DENIED_BEFORE.test(view.text.slice(scope, hit.start))) return [];
  const earlier = argPersons(view, rules, 0, hit.clause.start);
  if (earlier.length < 2) return [];
  const chain = chainBack(view, earlier, earlier.length - 1);
  return chain.length >= 2 ? chain : [];
}

/**
 * 奥斯汀与李尚福只在晚宴上握手寒暄，两人没有举行会谈: the pair named earlier in the same sentence (joined by
 * 与/和) is what 两人 refers to, before any pair of earlier sentences.
 */
function samePair(view: SentenceView, rules: CompiledRules, clauseStart: number): EntityItem[] | undefined {
  const earlier = argPersons(view, rules, 0, clauseStart);
  if (earlier.length !== 2) return undefined;
  const chain = chainBack(view, earlier, 1);
  return chain.length === 2 && /^[^，。]{0,12}?(?:与|和|同|跟)/.test(view.text.slice(chain[0]!.end, chain[1]!.start)) ? chain : undefined;
}

/**
 * 将于今日至28日访问美国，期间将与布林肯及沙利文会谈: counterparts joined by 及 during a trip (期间/其间/此行)
 * are met on the trip's occasions, one meeting each.
 */
function duringTrip(view: SentenceView, hit: TriggerHit, counterparts: EntityItem[]): boolean {
  if (counterparts.length < 2 || !/期间|其间|此行|访问中|訪問中/.test(view.text.slice(hit.clause.start, hit.start))) return false;
  return counterparts.slice(1).every((p, i) => /(?:及|以及)[^、，。与和]{0,14}$/.test(view.text.slice(counterparts[i]!.end, p.start)));
}

/** 共同/集体/一同 会见, 三方: the people are met together. */
const TOGETHER_MEETING = /共同|集体|集體|一同|一起|一并|一併|联合|聯合|[三四五六多]方|[三四五六多]边/;

/**
 * 韩正在华府会晤万斯与马斯克: one person who 会见/会晤 two people joined by 与/和/及 meets each of them; not when
 * the text says they are met together (共同会见, 集体会见, 三方).
 */
function eachObject(view: SentenceView, hit: TriggerHit, before: EntityItem[], after: EntityItem[]): boolean {
  if (before.length !== 1 || after.length < 2) return false;
  if (TOGETHER_MEETING.test(view.text.slice(hit.clause.start, hit.clause.end))) return false;
  return after.slice(1).every((p, i) => /(?:与|和|及|以及)[^、，。]{0,14}$/.test(view.text.slice(after[i]!.end, p.start)));
}

/** X率领的…代表团, X率团, 由X率领: the person who leads a delegation. */
const LEADS_AFTER = /^[^，。；、与和]{0,12}?(?:率领|率領|率团|率團|带领|帶領|领衔|領銜)/;
const LEADS_BEFORE = /由[^，。；]{0,10}$/;

/** The delegation's leader named in the sentence (舒默率领的代表团, 由舒默率领), not the host himself. */
function delegationLeader(view: SentenceView, host: EntityItem): EntityItem | undefined {
  return view.persons.find(
    (p) => p.id !== host.id && LEADS_AFTER.test(view.text.slice(p.end, p.end + 16)) && (LEADS_BEFORE.test(view.text.slice(0, p.start)) || !/率/.test(view.text.slice(Math.max(0, p.start - 2), p.start))),
  );
}

/** 经贸团队, 代表团, 双方官员 before the trigger: sides named by their teams. */
const TEAM_BEFORE = /(?:团队|團隊|代表团|代表團|谈判团|談判團|工作组|工作組|官员|官員)[^，。；]{0,24}$/;

/**
 * 中美经贸团队在吉隆坡举行了第五轮磋商，贝森特与何立峰达成初步共识: a meeting of two teams is one of the two
 * people joined by 与/和 that open the next clause (the teams' leads).
 */
function teamLeads(view: SentenceView, rules: CompiledRules, hit: TriggerHit): EntityItem[] {
  if (!TEAM_BEFORE.test(view.text.slice(hit.clause.start, hit.start))) return [];
  const next = view.clauses.find((c) => c.start >= hit.clause.end);
  if (!next) return [];
  const people = argPersons(view, rules, next.start, next.end);
  const [a, b] = people;
  if (!a || !b || a.start - next.start > 16 || a.id === b.id) return [];
  return /^[^，。、]{0,16}?(?:与|和|同|跟)[^，。]{0,16}$/.test(view.text.slice(a.end, b.start)) ? [a, b] : [];
}

/** 与他, 同她 (not 他们, 她的) before the trigger: the counterpart is a pronoun. */
const WITH_PRONOUN = /(?:与|同|跟|和)[他她](?![们們的])/;

/**
 * 泽连斯基预计周六发表讲话，哈里斯也将在慕尼黑与他会面: the pronoun is the subject of the nearest clause before,
 * in the same sentence, whose subject is not the meeting's own (叶伦访问北京时，何立峰曾与她会谈).
 */
function pronounCounterpart(view: SentenceView, rules: CompiledRules, hit: TriggerHit, scope: number, subject: EntityItem): EntityItem | undefined {
  if (!WITH_PRONOUN.test(view.text.slice(Math.max(scope, subject.end), hit.start))) return undefined;
  for (let i = view.clauses.findIndex((c) => c.start >= hit.clause.start) - 1; i >= 0; i--) {
    const p = clauseSubject(view, rules, view.clauses[i]!);
    if (p && p.id !== subject.id) return p;
  }
  return undefined;
}

/** 会见了他, 接见她: a third-person pronoun as the object (not 他们, 他的). */
const PRONOUN_OBJECT = /^了?[他她](?![们們的])/;

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
): ArgGroup[] {
  const s = scopeStart(view, rules, hit.clause, hit.start);
  return rawMeetingArgs(view, rules, hit, carry, nominal, pairOf).flatMap((g) => callPairs(view, hit, s, g)).filter((g) => {
    if (isOneSide(g.people)) return false;
    if (g.pattern !== "pair" || g.people.some((p) => p.start > hit.start)) return true;
    const last = g.people.reduce((a, b) => (b.end > a.end ? b : a));
    if (hasUnnamedSide(view, last.end, hit.start)) return false;
    if ((hit.rule.needsConj || nominal) && attendsTogether(view, last.end, hit.start)) return false;
    return !travelTogether(view, g.people[0]!.start, hit.start);
  });
}

/** The argument groups before the one-side filter. */
function rawMeetingArgs(
  view: SentenceView,
  rules: CompiledRules,
  hit: TriggerHit,
  carry: EntityItem | undefined,
  nominal: boolean,
  pairOf: (word: PairRef) => EntityItem[] | undefined = () => undefined,
): ArgGroup[] {
  if (hit.pair) return [{ people: [...hit.pair], pattern: "compound" }];
  const s = scopeStart(view, rules, hit.clause, hit.start);
  let before = argPersons(view, rules, afterNominalGroup(view, rules, s, hit.start), hit.start);
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
  // 会晤前景更加明朗: a noun takes no object.
  let after = hit.rule.transitive && !nominal ? objectPersons(view, rules, hit) : [];
  // 朔尔茨访华期间，习近平会见了他: a pronoun object is the carried subject.
  if (after.length === 0 && hit.rule.transitive && !nominal && carry && PRONOUN_OBJECT.test(view.text.slice(hit.end, hit.end + 4))) after = [carry];
  // 习近平分别会见了A和B: one meeting per object.
  if (after.length > 1 && before.length > 0 && (/(?:分别|先后|相继)[^，。]{0,8}$/.test(view.text.slice(s, hit.start)) || eachObject(view, hit, before, after))) {
    return after.map((o) => ({ people: dedupe([...before, o]), pattern: "respectively-object" }));
  }
  if (before.length === 0 && after.length === 0) {
    const leads = teamLeads(view, rules, hit);
    if (leads.length >= 2) return [{ people: leads, pattern: "team-leads" }];
  }
  if (hit.rule.needsConj && !(before.length > 0 && CONJ_BEFORE.test(view.text.slice(s, before[before.length - 1]!.start)))) return [];
  let pattern = after.length > 0 ? "object" : "pair";
  let carried = false;
  const firstBefore = before[0];
  const lead = firstBefore ? view.text.slice(s, firstBefore.start) : "";
  const counterpartOnly = firstBefore !== undefined && (CONJ_BEFORE.test(lead) || PASSIVE_BEFORE.test(lead));
  if (counterpartOnly || (before.length === 0 && after.length > 0)) {
    // 拜登表示希望与习近平会晤 (the speaker), or …，并在峰会间隙与拜登会晤 (the previous clause's subject).
    const speaker = argPersons(view, rules, hit.clause.start, s).at(-1);
    const subject = speaker ?? carry ?? termSubject(view, s, firstBefore?.start ?? hit.start);
    if (subject) {
      pattern = speaker ? "speaker-subject" : "carried-subject";
      carried = !speaker;
      // 她在北京与李强和何立峰等人会谈: an open list (等人) or several places are several occasions, one
      // meeting per counterpart; a closed list (抵达东京，与上川阳子、木原稔举行2+2) is one meeting of all.
      const lastBefore = before.at(-1);
      const open = lastBefore !== undefined && view.text[lastBefore.end] === "等";
      const occasions = open || occasionPlaces(view, hit.clause.start, hit.start) > 1 || duringTrip(view, hit, before);
      if (counterpartOnly && before.length > 1 && after.length === 0 && (occasions || pairwiseCall(view, hit, s))) {
        return before.filter((c) => c.id !== subject.id).map((c) => ({ people: [subject, c], pattern, carried }));
      }
      // 她先后与王文涛、何立峰及李强会面; 舒默…先后会晤王毅与习近平: the carried subject meets each in turn.
      const counterparts = (counterpartOnly ? before : after).filter((c) => c.id !== subject.id);
      const resp = view.text.slice(s, hit.start).search(RESPECTIVELY);
      if (counterparts.length > 1 && resp >= 0 && (counterpartOnly ? after.length === 0 : before.length === 0)) {
        const at = s + resp;
        return counterparts.map((c, index) => ({ people: [subject, c], pattern, carried, index, count: counterparts.length, respectively: at }));
      }
      before = [subject, ...before];
    }
  }
  const people = dedupe([...before, ...after]);
  if (people.length >= 2) return [{ people, pattern, carried }];
  const other = people.length === 1 ? pronounCounterpart(view, rules, hit, s, people[0]!) : undefined;
  if (other) return [{ people: [people[0]!, other], pattern: "pronoun-counterpart", carried }];
  const denied = people.length === 0 ? deniedPair(view, rules, hit, s) : [];
  if (denied.length >= 2) return [{ people: denied, pattern: "denied-pair" }];
  // 谢锋会见上海美国商会代表团: one person meeting an organization (rule-flagged).
  if (people.length === 1 && after.length === 0 && hit.rule.transitive && !nominal) {
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
