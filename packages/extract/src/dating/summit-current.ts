// A summit reported as it happens: 习近平15日在利马出席APEC会议 (a bare day of the meeting) puts the article within days of it.
import { addDays } from "../time/calendar.ts";
import { halfWidthDigits } from "../time/numerals.ts";
import type { DayWindow } from "./clues.ts";
import type { Summit } from "./summits.ts";

/** Days after a summit's last day that a report of it "as it happens" may come out. */
export const CURRENT_AFTER_DAYS = 7;
/** Days before a summit's first day that a bare day may name (arriving for it: 13日抵达利马出席…峰会). */
const CURRENT_BEFORE_DAYS = 3;

const CLAUSE_BREAK = /[，,；;。！？!?：:]/;
/** A bare day of month not part of a full date (10月31日), a count (31日前) or an ordinal. */
const BARE_DAY = /(?<![0-9０-９月年第])([0-9０-９]{1,2})[日号](?![前后内])/g;
/** Words that place an act on the article's own day or the days just before it. */
const TODAY = /今天|今日|昨天|昨日|前天|当天|本周[一二三四五六日天]?|(?<![上下])周[一二三四五六日天]|(?<![上下])星期[一二三四五六日天]/;

/** The clause before `start` (up to 40 characters back to a clause break). */
export function clauseBefore(sentence: string, start: number): string {
  const head = sentence.slice(Math.max(0, start - 40), start);
  let cut = -1;
  for (let i = head.length - 1; i >= 0 && cut < 0; i--) if (CLAUSE_BREAK.test(head.charAt(i))) cut = i;
  return head.slice(cut + 1);
}

/** The days of month a summit covers, with the few days before it. */
function daysOf(s: Summit): Set<number> {
  const out = new Set<number>();
  for (let d = addDays(s.start, -CURRENT_BEFORE_DAYS); d <= s.end; d = addDays(d, 1)) out.add(Number(d.slice(8, 10)));
  return out;
}

/**
 * The window of an article that reports a summit in its own clause with a bare day of the meeting
 * (莫迪31日在天津出席上合组织峰会期间, 習近平15日抵達利馬出席APEC) or a word for the article's days (今天, 昨天, 本周, 周五):
 * from a few days before the first day to a week after the last. Null for a recall (2018年6月出席…, 去年在…)
 * or a bare day the meeting does not cover. `sentence` is simplified text; `start` is where the summit's name begins.
 *
 * @example currentWindow("莫迪31日在天津出席上合组织峰会", 11, tianjin2025) // { lo: "2025-08-28", hi: "2025-09-08" }
 */
export function currentWindow(sentence: string, start: number, s: Summit): DayWindow | null {
  const clause = clauseBefore(sentence, start);
  const days = [...clause.matchAll(BARE_DAY)].map((m) => Number(halfWidthDigits(m[1] ?? "")));
  const covered = daysOf(s);
  const current = days.length > 0 ? days.every((d) => covered.has(d)) : TODAY.test(clause);
  if (!current) return null;
  return { lo: addDays(s.start, -CURRENT_BEFORE_DAYS), hi: addDays(s.end, CURRENT_AFTER_DAYS) };
}
