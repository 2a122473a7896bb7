// Table test: a clause describing the last occasion (上一次…是2011年12月，时任首相…访问北京) takes that occasion's time.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents, times } from "./testing.ts";

/** Each row: sentence, its times, the events, the document date. */
const ROWS: Row[] = [
  ["上一次日本首相正式访华是2011年12月，时任首相岸田文雄访问北京。", month("2011年12月", "2011-12"), ["visit 岸田文雄 @北京 2011-12-01 happened"], "2018-10-26"],
  ["上一次日本首相正式訪華是2011年12月，時任首相岸田文雄訪問北京。", month("2011年12月", "2011-12"), ["visit 岸田文雄 @北京 2011-12-01 happened"], "2018-10-26"],
  ["两人上次会晤是在去年11月，时任日本首相岸田文雄与习近平在旧金山会面。", month("去年11月", "2023-11"), ["meeting 岸田文雄+习近平 @旧金山 2023-11-01 happened"], "2024-11-16"],
  ["兩人上次會晤是在去年11月，時任日本首相岸田文雄與習近平在舊金山會面。", month("去年11月", "2023-11"), ["meeting 岸田文雄+习近平 @旧金山 2023-11-01 happened"], "2024-11-16"],
  ["上一次中美元首会晤是去年11月在巴厘岛，拜登与习近平在峰会期间会谈3个多小时。", month("去年11月", "2022-11"), ["meeting 拜登+习近平 @- 2022-11-01 happened"], "2023-11-16"],
  ["最近一次是今年3月14日，王毅与沙利文在维也纳会晤。", day("今年3月14日", "2024-03-14"), ["meeting 王毅+沙利文 @维也纳 2024-03-14 happened"], "2024-05-10"],
  ["最近一次是今年3月14日，王毅與沙利文在維也納會晤。", day("今年3月14日", "2024-03-14"), ["meeting 王毅+沙利文 @维也纳 2024-03-14 happened"], "2024-05-10"],
  ["上次中美外长面对面会谈为今年2月，王毅在慕尼黑会见布林肯。", month("今年2月", "2024-02"), ["meeting 王毅+布林肯 @- 2024-02-01 happened"], "2024-04-26"],
  // a clause with its own time keeps it; no last-occasion clause lends nothing
  ["上一次会面是在去年11月，今年4月布林肯访问北京。", times(month("去年11月", "2023-11"), month("今年4月", "2024-04")), ["visit 布林肯 @北京 2024-04-01 happened"], "2024-06-10"],
  ["两国关系在去年11月回暖，布林肯访问北京。", month("去年11月", "2023-11"), ["visit 布林肯 @北京 ? happened"], "2024-06-10"],
];

describe("events time last occasion", () => {
  it.each(ROWS)("should date %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
