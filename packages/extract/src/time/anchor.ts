// Anchoring: how partial pieces (a month without year, a bare day) get a date; relative days are in anchor-relative.ts.
import type { TimeExpr } from "../model.ts";
import { addMonths, isoDay, parseIso } from "./calendar.ts";
import { continuedDay, continuedYear } from "./anchor-continue.ts";
import type { AnchorState, Tense } from "./types.ts";

/** A resolved year or day with the kind of anchor it came from. */
export interface Anchored<T> {
  value: T;
  anchor: TimeExpr["anchor"];
}

/** The anchor kind a relative form records when it uses the state's anchor. */
export function anchorKindOf(state: AnchorState): TimeExpr["anchor"] {
  return state.anchorKind === "none" ? "none" : state.anchorKind;
}

/**
 * The year of a month written without one (11月): the anchor's year, unless that puts it far on the
 * wrong side of the anchor: more than two months ahead in a past sentence (or more than six with no
 * cue) means last year; more than two months back in a future sentence means next year. Without an
 * anchor, the year of the text's last month, else the last year it wrote (2024年 … 7月下旬).
 */
export function yearOfMonth(state: AnchorState, month: number, tense: () => Tense | null): Anchored<number> | null {
  const a = parseIso(state.anchor);
  if (a) {
    let y = a.y;
    const ahead = month - a.m;
    // The tense is read only when it can matter (it scans the sentence).
    if (ahead > 2) {
      const t = tense();
      if (t === "past" || (t === null && ahead > 6)) y -= 1;
    } else if (ahead < -2 && tense() === "future") {
      y += 1;
    }
    // 去年6月29日…。7月30日至31日，双方在上海会谈 (an article of January): the paragraph's year goes on.
    const story = y === a.y && ahead > 0 ? continuedYear(state, month) : null;
    if (story !== null && tense() !== "future") return { value: story, anchor: "text" };
    return { value: y, anchor: anchorKindOf(state) };
  }
  // Undated text: the year of its last written month, else a year it wrote alone (2024年，… 7月下旬).
  const last = parseIso(state.lastMonth ? `${state.lastMonth}-01` : null);
  if (last) return { value: last.y, anchor: "text" };
  const year = state.lastExplicit ? Number(state.lastExplicit.slice(0, 4)) : NaN;
  return year > 0 ? { value: year, anchor: "text" } : null;
}

/**
 * A bare day of month (26日). It takes the text's last written month when that month is recent
 * (within two months of the anchor); a day smaller than the last full date's, whose next-month
 * reading is still on or before the anchor, moves on to the next month (9月28日 ... 3日 → 10月3日).
 * Without a usable text month it is the nearest such day before (past) or after (future) the anchor;
 * against an inferred anchor, the anchor's month when the day is not after it, else unresolved.
 */
export function resolveBareDay(state: AnchorState, day: number, tense: () => Tense | null): Anchored<string> | null {
  const continued = continuedDay(state, day);
  if (continued) return { value: continued, anchor: "text" };
  const a = parseIso(state.anchor);
  let lf = parseIso(state.lastFull);
  // The text's current month: its last written month, or the month of a later full date.
  const inferred = state.anchorKind === "inferred";
  let lm = parseIso(state.lastMonth ? `${state.lastMonth}-01` : null);
  // A month ahead of the anchor written in another sentence (明年1月将访华。李强15日抵达) is a plan, not
  // the story's month: a day outside a future clause (in the plan's own sentence, a day in a past clause:
  // 明年1月将再访，他15日已抵达) takes the anchor's reading (the plan's days go too).
  const plan = lm && a && state.monthAhead === true && monthIndex(lm) > monthIndex(a) ? lm : null;
  if (plan && (state.monthInSentence ? tense() === "past" : tense() !== "future")) {
    if (lf && monthIndex(lf) >= monthIndex(plan)) lf = parseIso(state.lastNarrative);
    lm = null;
  }
  // Undated text: the nearest preceding full date's month (布林肯6月访华期间 is background, not the month),
  // unless a later month was written after it (去年6月12日 … 7月下旬 … 26日).
  // A month written earlier in the day's own sentence wins over an older full date (5日在克里姆林宫会谈。
  // 习近平今年5月曾访问匈牙利，9日在布达佩斯…: May 9).
  const movedOn =
    lm !== null && lf !== null && state.monthAfterFull === true && (monthIndex(lm) > monthIndex(lf) || state.monthInSentence === true);
  if (lf && !movedOn && (!lm || inferred || monthIndex(lf) > monthIndex(lm))) lm = { y: lf.y, m: lf.m, d: 1 };
  // 两人今年三度通话：1月17日…9月19日。(another paragraph) 28日在东京会谈 (an article of October 30): a past month written in
  // an earlier paragraph gives way to the article's own month when the day fits it.
  if (lm && a && state.anchorKind === "published" && !state.monthInSentence && earlierParagraph(state) && monthIndex(lm) < monthIndex(a) && day <= a.d) {
    const own = isoDay(a.y, a.m, day);
    if (own) return { value: own, anchor: anchorKindOf(state) };
  }
  // 8月26日两人在比亚里茨会面。(…) 川普与莫迪预定24日在纽约会谈 (an article of September 23): a past month written
  // in another sentence does not date a day of a future clause; the day is the anchor's reading (the 24th ahead).
  if (lm && a && !inferred && !state.monthInSentence && monthIndex(lm) < monthIndex(a) && tense() === "future") lm = null;
  if (lm) {
    // An inferred anchor is the text's own latest date: the preceding month written stands, however old.
    // So does a month written earlier in the same sentence (去年6月12日至14日, 去年6月12日抵达，14日离开).
    const recent =
      !a || inferred || state.monthInSentence === true || (monthIndex(a) - monthIndex(lm) <= 2 && monthIndex(lm) - monthIndex(a) <= 1);
    if (recent) {
      if (a && lf && lf.y === lm.y && lf.m === lm.m && day < lf.d) {
        const next = addMonths(lm.y, lm.m, 1);
        const iso = isoDay(next.y, next.m, day);
        // 普丁5月16日至17日访华。习近平2日抵达 (an article of July 4): the next month is not the story's
        // month when the article is later still; the day is the anchor's month's.
        const here = !inferred && monthIndex(next) < monthIndex(a) && day <= a.d ? isoDay(a.y, a.m, day) : null;
        if (here) return { value: here, anchor: anchorKindOf(state) };
        if (iso && state.anchor && iso <= state.anchor) return { value: iso, anchor: "text" };
      }
      const iso = isoDay(lm.y, lm.m, day);
      // A past sentence does not report a day after the anchor: fall back to the anchor's reading.
      // (Nor, against an inferred anchor, any sentence but a future one.)
      const after = state.anchor !== null && iso !== null && iso > state.anchor;
      if (iso && !(after && (inferred ? tense() !== "future" : tense() === "past"))) return { value: iso, anchor: "text" };
    }
  }
  if (!a || !state.anchor) return null;
  // Undated text with no month before the day: the inferred month, or nothing rather than a guess.
  if (inferred) return day <= a.d ? { value: isoDay(a.y, a.m, day) ?? state.anchor, anchor: "inferred" } : null;
  let ym = { y: a.y, m: a.m };
  if (day !== a.d && tense() === "future") {
    if (day < a.d) ym = addMonths(a.y, a.m, 1);
  } else if (day > a.d) {
    ym = addMonths(a.y, a.m, -1);
  }
  const iso = isoDay(ym.y, ym.m, day);
  return iso ? { value: iso, anchor: anchorKindOf(state) } : null;
}

/** True when the text's last month was written in a paragraph before the one being scanned. */
function earlierParagraph(state: AnchorState): boolean {
  return state.monthParagraph !== undefined && state.paragraph !== undefined && state.monthParagraph < state.paragraph;
}

function monthIndex(p: { y: number; m: number }): number {
  return p.y * 12 + p.m;
}
