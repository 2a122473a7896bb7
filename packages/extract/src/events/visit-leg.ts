// A trip's next leg: a clause with no subject of its own (…，4日晚抵达洛杉矶 / 之后再访问菲律宾) continues the trip's traveller.
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { clauseAt } from "./view.ts";

/**
 * What may open a leg clause before its travel verb, once its times are cut out: 于当地时间…晚间,
 * 随后, 之后再, 接下来还将, 下一站, 其后, 去程, 次日, 先后, 计划, 预定, 那次他还, 上月再度, 首次, 第三度 … (simplified text).
 */
const LEG_LEAD =
  /^(?:(?:于|在)?当地时间|那次|那一次|当时|其时|[他她](?![的们])|于|在|(?:去程|回程|返程)时?|途中|晚间|晚上|晚|上午|下午|中午|早上|早晨|凌晨|傍晚|深夜|稍后|随后|之后|其后|此后|然后|接着|紧接着|接下来|而后|继而|随之|尔后|嗣后|稍后再|下一站|最后一站|第[二三四五六七八九]站|届时|同时|此外|另外|亦|再|又|将|将会|则|也|已|已经|即|便|旋即|随即|先|并|当天|同日|翌日|次日|前一天|当晚|当日|一早|最后|最终|还|会|先后|相继|陆续|接连|首先|先是|再度|再次|再一次|又一次|首度|首次|第[一二三四五六七八九十两\d]{1,2}[次度]|计划|按计划|按照计划|依计划|按原计划|打算|准备|预计|预定|预料|拟|决定|有望|考虑|可能|或将|或|(?:从|自|由|经由|经)〇|(?:搭乘|乘坐|搭|乘)(?:专机|飞机|航班|班机|包机)?|搭机|乘机)*$/;

/** 去程过境纽约、: a leg of its own before 、 (simplified text). */
const LEG_BEFORE = /^[^，。；、]{0,8}(?:过境|前往|访问|到访|抵达|飞抵|转往|飞往|赴)[^，。；、]{1,12}$/;

/** 从乌兰巴托飞抵, 自东京转往, 经由安克雷奇: the place right after marks where a leg sets out from or passes (simplified). */
const ORIGIN_BEFORE = /(?:从|自|由|经由|经)$/;

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
  // 25日晚从乌兰巴托飞抵天津: times and the place a leg sets out from (marked 〇) are cut out.
  const origins = view.places.filter((p) => ORIGIN_BEFORE.test(view.text.slice(Math.max(from, p.start - 2), p.start)));
  const cuts = [...view.times.map((t) => ({ start: t.start, end: t.end, mark: "" })), ...origins.map((p) => ({ start: p.start, end: p.end, mark: "〇" }))];
  for (const t of cuts.sort((a, b) => a.start - b.start)) {
    if (t.end <= from || t.start >= hit.start) continue;
    if (t.start > at) gap += view.text.slice(at, t.start);
    if (t.end > at) gap += t.mark;
    at = Math.max(at, t.end);
  }
  gap += view.text.slice(at, hit.start);
  if (at === from && gap.trim().length === 0) {
    // 出访美国的最高级别官员: a clause that opens with the verb is a leg only for a travel verb, never
    // as a relative clause (…的).
    return hit.rule.name === "travel" && from > 0 && !view.text.slice(hit.end, hit.clause.end).includes("的");
  }
  const lead = gap.replace(/^[\s“"「『（(]+/, "");
  if (LEG_LEAD.test(lead)) return true;
  // 当时去程过境纽约、回程过境旧金山: a leg after another leg in the same list clause.
  const cut = lead.lastIndexOf("、");
  return cut > 0 && LEG_BEFORE.test(lead.slice(0, cut)) && LEG_LEAD.test(lead.slice(cut + 1));
}

/** Times, quotes and brackets that may stand before a sentence's topic (去年5月，普京…). */
const TOPIC_LEAD = /^[\s“"「『（(]*$/;

/**
 * 欧尔班上任轮值主席国翌日、即7月2日，便前往基辅: the person who opens the sentence is the traveller of a
 * leg clause when no clause names a subject (the name there only qualifies 上任, 任内 …).
 */
export function sentenceTopic(view: SentenceView): EntityItem | undefined {
  const first = view.persons[0];
  if (!first) return undefined;
  let gap = view.text.slice(0, first.start);
  for (const t of view.times) if (t.end <= first.start) gap = gap.replace(view.text.slice(t.start, t.end), "");
  return TOPIC_LEAD.test(gap.replace(/[，,]/g, "")) ? first : undefined;
}
