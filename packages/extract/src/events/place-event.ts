// Whether a place names an attended event after it (巴黎圣母院重新开放典礼, 北京冬奥会开幕式): the event is held there.
import type { SentenceView } from "./view.ts";

/** The attended event a place names (巴黎圣母院重新开放典礼, 北京冬奥会开幕式), within a few words. */
const EVENT_NOUN_AFTER = /^(?:(?!与|和(?!平))[^，。；、]){0,12}?(?:典礼|仪式|峰会|会议|论坛|庆典|开幕式|闭幕式|博览会|大会|阅兵|葬礼|国葬|奥运会|冬奥会|世博会)/;

/** True when the text from `end` names an attended event within a few words (…圣母院重新开放典礼). */
export function namesAttendedEvent(view: SentenceView, end: number, clauseEnd: number): boolean {
  return EVENT_NOUN_AFTER.test(view.text.slice(end, clauseEnd));
}
