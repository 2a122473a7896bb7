// A count of contacts (四度访问中国, 第三次会晤, 多次通话) summarizes several events: no single event without a date.
import { listedOccasions } from "./listed.ts";
import type { TimeChoice } from "./time-groups.ts";
import type { SentenceView } from "./view.ts";

/**
 * 自去年3月以来四度访问中国, 双方已多次通话, 第三次与王毅会晤: a count right before the trigger (names and a
 * few characters may stand between). 首度/首次/再度/一度 are single events and do not count.
 */
const COUNT_BEFORE = /(?:第?(?:[二两三四五六七八九十]{1,3}|[0-9０-９]{1,2})|几|多|数|屡|无数)(?:度|次|回)[^，。；：0-9０-９]{0,10}$/;

/** The longest span a dated count may have and still name one event (…6月第二次访华). */
const MAX_DAYS = 31;

const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * True when the trigger is a count of several contacts and no date narrower than a month names one of
 * them and no chronology lists them (已多次会晤：2023年5月在维也纳、9月在马耳他): 这是自2023年以来布林肯四度
 * 访问中国 reports no visit of its own.
 */
export function isCountOfContacts(view: SentenceView, clauseStart: number, triggerStart: number, time: TimeChoice, dateline: string | null): boolean {
  const before = view.text.slice(Math.max(clauseStart, triggerStart - 24), triggerStart);
  const m = COUNT_BEFORE.exec(before);
  if (!m) return false;
  if (time.from && time.to && days(time.from, time.to) <= MAX_DAYS) return false;
  return listedOccasions(view, clauseStart, dateline).length === 0;
}
