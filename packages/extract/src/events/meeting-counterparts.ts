// Counterparts written without a name next to the trigger: a denied pair, 两人 of the same sentence, 与他, team and delegation leads.
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import { argPersons, chainBack, clauseSubject } from "./persons.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** 但没有举行正式会谈, 并未举行双边会晤: a denied meeting with nobody named in its clause. */
const DENIED_BEFORE = /(?:没有|沒有|并未|並未|未曾|不曾|未|没)(?:再)?(?:举行|进行|舉行|進行)?(?:正式|单独|單獨|双边|雙邊)?(?:的)?$/;

/**
 * 两人握手并简短交谈，但没有举行正式会谈: the pair named earlier in the sentence is the one whose meeting is
 * denied (the lesser contact before it is that meeting, and did not happen either).
 */
export function deniedPair(view: SentenceView, rules: CompiledRules, hit: TriggerHit, scope: number): EntityItem[] {
  if (!DENIED_BEFORE.test(view.text.slice(Math.max(scope, hit.start - 16), hit.start))) return [];
  const earlier = argPersons(view, rules, 0, hit.clause.start);
  if (earlier.length < 2) return [];
  const chain = chainBack(view, earlier, earlier.length - 1);
  return chain.length >= 2 ? chain : [];
}

/**
 * 奥斯汀与李尚福只在晚宴上握手寒暄，两人没有举行会谈: the pair named earlier in the same sentence (joined by
 * 与/和) is what 两人 refers to, before any pair of earlier sentences.
 */
export function samePair(view: SentenceView, rules: CompiledRules, clauseStart: number): EntityItem[] | undefined {
  const earlier = argPersons(view, rules, 0, clauseStart);
  if (earlier.length !== 2) return undefined;
  const chain = chainBack(view, earlier, 1);
  return chain.length === 2 && /^[^，。]{0,12}?(?:与|和|同|跟)/.test(view.text.slice(chain[0]!.end, chain[1]!.start)) ? chain : undefined;
}

/** X率领的…代表团, X率团, 由X率领: the person who leads a delegation. */
const LEADS_AFTER = /^[^，。；、与和]{0,12}?(?:率领|率領|率团|率團|带领|帶領|领衔|領銜)/;
const LEADS_BEFORE = /由[^，。；]{0,10}$/;

/** The delegation's leader named in the sentence (舒默率领的代表团, 由舒默率领), not the host himself. */
export function delegationLeader(view: SentenceView, host: EntityItem): EntityItem | undefined {
  return view.persons.find(
    (p) => p.id !== host.id && LEADS_AFTER.test(view.text.slice(p.end, p.end + 16)) && (LEADS_BEFORE.test(view.text.slice(0, p.start)) || !/率/.test(view.text.slice(Math.max(0, p.start - 2), p.start))),
  );
}

/** 经贸团队, 代表团, 双方官员, 中日领导人, 两国外长 before the trigger: sides named by their teams or offices. */
const TEAM_BEFORE =
  /(?:团队|團隊|代表团|代表團|谈判团|談判團|工作组|工作組|官员|官員|(?:[中美日韩俄法德英印澳欧越朝菲泰马新]{2}|两国|兩國)(?:领导人|領導人|元首|首脑|首腦|外长|外長|防长|防長))[^，。；]{0,24}$/;

/**
 * 中美经贸团队在吉隆坡举行了第五轮磋商，贝森特与何立峰达成初步共识: a meeting of two teams is one of the two
 * people joined by 与/和 that open the next clause (the teams' leads).
 */
export function teamLeads(view: SentenceView, rules: CompiledRules, hit: TriggerHit): EntityItem[] {
  if (!TEAM_BEFORE.test(view.text.slice(Math.max(hit.clause.start, hit.start - 40), hit.start))) return [];
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
 * in the same sentence, whose subject is not the meeting's own (叶伦访问北京时，何立峰曾与她会谈), else the
 * previous sentence's subject.
 */
export function pronounCounterpart(
  view: SentenceView,
  rules: CompiledRules,
  hit: TriggerHit,
  scope: number,
  subject: EntityItem,
  previousSubject: () => EntityItem | undefined = () => undefined,
): EntityItem | undefined {
  if (!WITH_PRONOUN.test(view.text.slice(Math.max(scope, subject.end, hit.start - 24), hit.start))) return undefined;
  for (let i = view.clauses.findIndex((c) => c.start >= hit.clause.start) - 1; i >= 0; i--) {
    const p = clauseSubject(view, rules, view.clauses[i]!);
    if (p && p.id !== subject.id) return p;
  }
  // 去年9月，泽连斯基还在纽约与他见过面: nothing before in the sentence, the previous sentence's subject.
  const prev = previousSubject();
  return prev && prev.id !== subject.id ? prev : undefined;
}

