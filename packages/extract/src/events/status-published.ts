// An article cannot report as done what lies after its own day: a happened event dated later is a plan.
import type { StatusChoice } from "./status.ts";

/**
 * The status of an event whose first day is `from`, in an article of `dateline` (YYYY-MM-DD): a
 * "happened" read from a neutral cue (先后访问, 期间, 后) or the default becomes "planned" when the event
 * starts after the article's day. 鲁哈尼本月25日起将展开欧洲之行，先后访问意大利和法国 (an article of the
 * 23rd): the visits are ahead. Other statuses, undated events and events on or before the day stay.
 *
 * @example notAfterPublication({ status: "happened", why: "cue:先后", explicit: true }, "2016-01-25", "2016-01-23").status // "planned"
 */
export function notAfterPublication(status: StatusChoice, from: string | null, dateline: string | null): StatusChoice {
  if (status.status !== "happened" || !from || !dateline || from.slice(0, 10) <= dateline) return status;
  return { status: "planned", why: `date-after-dateline(${status.why})`, explicit: false };
}
