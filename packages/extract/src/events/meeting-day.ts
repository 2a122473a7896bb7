// A meeting on one day of a trip: 27日至29日访问北京…并在访问最后一天会见习近平 → the 29th.
import type { TimeChoice } from "./time-groups.ts";
import { addDays } from "./time-groups.ts";
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView } from "./view.ts";

/**
 * 在访问最后一天, 于行程首日, 此行第二天, 访华的最后一日 (simplified): which day of the trip the meeting is on.
 * The words stand in the trigger's clause, before it.
 */
const TRIP_DAY =
  /(?:访问|访华|访美|访台|访日|访欧|行程|此行|之行|出访|访期|逗留|停留|访问期间)(?:的)?(最后一天|最后一日|最末一天|末日|首日|第一天|头一天|第一日|第([二两三四五六七八九十]|[2-9])(?:天|日))/;
const ORDINAL_DAY: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The one day of a dated trip a meeting falls on, when its clause says which (最后一天 → the range's end,
 * 首日 → its start, 第二天 → the start plus one); other times are kept.
 */
export function dayOfTrip(view: SentenceView, hit: TriggerHit, time: TimeChoice): TimeChoice {
  if (time.precision !== "day" || !time.from || !time.to || time.from === time.to) return time;
  const m = TRIP_DAY.exec(view.text.slice(hit.clause.start, hit.start));
  if (!m) return time;
  const word = m[1]!;
  let day: string;
  if (/最|末/.test(word)) day = time.to;
  else if (/首|第一|头一/.test(word)) day = time.from;
  else {
    const n = Number(m[2]) || ORDINAL_DAY[m[2] ?? ""];
    if (!n) return time;
    day = addDays(time.from, n - 1);
    if (day > time.to) return time;
  }
  return { ...time, from: day, to: day, rule: `${time.rule}+trip-day` };
}
