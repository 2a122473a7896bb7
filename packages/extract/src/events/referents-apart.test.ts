// Table test: 两人 in a sentence that names 两国元首 apart is not the leaders' pair (两人…同意安排两国元首会晤).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents, times } from "./testing.ts";

/** Each row: a paragraph, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  [
    "沙利文与王毅上次会晤是在3月。随后拜登与习近平通电话。两人去年10月曾在维也纳会谈，当时双方同意安排两国元首会晤。",
    times(month("3月", "2022-03"), month("去年10月", "2021-10")),
    ["meeting 沙利文+王毅 @- 2022-03-01 happened", "call 拜登+习近平 @- ? happened", "meeting 沙利文+王毅 @维也纳 2021-10-01 happened"],
    "2022-06-15",
  ],
  [
    "沙利文與王毅上次會晤是在3月。隨後拜登與習近平通電話。兩人去年10月曾在維也納會談，當時雙方同意安排兩國元首會晤。",
    times(month("3月", "2022-03"), month("去年10月", "2021-10")),
    ["meeting 沙利文+王毅 @- 2022-03-01 happened", "call 拜登+习近平 @- ? happened", "meeting 沙利文+王毅 @维也纳 2021-10-01 happened"],
    "2022-06-15",
  ],
  [
    "耶伦与何立峰15日会谈。会后普京与习近平通电话。两人此前曾在维也纳会面，为两国领导人通话做准备。",
    times(day("15日", "2023-07-15")),
    ["meeting 耶伦+何立峰 @- 2023-07-15 happened", "call 普京+习近平 @- ? happened", "meeting 耶伦+何立峰 @维也纳 ? happened", "call 普京+习近平 @- ? planned"],
    "2023-07-20",
  ],
  // 两位领导人 before 两人: the same two people
  [
    "沙利文与王毅上次会晤是在3月。随后拜登与习近平通电话。两位领导人前一晚共进晚餐，这是两人继去年11月在巴厘岛首次峰会之后的第二次会面。",
    times(month("3月", "2022-03"), month("去年11月", "2021-11")),
    ["meeting 沙利文+王毅 @- 2022-03-01 happened", "call 拜登+习近平 @- ? happened", "meeting 拜登+习近平 @巴厘岛 2021-11-01 happened"],
    "2022-06-15",
  ],
  // without 两国元首 in the sentence, 两人 is the last pair named, leaders or not
  [
    "沙利文与王毅上次会晤是在3月。随后拜登与习近平通电话。两人去年11月曾在巴厘岛会晤。",
    times(month("3月", "2022-03"), month("去年11月", "2021-11")),
    ["meeting 沙利文+王毅 @- 2022-03-01 happened", "call 拜登+习近平 @- ? happened", "meeting 拜登+习近平 @巴厘岛 2021-11-01 happened"],
    "2022-06-15",
  ],
];

describe("events referents-apart", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
