// The people around a trigger that can be its arguments: scope after speech verbs, lists, objects, clause subjects.
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import { isByline } from "./pair-word.ts";
import type { EntityItem, SentenceView, Span } from "./view.ts";
import { within } from "./view.ts";

/** 与/同/跟/和 before a person (up to a title's length): a counterpart, not a subject. */
export const CONJ_BEFORE = /(?:与|同|跟|和)[^与同跟和，。]{0,14}$/;
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
    if (gap.length > 18 || !LIST_GAP.test(gap)) break;
    chain.unshift(a);
  }
  return chain;
}

/** The object of a transitive trigger: the first person after it in the clause, with its list. */
export function objectPersons(view: SentenceView, rules: CompiledRules, hit: TriggerHit): EntityItem[] {
  const after = argPersons(view, rules, hit.end, hit.clause.end);
  const first = after[0];
  if (!first || first.start - hit.end > 24) return [];
  const out = [first];
  for (let i = 1; i < after.length; i++) {
    const gap = view.text.slice(out[out.length - 1]!.end, after[i]!.start);
    if (gap.length > 18 || !LIST_GAP.test(gap)) break;
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
    return p;
  }
  return undefined;
}

/** The people, each once, in text order. */
export const dedupe = (people: EntityItem[]): EntityItem[] => {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.id) && seen.add(p.id));
};

