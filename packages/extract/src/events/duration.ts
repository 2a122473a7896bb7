// A visit's length: 27日抵达北京，展开为期三天的访问 → 27-29; 22日结束为期三天的国事访问 → 20-22.
import type { TimeChoice } from "./time-groups.ts";
import { addDays } from "./time-groups.ts";
import { halfWidthDigits } from "../time/numerals.ts";
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView } from "./view.ts";

const DAYS = /为期\s*([0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})\s*天/;
const ARRIVAL = /^(?:抵达|飞抵|抵|到达|抵京|抵港)/;
const ENDING = /结束[^，。；]{0,16}$/;
const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 三 → 3, 十二 → 12, 12 → 12 (small counts only). */
function count(s: string): number | undefined {
  const ascii = halfWidthDigits(s);
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (s.length === 1) return HAN_DIGITS[s];
  if (s[0] === "十") return 10 + (HAN_DIGITS[s[1] ?? ""] ?? 0);
  const tens = HAN_DIGITS[s[0]!];
  return tens !== undefined && s[1] === "十" ? tens * 10 + (HAN_DIGITS[s[2] ?? ""] ?? 0) : undefined;
}

/**
 * Stretches a one-day visit by the length the sentence gives: from the arrival day forward
 * (抵达…，展开为期N天的访问), or back from the day it ends (结束…为期N天的访问).
 */
export function withDuration(view: SentenceView, hit: TriggerHit, time: TimeChoice): TimeChoice {
  if (time.precision !== "day" || !time.from || time.from !== time.to) return time;
  const arrival = ARRIVAL.test(view.text.slice(hit.start, hit.end));
  const ending = !arrival && ENDING.test(view.text.slice(hit.clause.start, hit.start));
  if (!arrival && !ending) return time;
  const m = DAYS.exec(view.text.slice(arrival ? hit.end : hit.clause.start));
  const n = m ? count(m[1]!) : undefined;
  if (!n || n < 2 || n > 30) return time;
  return arrival ? { ...time, to: addDays(time.from, n - 1) } : { ...time, from: addDays(time.from, 1 - n) };
}
