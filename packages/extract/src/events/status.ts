// Whether it happened: cue words around the trigger (未, 将, 可能, 了 …) with the negation scoped to the trigger's clause.
import type { EventStatus } from "../model.ts";
import type { CompiledRules } from "./rules.ts";
import { overturnedPlan } from "./status-overturned.ts";
import { refusedRequest } from "./status-refused.ts";
import { recalledBound } from "./status-bound.ts";
import { madeLater } from "./status-rescheduled.ts";
import { modalFuture } from "./status-modal.ts";
import { lastScopedCue, negationGap } from "./status-scope.ts";
import type { SentenceView } from "./view.ts";
import { bareGap } from "./view.ts";

/** A status and the cue that decided it ("cue:并未", "date-after-dateline", "default"). */
export interface StatusChoice {
  status: EventStatus;
  why: string;
  /** False when no cue decided it (the default or the date rule). */
  explicit: boolean;
}

/** Where the cues of one trigger are read. */
export interface StatusQuery {
  /** Cues count from here (the clause start, or the previous clause's when the subject was carried). */
  from: number;
  start: number;
  end: number;
  clauseEnd: number;
  /** A status the trigger word carries (缺席). */
  inherent?: EventStatus;
  /** The trigger is a noun (的会晤, 拜习会): cues right after it count too. */
  nominal?: boolean;
  /** Where the carried subject's own clause starts: its 原本计划 undoes what the subject does next. */
  subjectFrom?: number;
  /** The event's first day and the document's date (YYYY-MM-DD). */
  date: string | null;
  dateline: string | null;
}

const lastMatch = (re: RegExp, s: string): RegExpExecArray | undefined => {
  let last: RegExpExecArray | undefined;
  for (const m of s.matchAll(re)) last = m as RegExpExecArray;
  return last;
};

/** Decides the status of one trigger. */
export function chooseStatus(view: SentenceView, rules: CompiledRules, q: StatusQuery): StatusChoice {
  if (q.inherent) return { status: q.inherent, why: "trigger", explicit: true };
  // 这将是两人继去年11月在旧金山会面之后的第三次会晤: the recalled 会面 happened; 将 is the later meeting's.
  const bound = recalledBound(view, q.from, q.start, q.end);
  if (bound !== undefined) {
    const own = chooseStatus(view, rules, { ...q, from: bound + 1, clauseEnd: q.end, subjectFrom: undefined, nominal: false, date: null });
    return own.explicit ? own : { status: "happened", why: "cue:recalled", explicit: true };
  }
  // 访华计划一再押后，直到6月才成行: put off, then made after all.
  if (madeLater(view, q.end) !== undefined) return { status: "happened", why: "cue:made-later", explicit: true };
  const before = view.cue.slice(q.from, q.start);
  const after = view.cue.slice(q.end, q.clauseEnd);
  // 王毅并未赴美国纽约: the negation reaches the trigger only across names, times and a short adverb,
  // not across another verb (没有确认…是否会晤) or a modifier (仍未安排的会晤).
  const neg = lastMatch(rules.negation, before);
  if (neg) {
    const gap = negationGap(bareGap(view, q.from + neg.index + neg[0].length, q.start));
    if (gap.length <= 5 && !gap.includes("的") && gap.search(rules.speech) < 0) return { status: "not-happened", why: `cue:${neg[0]}`, explicit: true };
  }
  const cancel = lastMatch(rules.cancel, before);
  if (cancel) {
    const gap = bareGap(view, q.from + cancel.index + cancel[0].length, q.start);
    if (gap.length <= 8) return { status: "not-happened", why: `cue:${cancel[0]}`, explicit: true };
  }
  // 布林肯原定2月5日至6日访问北京，但…宣布延后行程: a plan, then called off later in the sentence.
  const originally = lastMatch(rules.originally, view.cue.slice(q.from, q.start + 8));
  if (originally && lastMatch(rules.cancel, view.cue.slice(q.end))) return { status: "not-happened", why: `cue:${originally[0]}…cancel`, explicit: true };
  // 布林肯原计划2月5日访问北京 · 原本外界预期王毅会前往纽约，但中方最终改派韩正率团
  // 蔡英文原本打算在纽约停留，回程再过境休斯敦: the subject's clause holds the original plan.
  const overturned = overturnedPlan(view, Math.min(q.from, q.subjectFrom ?? q.from), q.start, q.end, q.nominal);
  if (overturned) return { status: "not-happened", why: `cue:${overturned}`, explicit: true };
  // 曾要求与魏凤和通电话，但遭北京拒绝 · 希望与金正恩见面……会面最终没有实现
  const refused = refusedRequest(view, q.from, q.start, q.end);
  if (refused) return { status: "not-happened", why: `cue:wanted…${refused}`, explicit: true };
  const cancelAfter = lastMatch(rules.afterCancel, after.slice(0, 6));
  if (cancelAfter) return { status: "not-happened", why: `cue:${cancelAfter[0]}`, explicit: true };
  // 拜习会或将在11月举行, 王毅的访问将于下周进行: a noun's predicate follows it.
  const predicate = q.nominal ? after.slice(0, 6) : "";
  const possible =
    lastScopedCue(view, rules.possible, before, q.from, q.start) ?? lastMatch(rules.afterPossible, after.slice(0, 8)) ?? lastMatch(rules.possible, predicate);
  if (possible) return { status: "possible", why: `cue:${possible[0]}`, explicit: true };
  const planned =
    lastScopedCue(view, rules.planned, before, q.from, q.start) ?? lastMatch(rules.afterPlanned, after.slice(0, 4)) ?? lastMatch(rules.planned, predicate);
  if (planned) return { status: "planned", why: `cue:${planned[0]}`, explicit: true };
  // 习近平也会在某个时候访问美国 · 特朗普今天稍后转往首尔访问
  // (今天稍后还会见了…: a 了 on the trigger says it is done by the time of writing.)
  const modal = after.startsWith("了") ? undefined : modalFuture(before);
  if (modal) return { status: "planned", why: `cue:${modal}`, explicit: true };
  // 为拜登和习近平峰会铺路
  const paving = lastMatch(rules.pavingBefore, before);
  const paved = lastMatch(rules.pavingAfter, after);
  if (paving && paved) return { status: "planned", why: `cue:${paving[0]}…${paved[0]}`, explicit: true };
  const happened = lastMatch(rules.happened, before) ?? /^(?:了|期间|之后|后)/.exec(after) ?? undefined;
  if (happened) return { status: "happened", why: `cue:${happened[0]}`, explicit: true };
  if (q.date && q.dateline && q.date > q.dateline) return { status: "planned", why: "date-after-dateline", explicit: false };
  return { status: "happened", why: "default", explicit: false };
}
