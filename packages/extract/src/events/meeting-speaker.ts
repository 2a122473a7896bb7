// A speaker is no side of the meeting they report: 柯比说，议长作出自己的决定，总统并未在通话中与习近平讨论.
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/**
 * What a reported clause opens with when it has a subject of its own: a bare title (总统, 议长, 国务卿),
 * a side (双方, 两国, 中方, 美方, 北京), a plural or another pronoun (他们, 对方), an institution (白宫, 政府).
 */
const OWN_SUBJECT =
  /^[\s“"「『]*(?:(?:美国|中国|该国|两国|这位|该名|这名|那位)?(?:总统|副总统|议长|主席|副主席|总理|副总理|首相|国务卿|外长|外交部长|防长|部长|总书记|大使|特使|官员|领导人|元首|首脑|国王|王储|代表团?)|双方|两国|两人|二人|两位|中方|美方|俄方|日方|欧方|印方|韩方|英方|法方|德方|[中美俄日欧印韩英法德]国(?:政府|官员|领导人)|北京|华府|华盛顿|莫斯科|白宫|克里姆林宫|政府|当局|他们|她们|对方|彼此|有关方面|外界)/;

/** The end of the last speech verb in [from, to) (…周四说, …表示), or -1. */
function speechEnd(view: SentenceView, rules: CompiledRules, from: number, to: number): number {
  let end = -1;
  for (const m of view.text.slice(from, to).matchAll(rules.speech)) end = from + m.index + m[0].length;
  return end;
}

/**
 * True when `carry` is a speaker whose report the trigger stands in, and the report names its own
 * subject before the trigger: 白宫发言人柯比说，总统并未与习近平讨论 (柯比 is no side), 王毅表示，双方同意
 * 与美方保持沟通. A report that opens with the speaker's own plan (拜登表示，希望与习近平会面) keeps them.
 */
export function reportsOthers(view: SentenceView, rules: CompiledRules, hit: TriggerHit, carry: EntityItem): boolean {
  if (carry.end > hit.clause.start) return false;
  const said = speechEnd(view, rules, carry.end, hit.clause.start);
  if (said < 0) return false;
  // Every clause from the speech verb to the trigger's own: one that opens with a subject of its own.
  for (const c of view.clauses) {
    if (c.end <= said || c.start > hit.clause.start) continue;
    const from = Math.max(c.start, said);
    if (OWN_SUBJECT.test(view.text.slice(from, Math.min(c.end, hit.start)))) return true;
  }
  return false;
}
