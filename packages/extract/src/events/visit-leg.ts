// A trip's next leg: a clause with no subject of its own (…，4日晚抵达洛杉矶 / 之后再访问菲律宾) continues the trip's traveller.
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView } from "./view.ts";

/**
 * What may open a leg clause before its travel verb, once its times are cut out: 于当地时间…晚间,
 * 随后, 之后再, 其后, 去程, 次日, 并于 … (simplified text).
 */
const LEG_LEAD =
  /^(?:(?:于|在)?当地时间|于|在|去程|回程|返程|途中|晚间|晚上|晚|上午|下午|中午|早上|早晨|凌晨|傍晚|深夜|稍后|随后|之后|其后|此后|然后|接着|紧接着|再|又|将|将会|则|也|已|已经|即|便|旋即|随即|先|并|当天|同日|翌日|次日|前一天|当晚|当日|一早|最后|最终|还|会)*$/;

/**
 * True when the clause before a visit trigger holds only times and leg adverbs (4日晚抵达洛杉矶,
 * 于当地时间8日晚间抵达布达佩斯, 之后再访问菲律宾): the traveller is the subject of an earlier clause.
 */
export function isLegClause(view: SentenceView, hit: TriggerHit): boolean {
  const from = hit.clause.start;
  if (view.persons.some((p) => p.start >= from && p.end <= hit.start)) return false;
  let gap = "";
  let at = from;
  for (const t of view.times) {
    if (t.end <= from || t.start >= hit.start) continue;
    if (t.start > at) gap += view.text.slice(at, t.start);
    at = Math.max(at, t.end);
  }
  gap += view.text.slice(at, hit.start);
  // 出访美国的最高级别官员: a clause that opens with the verb is no leg (often a relative clause).
  return at > from || gap.trim().length > 0 ? LEG_LEAD.test(gap.replace(/^[\s“"「『（(]+/, "")) : false;
}
