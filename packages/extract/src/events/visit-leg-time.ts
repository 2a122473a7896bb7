// The date of a trip's next leg: a leg with no date of its own takes the time closing the clause before it, and a
// leg written after another (之后前往韩国) begins within a week of the earlier leg's day.
import type { TimeChoice } from "./time-groups.ts";
import { addDays, NO_TIME } from "./time-groups.ts";
import { countedFromBefore } from "./visit-since.ts";
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView } from "./view.ts";

/** 随后前往日本, 之后再访问菲律宾: a leg that follows another (simplified text). */
const SEQUENCE_LEAD = /^[\s“"「『（(]*(?:随后|之后|其后|然后|接着|紧接着|接下来|而后|继而|尔后|下一站|再|此后|旋即|随即)/;
/** Dates a leg borrows from the leg before it or the subject's clause. */
const BORROWED = new Set(["date:carried", "date:subject-clause"]);

/**
 * 欧尔班上任轮值主席国翌日、即7月2日，便前往基辅: a leg with no date of its own takes the time that
 * closes the clause right before it.
 */
function closingTime(view: SentenceView, hit: TriggerHit): TimeChoice | undefined {
  const i = view.clauses.findIndex((c) => c.start === hit.clause.start);
  const prev = i > 0 ? view.clauses[i - 1] : undefined;
  if (!prev || view.persons.some((p) => p.start >= hit.clause.start && p.end <= hit.start)) return undefined;
  // 访华的雷蒙多: a relative clause is dated by what it says, not by the clause before.
  if (/^(?:了|期间|进行[^，。的]{0,8})?的/.test(view.text.slice(hit.end, hit.end + 12))) return undefined;
  const t = view.times.find((x) => x.expr.from !== null && /^[\s）)」”"]*$/.test(view.text.slice(x.end, prev.end)) && x.start >= prev.start);
  // 4日，…: a clause of nothing but a time is a head time, which the time rules already weighed.
  if (!t || view.text.slice(prev.start, t.start).trim().length === 0) return undefined;
  return { from: t.expr.from, to: t.expr.to, precision: t.expr.precision, rule: "date:closing-clause" };
}

/** Options of legTime. */
export interface LegTimeOptions {
  /** How many days after the earlier leg's day a following leg may begin. */
  days: number;
}

/** Defaults: the next leg of a trip begins within a week of the one before. */
export const DEFAULT_LEG_TIME_OPTIONS: LegTimeOptions = { days: 7 };

/**
 * The date of a leg written after another (特朗普将于27日转往日本东京，之后前往韩国): not the earlier
 * leg's day it would borrow, but the days from it to a week later (same day or after).
 */
export function legTime(view: SentenceView, hit: TriggerHit, time: TimeChoice, opts: Partial<LegTimeOptions> = {}): TimeChoice {
  if (!time.from) return closingTime(view, hit) ?? time;
  // 这是中巴去年建交后首次访问巴拿马，随后再访葡萄牙: 随后 follows the earlier leg, not the year counted from.
  if (time.rule === "date:then" && SEQUENCE_LEAD.test(view.text.slice(hit.clause.start, hit.start)) && countedFromBefore(view, hit.clause.start)) return NO_TIME;
  if (!BORROWED.has(time.rule) || time.precision !== "day" || !time.from || !SEQUENCE_LEAD.test(view.text.slice(hit.clause.start, hit.start))) return time;
  const { days } = { ...DEFAULT_LEG_TIME_OPTIONS, ...opts };
  return { from: time.from, to: addDays(time.to ?? time.from, days), precision: "part-of-month", rule: "date:after-previous-leg" };
}
