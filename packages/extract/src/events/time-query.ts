// TimeQuery: where the time step looks for a trigger's date (clause, scope, dateline, carried and listed days).
import type { TimeChoice } from "./time-groups.ts";
import type { Span } from "./view.ts";

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
  /** The earlier clause the subject was carried from (川普17日发文说，他刚与习近平通了电话). */
  subjectClause?: Span | undefined;
  /** The trigger is a visit: the gathering it attends dates it. */
  visit?: boolean;
}
