// After a dated precedent: 卢拉是继马克龙上周访华之后，又一位到访北京的元首 → after last week, up to the article.
// Also 此次访日是在韩国政府3月6日宣布方案之后成行: the time after the trigger is the precedent's, not the visit's.
import type { TimeChoice } from "./time-groups.ts";
import { addDays, dated } from "./time-groups.ts";
import type { SentenceView } from "./view.ts";
import { within } from "./view.ts";

/** 继X之后 / 继X以后: a precedent written before the event. */
const AFTER_PRECEDENT = /继[^，。；]{1,30}?(?:之后|以后|后)/g;
/** The longest gap, in days, between the precedent and the article for the window to say anything. */
const MAX_WINDOW_DAYS = 31;

/**
 * The days between a dated precedent (继…上周访华之后) and the article's date, when the trigger at `start`
 * follows it in the sentence and the text gives the event no date of its own. Undefined without a dated
 * precedent, without a dateline, or when the window would be empty or longer than a month.
 */
export function afterPrecedent(view: SentenceView, scope: number, start: number, dateline: string | null): TimeChoice | undefined {
  if (!dateline) return undefined;
  let found: TimeChoice | undefined;
  for (const m of view.text.slice(scope, start).matchAll(AFTER_PRECEDENT)) {
    const from = scope + m.index;
    const times = within(view.times, from, from + m[0].length).filter(dated);
    const last = times.at(-1)?.expr.to;
    if (!last) continue;
    const begin = addDays(last, 1);
    if (begin > dateline || addDays(begin, MAX_WINDOW_DAYS) < dateline) continue;
    found = { from: begin, to: dateline, precision: "part-of-month", rule: "date:after-precedent" };
  }
  return found;
}

/** A time after the trigger that another event's 之后 follows: 是在韩国政府3月6日宣布…之后成行. */
const PRECEDENT_TAIL = /^[^，,。；;：:]{0,30}?(?:之后|之後|以后|以後)/;

/**
 * The days between a precedent written after the trigger (访日是在…3月6日宣布…之后成行, 此行是…本月初下调评级之后)
 * and the article's date, when `tail` (the text from the time's end to the clause end) closes it with 之后.
 * Undefined when the tail says no 之后, without a dateline, or when the window is empty or over a month.
 */
export function afterOwnPrecedent(tail: string, last: string | null, dateline: string | null): TimeChoice | undefined {
  if (!dateline || !last || !PRECEDENT_TAIL.test(tail)) return undefined;
  const begin = addDays(last, 1);
  if (begin > dateline || addDays(begin, MAX_WINDOW_DAYS) < dateline) return undefined;
  return { from: begin, to: dateline, precision: "part-of-month", rule: "date:after-precedent" };
}
