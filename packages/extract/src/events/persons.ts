// The people around a trigger that can be its arguments: scope after speech verbs, lists, objects, clause subjects.
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import { isByline } from "./pair-word.ts";
import type { EntityItem, SentenceView, Span } from "./view.ts";
import { within } from "./view.ts";

/** A long office ending in its title word (中共中央外事工作委员会办公室主任): no verb, no 的 inside. */
const LONG_TITLE = "[^与同跟和，。在的了是将將]{8,30}(?:主任|部长|部長|总理|總理|主席|委员|委員|顾问|顧問|大使|书记|書記|国务卿|國務卿|外长|外長|总统|總統|首相|特使|秘书长|秘書長|议长|議長|司令|局长|局長|牵头人|牽頭人|负责人|負責人|代表)";

/** 与/同/跟/和 before a person (up to a title's length, or a long office): a counterpart, not a subject. */
export const CONJ_BEFORE = new RegExp(`(?:与|同|跟|和)(?:[^与同跟和，。]{0,14}|${LONG_TITLE})$`);
/** 出席/见证/祝贺 … and the words up to a person with no 的 between: that person is an object (simplified). */
const CEREMONY_OBJECT = /(?:出席|参加|见证|祝贺|庆祝|观礼|送别|悼念|吊唁|迎接|欢送)[^的，。；]{0,12}$/;
const LIST_GAP = /^\s*(?:[（(][^）)]{0,40}[）)])?\s*(?:、|和|与|及|以及|同|跟)/;

/** Where the arguments of a trigger may start: after the last speech verb before it (问及, 表示). */
export function scopeStart(view: SentenceView, rules: CompiledRules, clause: Span, at: number): number {
  let start = clause.start;
  const region = view.cue.slice(clause.start, at);
  for (const m of region.matchAll(rules.speech)) start = clause.start + m.index + m[0].length;
  return start;
}

/** People in [from, to) that can be arguments: not 拜登 of 拜登政府, not 习近平 of 习近平的助理何立峰. */
export function argPersons(view: SentenceView, rules: CompiledRules, from: number, to: number): EntityItem[] {
  const inside = within(view.persons, from, to);
  const out: EntityItem[] = [];
  inside.forEach((p, i) => {
    if (rules.personModifierAfter.test(view.text.slice(p.end, p.end + 6))) return;
    // 【联合报／记者 张文馨／即时报导】: the journalist is never a participant.
    if (isByline(view, p)) return;
    if (view.text[p.end] === "的" && i + 1 < inside.length) return;
    const prev = out[out.length - 1];
    if (prev && prev.id === p.id) return;
    out.push(p);
  });
  return out;
}

/** The people listed with `last` (布林肯、耶伦、雷蒙多和克里), ending at `last`, in text order. */
export function chainBack(view: SentenceView, people: readonly EntityItem[], last: number): EntityItem[] {
  const chain = [people[last]!];
  for (let i = last - 1; i >= 0; i--) {
    const a = people[i]!;
    const gap = view.text.slice(a.end, chain[0]!.start);
    // 莱特希泽（Robert Lighthizer）和财政部长姆努钦: an English name in brackets does not count to the gap.
    if (gap.replace(/[（(][^）)]{0,40}[）)]/, "").length > 18 || !LIST_GAP.test(gap)) break;
    chain.unshift(a);
  }
  return chain;
}

/**
 * Between a trigger and a person, what makes the person no object: the trigger closed as a time (会晤时,
 * 会谈期间, 会见后) or a verb of talking about someone (提及, 谈到, 关注, 要求释放): he is the topic.
 */
const NOT_OBJECT_GAP =
  /^(?:了|过|過)?(?:时|時|期间|期間|之际|之際|后|後)|提及|提到|談及|谈及|談到|谈到|论及|論及|触及|觸及|关注|關注|关切|關切|讨论|討論|释放|釋放|关押|關押|拘押|羁押|羈押|被捕/;

/** The object of a transitive trigger: the first person after it in the clause, with its list. */
export function objectPersons(view: SentenceView, rules: CompiledRules, hit: TriggerHit): EntityItem[] {
  const after = argPersons(view, rules, hit.end, hit.clause.end);
  const first = after[0];
  if (!first || first.start - hit.end > 24 || NOT_OBJECT_GAP.test(view.text.slice(hit.end, first.start))) return [];
  const out = [first];
  for (let i = 1; i < after.length; i++) {
    const gap = view.text.slice(out[out.length - 1]!.end, after[i]!.start);
    // 会见莱特希泽（Robert Lighthizer）和财政部长姆努钦: an English name in brackets does not count to the gap
    // (not before 与, which may open a pair of its own: 会晤距离奥斯汀（…）与魏凤和…的会谈).
    const bare = /[与同跟]/.test(gap) ? gap : gap.replace(/[（(][^）)]{0,40}[）)]/, "");
    if (bare.length > 18 || !LIST_GAP.test(gap)) break;
    out.push(after[i]!);
  }
  return out;
}

/** The clause's subject: its first argument person not introduced by 与/跟/同 nor after a verb (会见了陈吉宁). */
export function clauseSubject(view: SentenceView, rules: CompiledRules, clause: Span): EntityItem | undefined {
  for (const p of argPersons(view, rules, clause.start, clause.end)) {
    const before = view.text.slice(clause.start, p.start);
    if (CONJ_BEFORE.test(before)) continue;
    for (const m of before.matchAll(rules.trigger)) if (rules.byForm.get(m[0])?.transitive) return undefined;
    // 13日出席前总统罗塞夫就任行长的典礼: the one whose ceremony is attended is no subject (出席峰会的拜登 is).
    if (CEREMONY_OBJECT.test(before)) return undefined;
    return p;
  }
  return undefined;
}

/** The people, each once, in text order. */
export const dedupe = (people: EntityItem[]): EntityItem[] => {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.id) && seen.add(p.id));
};

