// A yearly gathering's month dates an event held during it (在联大会议期间…会谈, 王毅并未赴纽约出席联大会议).
import type { CompiledRules } from "./rules.ts";
import type { TimeChoice } from "./time.ts";
import type { TimeQuery } from "./time-query.ts";
import type { SentenceView } from "./view.ts";

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
