// Table test of characterizing sentences (这是…以来首次会晤) and the earlier events they measure from (继…峰会之后).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, times as t, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // a count since a bound characterizes the event just reported: no event of its own, no date from the bound
  ["这是董军去年12月接任防长以来首次与奥斯汀面对面会晤。", month("去年12月", "2022-12"), []],
  ["這是董軍去年12月接任防長以來首次與奧斯汀面對面會晤。", month("去年12月", "2022-12"), []],
  ["这是两人在视频通话之后的首次面对面会谈。", {}, []],
  ["這是兩人在視頻通話之後的首次面對面會談。", {}, []],
  ["这也是拜登今年1月上任以来第二次与习近平见面。", month("今年1月", "2023-01"), []],
  ["這也是拜登今年1月上任以來第二次與習近平見面。", month("今年1月", "2023-01"), []],
  ["奥斯汀与董军周五在新加坡举行会晤，这是两国防长一年半以来首次面对面会谈。", day("周五", "2023-06-02"), ["meeting 奥斯汀+董军 @新加坡 2023-06-02 happened"], "2023-06-03"],
  ["奧斯汀與董軍週五在新加坡舉行會晤，這是兩國防長一年半以來首次面對面會談。", day("週五", "2023-06-02"), ["meeting 奥斯汀+董军 @新加坡 2023-06-02 happened"], "2023-06-03"],
  // the earlier event before 之后 is reported, of the pair already named, with its own date and place
  [
    "这是习近平继前一天在北京与马克龙会谈之后，再次与这位法国领导人见面。",
    day("前一天", "2023-04-06"),
    ["meeting 习近平+马克龙 @北京 2023-04-06 happened"],
    "2023-04-08",
  ],
  [
    "這是習近平繼前一天在北京與馬克龍會談之後，再次與這位法國領導人見面。",
    day("前一天", "2023-04-06"),
    ["meeting 习近平+马克龙 @北京 2023-04-06 happened"],
    "2023-04-08",
  ],
  [
    "特朗普与金正恩在河内会面。这是两人继去年6月12日在新加坡首次峰会之后的第二次会面。",
    day("去年6月12日", "2018-06-12"),
    ["meeting 特朗普+金正恩 @- ? happened", "meeting 特朗普+金正恩 @新加坡 2018-06-12 happened"],
    "2019-02-28",
  ],
  [
    "特朗普與金正恩在河內會面。這是兩人繼去年6月12日在新加坡首次峰會之後的第二次會面。",
    day("去年6月12日", "2018-06-12"),
    ["meeting 特朗普+金正恩 @- ? happened", "meeting 特朗普+金正恩 @新加坡 2018-06-12 happened"],
    "2019-02-28",
  ],
  [
    "拜登与习近平在旧金山会晤。这是两人继去年11月在巴厘岛共进晚餐之后的再次会面。",
    month("去年11月", "2022-11"),
    ["meeting 拜登+习近平 @旧金山 ? happened", "meeting 拜登+习近平 @巴厘岛 2022-11-01 happened"],
  ],
  [
    "拜登與習近平在舊金山會晤。這是兩人繼去年11月在巴厘島共進晚餐之後的再次會面。",
    month("去年11月", "2022-11"),
    ["meeting 拜登+习近平 @旧金山 ? happened", "meeting 拜登+习近平 @巴厘岛 2022-11-01 happened"],
  ],
  // an ordinal without a bound is the event itself
  ["习近平与拜登在巴厘岛举行首次会晤。", {}, ["meeting 习近平+拜登 @巴厘岛 ? happened"]],
  ["習近平與拜登在巴釐島舉行首次會晤。", {}, ["meeting 习近平+拜登 @巴厘岛 ? happened"]],
  ["这是拜登与习近平首次会晤。", {}, ["meeting 拜登+习近平 @- ? happened"]],
  ["這是拜登與習近平首次會晤。", {}, ["meeting 拜登+习近平 @- ? happened"]],
  ["拜登与习近平15日举行会晤，这是两人今年的第一次会晤。", t(day("15日", "2023-11-15")), ["meeting 拜登+习近平 @- 2023-11-15 happened"], "2023-11-16"],
];

describe("events meeting-prior", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
