// Finds event trigger words in a sentence: the forms of triggers.json, and leader-pair compounds (拜习会).
import type { Lexicon } from "../lexicon/index.ts";
import type { CompiledRules, TriggerRule } from "./rules.ts";
import type { EntityItem, SentenceView, Span } from "./view.ts";
import { clauseAt } from "./view.ts";
import { isCharacterization, isPriorEvent } from "./meeting-prior.ts";
import { sideCalls, splitCalls } from "./calls-split.ts";

export { hasSplitCall } from "./calls-split.ts";

/** One trigger occurrence. */
export interface TriggerHit extends Span {
  rule: TriggerRule;
  clause: Span;
  /** The two people a compound names (拜习会 → Biden, Xi). */
  pair?: [EntityItem, EntityItem];
}

/** The rule of a leader-pair compound: a noun naming both leaders. */
export const COMPOUND_RULE: TriggerRule = { name: "leader-compound", type: "meeting", nominal: true, forms: [] };

/** 以视频方式会谈, 通过视讯举行会晤, 透過視像會見: a meeting held over video is a call. */
const VIDEO_BEFORE = /(?:以|通过|透过|经由|经过|藉由|借由)(?:视频|视讯|视像|线上|在线|网络|云端|远程|远端)(?:连线|连接)?(?:方式|形式)?(?:举行|进行|同|与|和|跟)?[^，。；]{0,8}$/;

/** The rule a meeting trigger has when the text says it was held over video: the same rule as a call. */
function byVideo(view: SentenceView, rule: TriggerRule, clause: Span, start: number): TriggerRule {
  if (rule.type !== "meeting") return rule;
  return VIDEO_BEFORE.test(view.text.slice(Math.max(clause.start, start - 24), start)) ? { ...rule, type: "call" } : rule;
}

/**
 * A meeting or call trigger as this sentence uses it: none when the sentence only characterizes the event
 * just reported (这是两人…以来首次会晤); an earlier event a later one is measured from (两人继…峰会之后) is a
 * report of its own, of the pair already named, whatever its part of speech.
 */
function inContext(view: SentenceView, hit: TriggerHit): TriggerHit | undefined {
  if (hit.rule.type === "visit" || hit.pair) return hit;
  if (isCharacterization(view, hit)) return undefined;
  return isPriorEvent(view, hit) ? { ...hit, rule: { ...hit.rule, nominal: false, needsConj: false } } : hit;
}

const overlaps = (a: Span, items: readonly Span[]): boolean => items.some((i) => i.start < a.end && a.start < i.end);

/** 拜登最后一次与习近平会面，是去年11月在利马: a clause opening with 是 completes the one before it. */
function withCopula(view: SentenceView, clause: Span): Span {
  const next = view.clauses.find((c) => c.start > clause.end);
  if (!next || !/^是/.test(view.text.slice(next.start, next.end)) || !/^[，,]$/.test(view.text.slice(clause.end, next.start))) return clause;
  return { start: clause.start, end: next.end };
}

/** Every trigger in the sentence, in text order. */
export function findTriggers(view: SentenceView, rules: CompiledRules, lexicon?: Lexicon): TriggerHit[] {
  const text = view.text;
  const names = [...view.persons, ...view.places, ...view.orgs];
  const hits: TriggerHit[] = [];
  const scan = rules.triggerScan;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    let rule = rules.byForm.get(m[0]);
    if (!rule) continue; // a look-alike: 访问团, 国会议员
    let hit = { start: m.index, end: m.index + m[0].length };
    // 赴华府: the longest form (赴华) runs into a name; a shorter form (赴) before the name still counts.
    for (let len = m[0].length - 1; len > 0 && overlaps(hit, names); len--) {
      const shorter = rules.byForm.get(m[0].slice(0, len));
      if (shorter) {
        rule = shorter;
        hit = { start: m.index, end: m.index + len };
      }
    }
    // A trigger inside a name is not one (会 in 国会 is masked; 赴 inside a name is skipped here); the scan
    // goes on inside it: 与何立峰会谈 has 峰会 across the name and 会谈 after it.
    if (overlaps(hit, names)) {
      scan.lastIndex = m.index + 1;
      continue;
    }
    // 耶伦不会在此行中会见习近平: 此行 here only says when, the visit is reported elsewhere.
    if (rule.anaphoric && /[在于於]$/.test(text.slice(Math.max(0, hit.start - 1), hit.start))) continue;
    // 关于布林肯访华的问题: a reference to an event, not a report of it.
    if (rules.referenceAfter.test(text.slice(hit.end, hit.end + 4))) continue;
    // 发出访美邀请: the visit is what is offered, nobody travels.
    if (rules.invitationAfter.test(text.slice(hit.end, hit.end + 3))) continue;
    const clause = withCopula(view, clauseAt(view, hit.start));
    hits.push({ ...hit, rule: byVideo(view, rule, clause, hit.start), clause });
  }
  // 通了约40分钟的电话, 通了一个多小时電話: the call's length written inside 通了…电话.
  const call = rules.byForm.get("通电话");
  if (call) {
    for (const m of splitCalls(text)) {
      const hit = { start: m.index, end: m.index + m[0].length };
      if (overlaps(hit, hits) || overlaps(hit, names)) continue;
      hits.push({ ...hit, rule: call, clause: withCopula(view, clauseAt(view, hit.start)) });
    }
    // 奥巴马当天给他打电话表示祝贺, 給蔡英文打了一通電話, 接到布林肯打来的电话: the other side between
    // 给/接到 and 电话 (the whole span replaces a plain 通电话 inside it).
    for (const m of sideCalls(text)) {
      const hit = { start: m.index, end: m.index + m[0].length };
      const inside = hits.filter((h) => overlaps(h, [hit]));
      if (inside.some((h) => h.rule.type !== "call") || overlaps(hit, names)) continue;
      for (const h of inside) hits.splice(hits.indexOf(h), 1);
      hits.push({ ...hit, rule: call, clause: withCopula(view, clauseAt(view, hit.start)) });
    }
  }
  // 拜习会, 习拜峰会: two people written back to back, then a meeting noun.
  const ps = view.persons;
  for (let i = 0; i + 1 < ps.length; i++) {
    const a = ps[i]!;
    const b = ps[i + 1]!;
    if (a.end !== b.start || a.id === b.id) continue;
    // 與川普會晤: two abbreviations that together spell a name (川普) are that name, not a pair.
    if (lexicon && lexicon.lookup(view.text.slice(a.start, b.end)).length > 0) continue;
    const suffix = rules.compoundSuffix.exec(view.text.slice(b.end, b.end + 2));
    if (!suffix) continue;
    const hit = { start: a.start, end: b.end + suffix[0].length };
    hits.push({ ...hit, rule: COMPOUND_RULE, clause: clauseAt(view, hit.start), pair: [a, b] });
  }
  // 习拜峰会: the compound already covers the noun after the names.
  const compounds = hits.filter((h) => h.pair);
  return hits
    .filter((h) => h.pair || !compounds.some((c) => h.start >= c.start && h.start < c.end))
    .map((h) => inContext(view, h))
    .filter((h) => h !== undefined)
    .sort((x, y) => x.start - y.start);
}
