// A plan does not borrow a past date: 王毅结束在法国的访问后将转往德国 goes after the French days, not within them.
import type { EventStatus } from "../model.ts";
import { addDays } from "../time/calendar.ts";
import type { TimeChoice } from "./time-groups.ts";

/** Options of planAfterDateline. */
export interface PlanTimeOptions {
  /** How many days after the document's date a borrowed plan may fall. */
  days: number;
}

/** Defaults: a plan told with a borrowed date comes within two weeks of the article. */
export const DEFAULT_PLAN_TIME_OPTIONS: PlanTimeOptions = { days: 14 };

/**
 * The date of a planned or possible event that borrowed its carried subject's date from an event that
 * happened and began before the document's date: from the document's date to `days` after it (or the
 * borrowed end, when later). 王毅周三在巴黎会见马克龙……王毅结束在法国的访问后将转往德国 (an article of the
 * 18th) → the 18th onward. A date borrowed from another plan (将于27日转往东京，之后前往首尔) stays: the text
 * counts it as ahead. Other choices come back unchanged.
 */
export function planAfterDateline(
  time: TimeChoice,
  status: EventStatus,
  lender: EventStatus | undefined,
  dateline: string | null,
  opts: Partial<PlanTimeOptions> = {},
): TimeChoice {
  if (!dateline || !time.from || time.rule !== "date:carried" || lender !== "happened" || time.from >= dateline) return time;
  if (status !== "planned" && status !== "possible") return time;
  const { days } = { ...DEFAULT_PLAN_TIME_OPTIONS, ...opts };
  const end = addDays(dateline, days);
  return { from: dateline, to: time.to && time.to > end ? time.to : end, precision: "part-of-month", rule: `${time.rule}+after-dateline` };
}
