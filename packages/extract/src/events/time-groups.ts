// Time groups of a sentence: times written together as one interval, time-only clauses, open ends.
import type { Precision } from "../model.ts";
import type { CompiledRules } from "./rules.ts";
import type { SentenceView, Span, TimeItem } from "./view.ts";
import { within } from "./view.ts";
import { countsFrom } from "./time-since.ts";
import { eventHeadStart } from "./time-event-head.ts";
import { historyOnly } from "./time-reference.ts";

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
const HEAD_FILLER = /^[\s（）()当地时间北京美国东部上午下午晚间晚上早上凌晨中午在于以来至今起即亦就]*$/u;
const OPEN_END = /^(?:以来|至今|迄今|起)/;

/** A parenthesis restating a time in another zone: （北京时间17日）. */
const ZONE_ALSO = /^\s*[（(]\s*(?:北京|当地|台北|香港|美东|美国东部|华盛顿|东京|莫斯科|格林尼治)?时间$/;
/** A bare day (27日) after a day of another month in one range: 1月26日至27日 is in January. */
const BARE_DAY = /^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号號]$/;

/** The later day of a range written 1月26日至27日 in the month of the first. */
function sameMonth(view: SentenceView, prev: TimeItem, t: TimeItem): TimeItem {
  const a = prev.expr;
  const b = t.expr;
  if (a.precision !== "day" || b.precision !== "day" || !a.to || !b.from || !b.to || b.from !== b.to) return t;
  if (!BARE_DAY.test(view.text.slice(t.start, t.end)) || b.from.slice(0, 7) === a.to.slice(0, 7)) return t;
  const day = `${a.to.slice(0, 8)}${b.from.slice(8)}`;
  return day > a.to ? { ...t, expr: { ...b, from: day, to: day } } : t;
}

/** True for a time normalized to an interval. */
export const dated = (t: TimeItem): boolean => t.expr.from !== null && t.expr.to !== null;

/** The ISO day n days after (or before) another. */
export const addDays = (iso: string, n: number): string => {
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
    const gap = prev ? view.text.slice(prev.end, t.start) : "";
    // 当地时间16日（北京时间17日）: the same moment in another zone; the first one counts.
    if (last && prev && ZONE_ALSO.test(gap)) continue;
    if (last && prev && JOIN.test(gap)) last.push(sameMonth(view, prev, t));
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
  return HEAD_FILLER.test(rest) ? start : eventHeadStart(view, { start, end: clause.end }, times);
}

/** The date a sentence offers to the next one: its last dated time group that is no count's start (…胜选后首次) nor history (1972年建交以来). */
export function lastTime(view: SentenceView, dateline: string | null): TimeChoice | undefined {
  const g = timeGroups(view, 0, view.text.length)
    .filter((x) => !countsFrom(view.text.slice(x.at(-1)!.end), view.text.slice(x.at(-1)!.start, x.at(-1)!.end)) && !historyOnly(view, x.at(-1)!))
    .at(-1);
  return g ? union(view, g, "date:previous-sentence", dateline) : undefined;
}
