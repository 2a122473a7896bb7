// Table test: a counted contact (三度通话, 多次访华) told occasion by occasion (第一次是…, 最近一次是…).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents, times } from "./testing.ts";

const THREE_CALLS = times(day("1月17日", "2023-01-17"), day("6月5日", "2023-06-05"), day("9月19日", "2023-09-19"));

/** Each row: a paragraph, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // the count's sentence, then one sentence per ordinal (or all in one)
  ["拜登与习近平今年曾三度通电话。第一次是1月17日；第二次是6月5日；第三次是9月19日。", THREE_CALLS,
    ["call 拜登+习近平 @- 2023-01-17 happened", "call 拜登+习近平 @- 2023-06-05 happened", "call 拜登+习近平 @- 2023-09-19 happened"]],
  ["拜登與習近平今年曾三度通電話。第一次是1月17日；第二次是6月5日；第三次是9月19日。", THREE_CALLS,
    ["call 拜登+习近平 @- 2023-01-17 happened", "call 拜登+习近平 @- 2023-06-05 happened", "call 拜登+习近平 @- 2023-09-19 happened"]],
  ["拜登和习近平今年已三次通话，第一次在1月17日，第二次则是6月5日，第三次是在9月19日。", THREE_CALLS,
    ["call 拜登+习近平 @- 2023-01-17 happened", "call 拜登+习近平 @- 2023-06-05 happened", "call 拜登+习近平 @- 2023-09-19 happened"]],
  ["拜登和習近平今年已三次通話，第一次在1月17日，第二次則是6月5日，第三次是在9月19日。", THREE_CALLS,
    ["call 拜登+习近平 @- 2023-01-17 happened", "call 拜登+习近平 @- 2023-06-05 happened", "call 拜登+习近平 @- 2023-09-19 happened"]],
  // a person anchoring the time (就职前夕) does not break it
  ["特朗普与习近平多次通话。首次是在特朗普1月17日就职前夕，两人讨论了贸易问题。", THREE_CALLS, ["call 特朗普+习近平 @- 2023-01-17 happened"]],
  ["特朗普與習近平多次通話。首次是在特朗普1月17日就職前夕，兩人討論了貿易問題。", THREE_CALLS, ["call 特朗普+习近平 @- 2023-01-17 happened"]],
  // a counted visit: the latest occasion, in the count's own sentence
  ["克里担任特使期间多次访华，最近一次是2023年7月。", month("2023年7月", "2023-07"), ["visit 克里 @中国 2023-07-01 happened"]],
  ["克里擔任特使期間多次訪華，最近一次是2023年7月。", month("2023年7月", "2023-07"), ["visit 克里 @中国 2023-07-01 happened"]],
  ["朔尔茨曾两度访问中国，上一次为2022年11月。", month("2022年11月", "2022-11"), ["visit 朔尔茨 @中国 2022-11-01 happened"]],
  ["朔爾茨曾兩度訪問中國，上一次為2022年11月。", month("2022年11月", "2022-11"), ["visit 朔尔茨 @中国 2022-11-01 happened"]],
  // no ordinal, a clause break before the time, or a sentence that does not open with one: no occasion
  ["拜登与习近平今年曾三度通电话。双方同意保持沟通。", {}, []],
  ["拜登與習近平今年曾三度通電話。第一次的通話很長，持續了兩小時，6月5日則較短。", THREE_CALLS, []],
  ["拜登与习近平今年曾三度通电话。王毅6月5日表示，第一次通话很重要。", THREE_CALLS, []],
];

describe("events meeting-ordinals", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
