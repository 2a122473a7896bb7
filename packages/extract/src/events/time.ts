// When: the time expression that dates a trigger, chosen by position (same clause, sentence head, previous sentence).
import type { Precision } from "../model.ts";
import type { CompiledRules } from "./rules.ts";
import type { SentenceView, Span, TimeItem } from "./view.ts";
import { within } from "./view.ts";

/** A dated interval and the rule that chose it ("date:clause", "date:head", "date:none" …). */
export interface TimeChoice {
  from: string | null;
  to: string | null;
  precision: Precision | null;
  rule: string;
  /** A head time read across a clause with a speech verb (当地时间9月28日，国务院发表声明称，…). */
  acrossSpeech?: boolean;
}

/** No date: the graph merges such mentions into dated ones of the same participants. */
export const NO_TIME: TimeChoice = { from: null, to: null, precision: null, rule: "date:none" };

const FINER: Precision[] = ["day", "part-of-month", "month", "season", "year"];
const JOIN = /^[\s与和、至到及\-—–~～（）()]{0,3}$/;
const HEAD_FILLER = /^[\s（）()当地时间北京美国东部上午下午晚间晚上早上凌晨中午在于以来至今起]*$/u;
const OPEN_END = /^(?:以来|至今|迄今|起)/;
/** After the trigger a time is its own only across names and a few words, not 为… (为下个月的峰会铺路). */
const AFTER_BLOCK = /[为為对對向让讓使被]|同样|同樣/;

const dated = (t: TimeItem): boolean => t.expr.from !== null && t.expr.to !== null;

const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * Times written together (26日与27日, 周四（10月26日）下午) as one interval: the union, at the finest
 * precision. An open end (今年6月以来) runs to the document's date.
 */
export function union(view: SentenceView, items: readonly TimeItem[], rule: string, dateline: string | null): TimeChoice {
  let from: string | null = null;
  let to: string | null = null;
  let precision: Precision | null = null;
  for (const { expr } of items) {
    if (expr.from && (from === null || expr.from < from)) from = expr.from;
    if (expr.to && (to === null || expr.to > to)) to = expr.to;
    if (expr.precision && (precision === null || FINER.indexOf(expr.precision) < FINER.indexOf(precision))) precision = expr.precision;
  }
  const last = items.at(-1);
  if (last && dateline && to && to < dateline && OPEN_END.test(view.text.slice(last.end, last.end + 2))) to = dateline;
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

/**
 * Where a clause that says nothing but a time starts (“9月16日至17日，…”, “当地时间9月28日，…”,
 * “【大纪元…讯】周四（10月26日）下午，…” after its dateline); undefined for any other clause.
 */
export function timeClauseStart(view: SentenceView, rules: CompiledRules, clause: Span): number | undefined {
  const prefix = rules.datelinePrefix.exec(view.text.slice(clause.start, clause.end));
  const start = clause.start + (prefix ? prefix[0].length : 0);
  const times = within(view.times, start, clause.end).filter(dated);
  if (times.length === 0) return undefined;
  let rest = "";
  let at = start;
  for (const t of times) {
    rest += view.text.slice(at, t.start);
    at = t.end;
  }
  rest += view.text.slice(at, clause.end);
  return HEAD_FILLER.test(rest) ? start : undefined;
}

/** Where to look for a trigger's date. */
export interface TimeQuery {
  clause: Span;
  /** Arguments start here (after 问及/表示): a time before belongs to another verb. */
  scope: number;
  start: number;
  end: number;
  /** The document's date (YYYY-MM-DD). */
  dateline: string | null;
  /** 分别: the i-th of n listed days, all written before `respectively`. */
  respectively?: { at: number; index: number; count: number } | undefined;
  /** The subject was carried from the previous clause: so is its date. */
  carried?: TimeChoice | undefined;
  /** Relative-clause visits (刚刚访华的雷蒙多) do not take the sentence head's date. */
  noHead?: boolean;
  /** The previous sentence's date, when that sentence reports no event of its own. */
  previous?: TimeChoice | undefined;
  /** The trigger is a visit: the gathering it attends dates it. */
  visit?: boolean;
}

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

/** Chooses the date of a trigger; the order is documented in rules/README.md. */
export function chooseTime(view: SentenceView, rules: CompiledRules, q: TimeQuery): TimeChoice {
  if (q.respectively) {
    const listed = listedDay(view, q, q.respectively.at, q.respectively.index, q.respectively.count);
    if (listed) return listed;
  }
  const before = timeGroups(view, q.scope, q.start).at(-1);
  if (before) return union(view, before, "date:clause", q.dateline);
  if (q.carried && q.carried.from) return { ...q.carried, rule: "date:carried" };
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
  if (after && !AFTER_BLOCK.test(view.text.slice(q.end, after[0]!.start))) return union(view, after, "date:after", q.dateline);
  const period = q.dateline ? periodTime(view, rules, q, q.dateline) : undefined;
  if (period) return period;
  if (q.dateline && view.cue.slice(q.clause.start, q.start).search(rules.recent) >= 0) {
    // 王毅最近缺席了…: within the month before the document's date.
    return { from: addDays(q.dateline, -30), to: q.dateline, precision: "month", rule: "date:recent" };
  }
  if (q.previous) return { ...q.previous, rule: "date:previous-sentence" };
  return NO_TIME;
}

/**
 * A yearly gathering dates an event to its month (the last one on or before the document's date):
 * 在联大会议期间，布林肯…举行会谈 (期间, any earlier clause), 王毅并未赴纽约出席联大会议 (a visit's own clause).
 */
export function periodTime(view: SentenceView, rules: CompiledRules, q: TimeQuery, dateline: string): TimeChoice | undefined {
  let month: number | undefined;
  const from = q.noHead ? q.clause.start : 0;
  for (const m of view.text.slice(from, q.clause.end).matchAll(rules.period)) {
    const at = from + m.index + m[0].length;
    const during = /^[^，。；]{0,4}期间/.test(view.text.slice(at, at + 8));
    if (during || (q.visit === true && at > q.clause.start)) month = rules.data.periods[m[0]];
  }
  if (month === undefined) return undefined;
  const year = Number(dateline.slice(0, 4)) - (month > Number(dateline.slice(5, 7)) ? 1 : 0);
  const mm = String(month).padStart(2, "0");
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${last}`, precision: "month", rule: "date:period" };
}

/** The date a sentence offers to the next one: its last dated time group. */
export function lastTime(view: SentenceView, dateline: string | null): TimeChoice | undefined {
  const g = timeGroups(view, 0, view.text.length).at(-1);
  return g ? union(view, g, "date:previous-sentence", dateline) : undefined;
}
