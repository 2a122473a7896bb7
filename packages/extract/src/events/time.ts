// When: the time expression that dates a trigger, chosen by position (same clause, sentence head, previous sentence).
import type { CompiledRules } from "./rules.ts";
import type { TimeChoice } from "./time-groups.ts";
import { addDays, dated, NO_TIME, timeClauseStart, timeGroups, union } from "./time-groups.ts";
import { madeLater } from "./status-rescheduled.ts";
import { afterOwnPrecedent, afterPrecedent } from "./time-after.ts";
import { periodTime } from "./time-period.ts";
import { countsFrom, offsetDay } from "./time-since.ts";
import { whenClauseTime } from "./time-when.ts";
import { lastOccasionTime } from "./time-last.ts";
import type { SentenceView, TimeItem } from "./view.ts";
import type { TimeQuery } from "./time-query.ts";
import { bareGap, within } from "./view.ts";

export type { TimeChoice } from "./time-groups.ts";
export { lastTime, NO_TIME, timeClauseStart, timeGroups, union } from "./time-groups.ts";
export { periodTime } from "./time-period.ts";

/** At that time: the clause's date is the last one written before it. */
const THEN = /^(?:当时|當時|届时|屆時|彼时|彼時|那时|那時|同日|当天|當天)/;
/** Right after: 当天上午为普京举行欢迎仪式，随后两国元首举行会谈 (the same day as the clause before). */
const NEXT = /^(?:随后|隨後|随即|隨即|接着|接著|紧接着|緊接著)/;
/** After the trigger a time is its own only across names and a few words, not 为… (为下个月的峰会铺路). */
// 访问期间于6日会见…: a time after 期间 dates what happened during the visit, not the visit.
const AFTER_BLOCK = /[为為对對向让讓使被]|同样|同樣|期间|期間/;

/** 继X之后: a reference point before the event, with its own time. */
const AFTER_OTHER = /继[^，。；]{1,30}?(?:之后|以后|后)/;

/** The i-th listed day: one of n times, or the i-th day of one n-day range (26日至27日). */
function listedDay(view: SentenceView, q: TimeQuery, at: number, index: number, count: number): TimeChoice | undefined {
  const listed = within(view.times, q.scope, at).filter(dated);
  const t = listed[index];
  if (listed.length === count && t) return union(view, [t], "date:respectively", null);
  const only = listed[0];
  if (listed.length === 1 && only && only.expr.precision === "day" && only.expr.from && only.expr.to) {
    const day = addDays(only.expr.from, index);
    if (addDays(only.expr.from, count - 1) === only.expr.to) return { from: day, to: day, precision: "day", rule: "date:respectively" };
  }
  return undefined;
}

/** Time groups of [from, to) after any 继…之后 (耶伦是继布林肯上月访问北京之后…: 上月 dates the earlier event). */
function ownGroups(view: SentenceView, from: number, to: number): TimeItem[][] {
  const ref = AFTER_OTHER.exec(view.text.slice(from, to));
  return timeGroups(view, ref ? from + ref.index + ref[0].length : from, to);
}

/** Chooses the date of a trigger; the order is documented in rules/README.md. */
export function chooseTime(view: SentenceView, rules: CompiledRules, q: TimeQuery): TimeChoice {
  if (q.respectively) {
    const listed = listedDay(view, q, q.respectively.at, q.respectively.index, q.respectively.count);
    if (listed) return listed;
  }
  // 访华计划一再押后，直到6月才成行: the later time is the event's.
  const later = madeLater(view, q.end);
  const made = later === undefined ? undefined : view.times.find((t) => t.start >= later && t.expr.from !== null);
  if (made) return { from: made.expr.from, to: made.expr.to, precision: made.expr.precision, rule: "date:made-later" };
  const before = ownGroups(view, q.scope, q.start).at(-1);
  const counted = before ? countsFrom(view.text.slice(before.at(-1)!.end, q.end), view.text.slice(before.at(-1)!.start, before.at(-1)!.end)) : false;
  if (before && !counted) return offsetDay(union(view, before, "date:clause", q.dateline), view.text.slice(before.at(-1)!.end, q.start));
  if (q.carried && q.carried.from) return { ...q.carried, rule: "date:carried" };
  // …是在2022年11月，当时奥斯汀在柬埔寨会见了魏凤和: 当时/届时 point at the time just written.
  const lead = view.text.slice(q.clause.start, q.start).replace(/^[\s“"「]+/, "");
  if (THEN.test(lead) || NEXT.test(lead)) {
    const then = timeGroups(view, 0, q.clause.start).at(-1);
    if (then) return union(view, then, "date:then", q.dateline);
  }
  // 2015年10月习近平访英时，卡梅伦陪同他…: a clause of time before the trigger's dates it.
  const when = q.noHead || q.scope > q.clause.start ? undefined : whenClauseTime(view, q.clause.start, q.start, q.dateline);
  if (when) return when;
  if (!q.noHead) {
    let acrossSpeech = false;
    for (let i = view.clauses.length - 1; i >= 0; i--) {
      const c = view.clauses[i]!;
      if (c.end > q.clause.start) continue;
      const start = timeClauseStart(view, rules, c);
      if (start !== undefined) return { ...union(view, timeGroups(view, start, c.end).flat(), "date:head", q.dateline), acrossSpeech };
      if (view.cue.slice(c.start, c.end).search(rules.speech) >= 0) acrossSpeech = true;
    }
  }
  const after = timeGroups(view, q.end, q.clause.end)[0];
  // 上次会面是在2022年11月, 访问旧金山参加11月的峰会: close after it, across names and a few words.
  const gap = after ? bareGap(view, q.end, after[0]!.start) : "";
  // 此行是2020年1月疫情爆发以来首度出国: a time the event is counted from, not its date.
  const since = after ? countsFrom(view.text.slice(after.at(-1)!.end, q.clause.end), view.text.slice(after.at(-1)!.start, after.at(-1)!.end)) : false;
  if (after && gap.length <= 6 && !AFTER_BLOCK.test(gap) && !since) {
    const tail = view.text.slice(after.at(-1)!.end, q.clause.end);
    return afterOwnPrecedent(tail, after.at(-1)!.expr.to, q.dateline) ?? union(view, after, "date:after", q.dateline);
  }
  // 上一次日本首相访华是2011年12月，时任首相野田访问北京.
  const occasion = q.noHead ? undefined : lastOccasionTime(view, q.clause.start, q.dateline);
  if (occasion) return occasion;
  // 川普17日在社群平台发文说，他刚与习近平通了电话: the subject's own clause dates what it reports.
  // 这是她去年5月上任以来首次出访，也是第二次访问日本: a count's start in the subject's clause dates nothing.
  const sc = q.subjectClause;
  // 拜登1日离开华盛顿，2日途经佛得角，会见…: the subject's chain's nearest dated clause.
  const chainEnd = sc ? Math.max(sc.end, q.clause.start) : 0;
  const own = sc && !q.noHead ? ownGroups(view, sc.start, chainEnd).filter((g) => !countsFrom(view.text.slice(g.at(-1)!.end, chainEnd), view.text.slice(g.at(-1)!.start, g.at(-1)!.end))).at(-1) : undefined;
  // 岸田去年10月就任首相后不久，曾与习近平通电话: a subject clause that says nothing dates the event itself.
  const spoken = own ? view.cue.slice(q.subjectClause!.start, q.subjectClause!.end).search(rules.speech) >= 0 : false;
  if (own) return { ...offsetDay(union(view, own, "date:subject-clause", q.dateline), view.text.slice(own.at(-1)!.end, chainEnd)), acrossSpeech: spoken };
  const period = q.dateline ? periodTime(view, rules, q, q.dateline) : undefined;
  if (period) return period;
  const precedent = afterPrecedent(view, 0, q.start, q.dateline);
  if (precedent) return precedent;
  if (q.dateline && view.cue.slice(q.clause.start, q.start).search(rules.recent) >= 0) {
    // 王毅最近缺席了…: within the month before the document's date.
    return { from: addDays(q.dateline, -30), to: q.dateline, precision: "month", rule: "date:recent" };
  }
  // 并宣布中国将主办2025年峰会。习近平结束访问后…: a later sentence does not borrow a plan's date.
  // 其后转赴阿根廷: a sequence's next leg is a later day than the sentence before.
  const leg = q.visit === true && q.previous?.rule === "date:sequence";
  if (q.previous && !leg && !(q.dateline && q.previous.from && q.previous.from > q.dateline)) return { ...q.previous, rule: "date:previous-sentence" };
  return NO_TIME;
}
