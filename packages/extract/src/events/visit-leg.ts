// A trip's next leg: a clause with no subject of its own (…，4日晚抵达洛杉矶 / 之后再访问菲律宾) continues the trip's traveller.
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { clauseAt } from "./view.ts";

/**
 * What may open a leg clause before its travel verb, once its times are cut out: 于当地时间…晚间,
 * 随后, 之后再, 其后, 去程, 次日, 并于 … (simplified text).
 */
const LEG_LEAD =
  /^(?:(?:于|在)?当地时间|于|在|去程|回程|返程|途中|晚间|晚上|晚|上午|下午|中午|早上|早晨|凌晨|傍晚|深夜|稍后|随后|之后|其后|此后|然后|接着|紧接着|再|又|将|将会|则|也|已|已经|即|便|旋即|随即|先|并|当天|同日|翌日|次日|前一天|当晚|当日|一早|最后|最终|还|会)*$/;

/** 他在上海出席了罗塞夫的就职仪式: a name inside a clause whose subject is 他/她 is not its subject. */
const PRONOUN_START = /^[\s“"「『（(]*[他她](?![的们們])/;

/** True when the carried subject is named in this sentence inside a clause that opens with 他/她. */
function namedAfterPronoun(view: SentenceView, carry: EntityItem): boolean {
  if (!view.persons.some((p) => p.id === carry.id && p.start === carry.start)) return false;
  const c = clauseAt(view, carry.start);
  return PRONOUN_START.test(view.text.slice(c.start, carry.start));
}

/**
 * True when the clause before a visit trigger holds only times and leg adverbs (4日晚抵达洛杉矶,
 * 于当地时间8日晚间抵达布达佩斯, 之后再访问菲律宾), or is a bare travel verb after another clause
 * (傍晚搭机离台，前往南韩): the traveller is the subject of an earlier clause.
 */
export function isLegClause(view: SentenceView, hit: TriggerHit, carry: EntityItem): boolean {
  const from = hit.clause.start;
  if (view.persons.some((p) => p.start >= from && p.end <= hit.start)) return false;
  if (namedAfterPronoun(view, carry)) return false;
  let gap = "";
  let at = from;
  for (const t of view.times) {
    if (t.end <= from || t.start >= hit.start) continue;
    if (t.start > at) gap += view.text.slice(at, t.start);
    at = Math.max(at, t.end);
  }
  gap += view.text.slice(at, hit.start);
  if (at === from && gap.trim().length === 0) {
    // 出访美国的最高级别官员: a clause that opens with the verb is a leg only for a travel verb, never
    // as a relative clause (…的).
    return hit.rule.name === "travel" && from > 0 && !view.text.slice(hit.end, hit.clause.end).includes("的");
  }
  return LEG_LEAD.test(gap.replace(/^[\s“"「『（(]+/, ""));
}
