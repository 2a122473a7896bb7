// Dates that are background to the story: 当天 does not point back at them.
/** 这是普京本月7日宣誓就职后的首次出访: a sentence that places the story against an earlier date. */
const BACKGROUND_SENTENCE = /^[\s“"「（(]*(?:这是|这也是|这是继|這是|這也是)/;
/** 于星期三深夜飞抵河内 · 周日晚间抵达天津: an arrival the evening before the story's day. */
const EVENING = "(?:晚间|晚上|深夜|夜间|夜晚|傍晚|晚|夜)";
const ARRIVAL = "(?:飞抵|抵达|抵|到达|飞赴)";
const EVENING_AFTER = new RegExp(`^[^，,。；;]{0,4}?${EVENING}[^，,。；;]{0,4}?${ARRIVAL}`);
const EVENING_IN = new RegExp(`${EVENING}$`);
const ARRIVAL_AFTER = new RegExp(`^[^，,。；;]{0,4}?${ARRIVAL}`);

/** How a narrative date of the sentence at [start, end) stands to the story. */
export type Background = "sentence" | "evening-arrival" | null;

/**
 * Whether the day at [start, end) of `sentence` is background that a later 当天 does not mean: a
 * 这是… sentence, or an evening arrival (普京于星期三深夜飞抵河内。…普京当天还会见… means the next day).
 */
export function backgroundOf(sentence: string, start: number, end: number): Background {
  if (BACKGROUND_SENTENCE.test(sentence)) return "sentence";
  const tail = sentence.slice(end, end + 16);
  // 星期三深夜 is one expression: its part of day is inside it.
  const evening = EVENING_IN.test(sentence.slice(start, end)) ? ARRIVAL_AFTER.test(tail) : EVENING_AFTER.test(tail);
  return evening ? "evening-arrival" : null;
}
