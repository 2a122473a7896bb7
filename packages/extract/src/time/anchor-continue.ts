// A bare day that continues the date just written in its paragraph: inside its range, or a few days on.
import { isoDay, parseIso } from "./calendar.ts";
import type { AnchorState } from "./types.ts";

/** How many days after the paragraph's last date a bare day still continues its story. */
export const CONTINUE_DAYS = 7;

/**
 * The date of a bare day (22日) that continues the last full date of its own paragraph, or null.
 * Inside a range just written it is that range's day (2月21日至24日在华盛顿谈判，特朗普22日会见了他),
 * however old the month; a few days after a past date it keeps that date's month
 * (去年10月10日至11日，刘鹤在华盛顿磋商。特朗普11日会见刘鹤), unless the article's own month reads it as
 * one of the last few days before publication (a story of today told after a recall).
 */
export function continuedDay(state: AnchorState, day: number): string | null {
  if (state.fullParagraph === undefined || state.fullParagraph !== state.paragraph) return null;
  const to = parseIso(state.lastFull);
  const from = parseIso(state.lastFullFrom ?? state.lastFull);
  if (!to || !from) return null;
  if (from.y === to.y && from.m === to.m && day >= from.d && day <= to.d) return isoDay(to.y, to.m, day);
  if (day < to.d || day - to.d > CONTINUE_DAYS) return null;
  const a = parseIso(state.anchor);
  if (!a || !state.anchor || state.lastFull! > state.anchor) return null;
  const iso = isoDay(to.y, to.m, day);
  if (!iso || iso > state.anchor) return null;
  // 10日至11日……特朗普11日 in an article of the 12th: the article's own month, as before.
  if (day <= a.d && a.d - day <= 3) return null;
  return iso;
}

/**
 * The year of a month written without one (7月) that would otherwise fall after the article's day with
 * no future cue, when its paragraph last wrote an older year's month not after it: the story goes on in
 * that year (去年6月29日，两人在大阪会面。7月30日至31日，双方在上海会谈 → last year's July). Null otherwise.
 */
export function continuedYear(state: AnchorState, month: number): number | null {
  if (state.monthParagraph === undefined || state.monthParagraph !== state.paragraph || !state.lastMonth) return null;
  const a = parseIso(state.anchor);
  const last = parseIso(`${state.lastMonth}-01`);
  if (!a || !last || last.y >= a.y || month < last.m) return null;
  return last.y;
}
