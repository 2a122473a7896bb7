// Who visits: the visitor(s) of a visit trigger (A访问X, 布林肯、耶伦…纷纷前往中国, 来华访问的耶伦, 此次访问).
import type { ArgGroup } from "./args.ts";
import { argPersons, chainBack, dedupe, scopeStart } from "./args.ts";
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { isLegClause, sentenceTopic } from "./visit-leg.ts";
import { hostedGuest } from "./visit-host.ts";
import { cleftVisitor, relativeVisitors } from "./visit-relative.ts";

/** 两人都是来巴厘岛出席…: the clause opens with the pair word and reaches the trigger in a few words (simplified). */
const PAIR_SUBJECT = /^[\s“"「]*(?:两人|二人|两位|两国元首|两国领导人|两位领导人|两位元首)[^，。；！？]{0,12}$/;

/** The pair a clause's 两人/两国元首 subject refers to (the last happened meeting's), when the pair word opens the clause. */
function pairSubject(view: SentenceView, hit: TriggerHit, pairOf: () => EntityItem[] | undefined): EntityItem[] | undefined {
  const lead = view.text.slice(hit.clause.start, hit.start);
  if (!PAIR_SUBJECT.test(lead)) return undefined;
  const pair = pairOf();
  return pair && pair.length >= 2 ? pair : undefined;
}

/** 随/跟随/随同 (not 随后, 随即) right before a name and its title: the one followed, whose trip a denial leaves alone. */
const FOLLOWED = /(?:跟随|随同|伴随|(?<![伴跟])随(?![后即之时着]))[^，。；、与和]{0,10}$/;

/** 与/和/同/跟 right before a name: a companion, not a subject. */
const CONJ_END = /(?:与|和|同|跟)$/;

/**
 * True when the last name before the visit belongs to a meeting written between it and the visit
 * (A…与B会面是在…访问X期间), and the first name is the sentence's own subject.
 */
function meetingCompanion(view: SentenceView, rules: CompiledRules, before: EntityItem[], hit: TriggerHit): boolean {
  const last = before.at(-1)!;
  if (before.length < 2 || !CONJ_END.test(view.text.slice(before[0]!.end, last.start))) return false;
  for (const m of view.text.slice(last.end, hit.start).matchAll(rules.trigger)) if (rules.byForm.get(m[0])?.type !== "visit") return true;
  return false;
}

/** What the speaker's own wish or plan opens with (simplified). */
const WISH_START = /^[\s“"「]*(?:希望|想|愿意|打算|计划|准备|将|会|要|有意|考虑|期待|期望|盼|争取|预计|拟|决定|还将|也将)/;

/** True when the clause right before ends with a speech verb (…表示，) and names the carried subject. */
function spokeBefore(view: SentenceView, rules: CompiledRules, hit: TriggerHit, carry: EntityItem): boolean {
  const i = view.clauses.findIndex((c) => c.start === hit.clause.start);
  const prev = i > 0 ? view.clauses[i - 1]! : undefined;
  if (!prev || !(carry.start >= prev.start && carry.end <= prev.end)) return false;
  // 柯比表示，议长有权访问台湾: only a clause that opens with the speaker's wish or plan (希望, 将, 计划 …).
  if (!WISH_START.test(view.text.slice(hit.clause.start, hit.start))) return false;
  // 拜登说，访问中国的美国官员…: a relative clause names someone else.
  if (view.text.slice(hit.end, hit.clause.end).includes("的")) return false;
  if (!view.persons.some((p) => p.id === carry.id && p.start === carry.start)) return false;
  const tail = view.text.slice(carry.end, prev.end);
  let end = -1;
  for (const m of tail.matchAll(rules.speech)) end = m.index + m[0].length;
  return end >= 0 && end === tail.length;
}

/**
 * 允许联合国人权事务高级专员访问新疆, 批评北京对捷克参议院议长访问台湾的威胁, 将派特使赴乌 (simplified): an unnamed
 * official right before the trigger is the visitor, not the sentence's subject; a leader's party (率, 带领) or the
 * named person's own office (李海瓒担任特使前往北京) is not.
 */
const UNNAMED_OFFICIAL = /(?:议长|专员|特使|使节|官员|大使|议员|记者|专家|观察员|调查组)(?:将|会|曾|也|已|再|要|可以|能够|获准)?$/;
/** A named leader's party (率, 带领) or the named person's own office (担任特使, 作为特使): still the named person's trip. */
const LEADS_PARTY = /率|带领|带队|陪同|随同|以|担任|作为|出任|身为/;

/** True when an unnamed official, written after `last` (the last name from `s` to the trigger), is the one who travels. */
function unnamedVisitor(view: SentenceView, hit: TriggerHit, s: number, last: EntityItem | undefined): boolean {
  const gap = view.text.slice(Math.max(s, last?.end ?? s), hit.start);
  return UNNAMED_OFFICIAL.test(gap) && !LEADS_PARTY.test(gap);
}

/** Visitors of a visit: A访问X, 布林肯、耶伦…纷纷前往中国, 正在中国访问的纽森, 此次访问 … */
export function visitArgs(
  view: SentenceView,
  rules: CompiledRules,
  hit: TriggerHit,
  carry: EntityItem | undefined,
  continuation: boolean,
  mainVisitor?: EntityItem,
  /** The pair of the document's last happened meeting (visit-pair.ts). */
  pairOf: () => EntityItem[] | undefined = () => undefined,
): ArgGroup | undefined {
  // 布林肯此行, 何瑞恩说，此次访问最重要的成果…: "this visit" is the visit of the name written right
  // before it, else the article's main visit; never the speaker's.
  if (hit.rule.anaphoric) {
    const p = argPersons(view, rules, hit.clause.start, hit.start).at(-1);
    if (p && hit.start - p.end <= 2) return { people: [p], pattern: "subject" };
    return mainVisitor ? { people: [mainVisitor], pattern: "anaphoric", carried: true } : undefined;
  }
  // 正在中国访问的加州州长纽森, 来华访问的耶伦, 在金边出席东盟外长会议的王毅: the visitor (or listed guests) follows.
  const relative = relativeVisitors(view, rules, hit);
  if (relative) return { people: relative, pattern: "relative" };
  // 普京预计将在访问期间接见王毅: whom a host receives during "the visit" is the visitor, not the host.
  const host = hostedGuest(view, rules, hit);
  if (host) return host.guest ? { people: [host.guest], pattern: "received" } : undefined;
  const s = scopeStart(view, rules, hit.clause, hit.start);
  const all = argPersons(view, rules, s, hit.start);
  if (unnamedVisitor(view, hit, s, all.at(-1))) return undefined;
  // 她没有随马克龙前往广州: the one followed goes anyway, only the follower's trip is denied.
  const denied = /(?:没有|没|未|不)/.test(view.text.slice(s, hit.start));
  const before = all.filter((p) => !denied || !FOLLOWED.test(view.text.slice(s, p.start)));
  // 她没有随马克龙前往广州: a follower's denied trip says nothing of a trip of its own.
  if (before.length < all.length) return undefined;
  if (before.length > 0) {
    // 王毅上一次与布林肯会面是在去年10月访问华盛顿期间: the companion of a meeting is not the visitor.
    const own = meetingCompanion(view, rules, before, hit) ? [before[0]!] : undefined;
    if (own) return { people: own, pattern: "subject" };
    const chain = chainBack(view, before, before.length - 1);
    return { people: dedupe(chain), pattern: chain.length > 1 ? "list" : "subject" };
  }
  // 两人都是来巴厘岛出席外长会议: each of the pair already named is a visitor.
  const pair = pairSubject(view, hit, pairOf);
  if (pair) return { people: [...pair], pattern: "pair-referent", carried: true };
  const cleft = cleftVisitor(view, rules, hit);
  if (cleft) return { people: [cleft], pattern: "cleft" };
  // 舒默表示将访问中国: the speaker is the visitor when no one else is named after the verb.
  const speaker = argPersons(view, rules, hit.clause.start, s).at(-1);
  if (speaker) return { people: [speaker], pattern: "speaker-subject" };
  // 川普曾私下向顾问表示，希望在就职后100天内访问中国: the speaker of the clause before is the visitor.
  if (carry && spokeBefore(view, rules, hit, carry)) return { people: [carry], pattern: "speaker-subject", carried: true };
  // …，4日晚抵达洛杉矶, 之后再访问菲律宾: a leg of the trip of the earlier clause's subject.
  if (carry && (continuation || isLegClause(view, hit, carry))) return { people: [carry], pattern: "carried-subject", carried: true };
  const topic = carry ? undefined : sentenceTopic(view);
  if (topic && topic.end <= hit.clause.start && (continuation || isLegClause(view, hit, topic))) return { people: [topic], pattern: "carried-subject", carried: true };
  return undefined;
}
