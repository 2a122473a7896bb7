// Day words that name their event: 会晤当天, 峰会前一天, 访问次日 count from the day that event was dated.
import type { AnchorState } from "./types.ts";

/** Nouns of events that a later 当天/前一天/次日 may name, in both scripts. */
export const EVENT_NOUNS: readonly string[] = [
  "会晤", "会谈", "会面", "会见", "峰会", "晚宴", "午宴", "国宴", "通话", "访问", "签字仪式", "记者会", "开幕式", "闭幕式", "阅兵",
  "會晤", "會談", "會面", "會見", "峰會", "國宴", "通話", "訪問", "簽字儀式", "記者會", "開幕式", "閉幕式", "閱兵",
];
const NOUN = new RegExp(EVENT_NOUNS.join("|"), "g");
/** The noun right before the day word, with an optional 的 (会晤的当天). */
const NOUN_BEFORE = new RegExp(`(${EVENT_NOUNS.join("|")})的?$`);
const CLAUSE_BREAK = /[，,；;。！？!?：:]/;

/** The clause of `text` around [start, end). */
function clauseAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !CLAUSE_BREAK.test(text[a - 1] ?? "")) a--;
  let b = end;
  while (b < text.length && !CLAUSE_BREAK.test(text[b] ?? "")) b++;
  return text.slice(a, b);
}

/**
 * Records `day` as the day of every event noun written in the clause of the date at [start, end):
 * 特朗普与习近平昨天（30日）在釜山举行会晤 → 会晤 is the 30th.
 */
export function noteEventDays(state: AnchorState, text: string, start: number, end: number, day: string): void {
  for (const m of clauseAround(text, start, end).matchAll(NOUN)) {
    state.eventDays = { ...state.eventDays, [m[0]]: day };
  }
}

/** The day of the event named right before position `at` (习近平在会晤当天抵达釜山), if the text dated it. */
export function eventDayBefore(state: AnchorState, text: string, at: number): string | null {
  if (!state.eventDays) return null;
  const noun = NOUN_BEFORE.exec(text.slice(Math.max(0, at - 5), at))?.[1];
  return noun ? (state.eventDays[noun] ?? null) : null;
}

/** True when an event noun stands right before position `at` (在阅兵前一天), whether or not the text dated it. */
export function eventNounBefore(text: string, at: number): boolean {
  return NOUN_BEFORE.test(text.slice(Math.max(0, at - 5), at));
}

/** Events a count of days or months may run from (访华一个月后, 就职100天内), in both scripts. */
const EVENT_BEFORE = new RegExp(
  `(?:${EVENT_NOUNS.join("|")}|[访訪](?:华|華|美|俄|日|韩|韓|欧|歐|台|朝)|就职|就職|就任|上任|当选|當選|宣誓)(?:的|之)?$`,
);

/** True when an event is named right before position `at` (普京选择在访华一个月后到访平壤). */
export function eventBefore(text: string, at: number): boolean {
  return EVENT_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}
