// The year of a text that writes month-days without one: past years only, a 去年 chain, a weekday check.
import type { Document, TimeExpr } from "../model.ts";
export { inBackground } from "./year-bounds.ts";
import { isoDay, weekdayOf } from "./calendar.ts";
import { tenseAt } from "./tense.ts";
import { chainFloor, storyYears } from "./year-bounds.ts";
import { yearFromClues } from "./year-clues.ts";

/** A year and how it was found. */
export interface TextYear {
  year: number;
  basis: string;
}

// 周五（2月28日） · 星期五(2月28日) · 2月28日（周五）
const WEEKDAY_DATE = [
  /(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])[（(]([0-9]{1,2})月([0-9]{1,2})[日号號][）)]/g,
  /([0-9]{1,2})月([0-9]{1,2})[日号號][（(](?:周|週|星期|礼拜|禮拜)([一二三四五六日天])[）)]/g,
];
const WEEKDAY: Readonly<Record<string, number>> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };

// 联合利剑－2024A · 海峡雷霆-2025A · 环太平洋-2024: a year inside a name (an exercise, a plan) dates the story.
const NAME_YEAR = /[\u4e00-\u9fff][－\-—–]((?:19|20)[0-9]{2})[A-Z]?(?![0-9年])/g;

/** The latest year written inside a name (联合利剑－2024A → 2024) up to `thisYear`, or null. */
export function yearInNames(doc: Document, thisYear = new Date().getUTCFullYear()): number | null {
  let best: number | null = null;
  for (const p of doc.paragraphs) {
    for (const m of p.simplified.matchAll(NAME_YEAR)) {
      const y = Number(m[1]);
      if (y <= thisYear && (best === null || y > best)) best = y;
    }
  }
  return best;
}

/** Years whose month-day falls on the weekday (0 = Monday), from `from` to `to`. */
function weekdayYears(month: number, day: number, weekday: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) {
    const iso = isoDay(y, month, day);
    if (iso && weekdayOf(iso) === weekday) out.push(y);
  }
  return out;
}

/** The first weekday-dated month-day of the text (周五（2月28日）), as [month, day, weekday]. */
function weekdayDate(doc: Document): [number, number, number] | null {
  for (const p of doc.paragraphs) {
    for (const [i, re] of WEEKDAY_DATE.entries()) {
      for (const m of p.simplified.matchAll(re)) {
        const [w, mo, d] = i === 0 ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
        const wd = WEEKDAY[w ?? ""];
        if (wd !== undefined) return [Number(mo), Number(d), wd];
      }
    }
  }
  return null;
}

/**
 * Whether a weekday the text writes with a month-day (周三（10月23日）) falls on that day in the year a dateline gives
 * it (the month-day's latest occurrence up to a week after the dateline); null when the text writes none.
 */
export function weekdayFits(doc: Document, dateline: string): boolean | null {
  const wd = weekdayDate(doc);
  if (!wd) return null;
  const [month, day, weekday] = wd;
  const y = Number(dateline.slice(0, 4));
  const later = month * 100 + day > Number(dateline.slice(5, 7)) * 100 + Number(dateline.slice(8, 10)) + 7;
  const iso = isoDay(later ? y - 1 : y, month, day);
  return iso === null ? false : weekdayOf(iso) === weekday;
}

/**
 * The least year a text can be from by what it writes: the latest year of an absolute expression in a reported
 * clause (2019年…曾, 1949年以来 count; 到2030年 and 将于2026年 do not), raised by a 去年 chain or a year in a name
 * (联合利剑－2024A); null when it writes none.
 */
export function storyYearFloor(doc: Document, exprs: readonly TimeExpr[]): number | null {
  const reported = exprs.map((e) => {
    const p = doc.paragraphs[e.paragraph];
    return p === undefined || tenseAt(p.simplified, e.start, e.end, "clause") !== "future";
  });
  const { bound } = storyYears(doc, exprs, reported);
  const floor = Math.max(chainFloor(doc) ?? 0, yearInNames(doc) ?? 0) || null;
  return bound === null ? floor : Math.max(bound, floor ?? 0);
}

/**
 * The year of a text that states none: a numbered annual session (第78届联合国大会), else the latest year its
 * story writes or a name holds (联合利剑－2024A) (target years such as 到2030年 and future clauses skipped), raised by a 去年 chain; a year written only
 * as background (1949年以来, 上一次……是在2019年, 2019年……曾) is a lower bound that `yearHint` may pass; else `yearHint`
 * (the corpus's middle year); a weekday written with a month-day (周五（2月28日）) then picks the matching year nearest that
 * (or, with no year at all, the latest matching year up to `thisYear`).
 */
export function yearOfText(
  doc: Document,
  exprs: readonly TimeExpr[],
  reported: readonly boolean[],
  yearHint: number | null,
  thisYear: number,
): TextYear | null {
  const clue = yearFromClues(doc);
  if (clue) return { year: clue.year, basis: `from ${clue.basis}` };
  // The text's own years first; the corpus's year hint only for a text that writes none, or only background years.
  let found: TextYear | null = null;
  const { latest, bound } = storyYears(doc, exprs, reported);
  const chain = chainFloor(doc);
  const named = yearInNames(doc, thisYear);
  const least = Math.max(bound ?? 0, chain ?? 0, named ?? 0) || null;
  if (named && named === least && named !== latest && named !== chain) found = { year: named, basis: `${named}, a year written in a name` };
  else if (latest && latest === least) found = { year: latest, basis: `${latest}, the latest year the text writes` };
  else if (chain && chain === least) found = { year: chain, basis: `${chain}, a year after ${latest ?? chain - 1} (去年 or a counted gap after it)` };
  else if (least && yearHint && yearHint >= least) found = { year: yearHint, basis: `${yearHint} from the year hint (background years up to ${least})` };
  else if (least) found = { year: least, basis: `${least}, the latest year the text writes (in background)` };
  else if (yearHint) found = { year: yearHint, basis: `${yearHint} from the year hint` };
  const wd = weekdayDate(doc);
  if (!wd) return found;
  const [month, day, weekday] = wd;
  const near = found?.year ?? thisYear;
  // The text cannot be older than the years it writes: the weekday's year is searched from there on.
  const years = weekdayYears(month, day, weekday, least ?? near - 11, found ? near + 11 : thisYear);
  if (years.length === 0 || years.includes(near)) return found;
  const best = years.reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) || (Math.abs(b - near) === Math.abs(a - near) && b > a) ? b : a));
  return { year: best, basis: `${best}, the year in which ${month}月${day}日 has the weekday written${found ? ` (near ${found.basis})` : ""}` };
}
