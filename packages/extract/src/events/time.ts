// When: the time expression that dates a trigger, chosen by position (same clause, sentence head, previous sentence).
import type { Precision, TimeExpr } from "../model.ts";
import type { SentenceView, Span, TimeItem } from "./view.ts";
import { within } from "./view.ts";

/** A dated interval and the rule that chose it ("date:clause", "date:head", "date:none" …). */
export interface TimeChoice {
  from: string | null;
  to: string | null;
  precision: Precision | null;
  rule: string;
}

/** No date: the graph merges such mentions into dated ones of the same participants. */
export const NO_TIME: TimeChoice = { from: null, to: null, precision: null, rule: "date:none" };

const FINER: Precision[] = ["day", "part-of-month", "month", "season", "year"];
const JOIN = /^[\s与和、至到及\-—–~～（）()]{0,3}$/;
const HEAD_FILLER = /^[\s（）()当地时间北京美国东部上午下午晚间晚上早上凌晨中午在于]*$/u;

const dated = (t: TimeItem): boolean => t.expr.from !== null && t.expr.to !== null;

/** Times written together (26日与27日, 周四（10月26日）下午) as one interval: the union, at the finest precision. */
export function union(items: readonly TimeItem[], rule: string): TimeChoice {
  let from: string | null = null;
  let to: string | null = null;
  let precision: Precision | null = null;
  for (const { expr } of items) {
    if (expr.from && (from === null || expr.from < from)) from = expr.from;
    if (expr.to && (to === null || expr.to > to)) to = expr.to;
    if (expr.precision && (precision === null || FINER.indexOf(expr.precision) < FINER.indexOf(precision))) precision = expr.precision;
  }
  return { from, to, precision, rule };
}

/** Dated times of [from, to) grouped where only 与/和/至/brackets separate them. */
export function timeGroups(view: SentenceView, from: number, to: number): TimeItem[][] {
  const groups: TimeItem[][] = [];
  for (const t of within(view.times, from, to)) {
    if (!dated(t)) continue;
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (last && prev && JOIN.test(view.text.slice(prev.end, t.start))) last.push(t);
    else groups.push([t]);
  }
  return groups;
}

/** True when a clause says nothing but a time (“9月16日至17日，…”, “当地时间9月28日，…”). */
export function isTimeClause(view: SentenceView, clause: Span): boolean {
  const times = within(view.times, clause.start, clause.end).filter(dated);
  if (times.length === 0) return false;
  let rest = "";
  let at = clause.start;
  for (const t of times) {
    rest += view.text.slice(at, t.start);
    at = t.end;
  }
  rest += view.text.slice(at, clause.end);
  return HEAD_FILLER.test(rest);
}

/** Where to look for a trigger's date. */
export interface TimeQuery {
  clause: Span;
  /** Arguments start here (after 问及/表示): a time before belongs to another verb. */
  scope: number;
  start: number;
  end: number;
  /** 分别: the i-th of n listed days, all written before `respectively`. */
  respectively?: { at: number; index: number; count: number };
  /** The subject was carried from the previous clause: so is its date. */
  carried?: TimeChoice;
  /** Relative-clause visits (刚刚访华的雷蒙多) do not take the sentence head's date. */
  noHead?: boolean;
  /** The previous sentence's date, when that sentence reports no event of its own. */
  previous?: TimeChoice;
}

/** Chooses the date of a trigger; see README for the order. */
export function chooseTime(view: SentenceView, q: TimeQuery): TimeChoice {
  if (q.respectively) {
    const listed = within(view.times, q.scope, q.respectively.at).filter(dated);
    const t = listed[q.respectively.index];
    if (listed.length === q.respectively.count && t) return union([t], "date:respectively");
  }
  const before = timeGroups(view, q.scope, q.start).at(-1);
  if (before) return union(before, "date:clause");
  if (q.carried && q.carried.from) return { ...q.carried, rule: "date:carried" };
  if (!q.noHead) {
    for (let i = view.clauses.length - 1; i >= 0; i--) {
      const c = view.clauses[i]!;
      if (c.end > q.clause.start) continue;
      if (isTimeClause(view, c)) return union(timeGroups(view, c.start, c.end).flat(), "date:head");
    }
  }
  const after = timeGroups(view, q.end, q.clause.end)[0];
  if (after) return union(after, "date:after");
  if (q.previous) return { ...q.previous, rule: "date:previous-sentence" };
  return NO_TIME;
}

/** The date a sentence offers to the next one: its last dated time group. */
export function lastTime(view: SentenceView): TimeChoice | undefined {
  const g = timeGroups(view, 0, view.text.length).at(-1);
  return g ? union(g, "date:previous-sentence") : undefined;
}

/** True when a TimeExpr is usable (normalized to an interval). */
export const isDated = (t: TimeExpr): boolean => t.from !== null && t.to !== null;
