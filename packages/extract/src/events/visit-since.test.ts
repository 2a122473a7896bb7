// Table test of visits counted from an earlier time: 自2019年以来首次访华 is the visit under way, not one in 2019.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents, times } from "./testing.ts";

const YEAR_2019 = { "2019年": ["2019-01-01", "2019-12-31", "year"] } as Row[1];
const Y2016 = { "2016年": ["2016-01-01", "2016-12-31", "year"] } as Row[1];
const JAN_2018 = times(month("今年1月", "2023-01"), { "2018年": ["2018-01-01", "2018-12-31", "year"] });

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 以来首次 / 后首度: the visit under way, in the weeks before the article
  ["这是马克龙自2019年以来首次访华。", YEAR_2019, ["visit 马克龙 @中国 2023-03-24 happened"], "2023-04-07"],
  ["這是馬克龍自2019年以來首次訪華。", YEAR_2019, ["visit 马克龙 @中国 2023-03-24 happened"], "2023-04-07"],
  ["这是岸田文雄5月连任后首次访华。", month("5月", "2025-05"), ["visit 岸田文雄 @中国 2025-07-01 happened"], "2025-07-15"],
  ["這是岸田文雄5月連任後首度訪華。", month("5月", "2025-05"), ["visit 岸田文雄 @中国 2025-07-01 happened"], "2025-07-15"],
  ["朔尔茨2022年11月上任后的第一次访问日本。", month("2022年11月", "2022-11"), ["visit 朔尔茨 @日本 2023-03-20 happened"], "2023-04-03"],
  // 再度 / 再次 / 第二次: also the earlier visit, at the time counted from
  ["这是朔尔茨继去年3月之后再度访华。", month("去年3月", "2023-03"), ["visit 朔尔茨 @中国 2024-08-27 happened", "visit 朔尔茨 @中国 2023-03-01 happened"], "2024-09-10"],
  ["這是朔爾茨繼去年3月之後再度訪華。", month("去年3月", "2023-03"), ["visit 朔尔茨 @中国 2024-08-27 happened", "visit 朔尔茨 @中国 2023-03-01 happened"], "2024-09-10"],
  ["这是习近平自2016年10月以来再次访问柬埔寨。", month("2016年10月", "2016-10"), ["visit 习近平 @柬埔寨 2025-04-04 happened", "visit 习近平 @柬埔寨 2016-10-01 happened"], "2025-04-18"],
  ["這是習近平自2016年10月以來再次訪柬。", month("2016年10月", "2016-10"), ["visit 习近平 @柬埔寨 2025-04-04 happened", "visit 习近平 @柬埔寨 2016-10-01 happened"], "2025-04-18"],
  // a plan counted from a time: no date yet
  ["马克龙下月将访华，这将是他自2019年以来首次访华。", YEAR_2019, ["visit 马克龙 @中国 ? planned"], "2023-03-10"],
  // the time is the visit's own: no count word, a comma, or another person in between
  ["朔尔茨2022年11月曾访华。", month("2022年11月", "2022-11"), ["visit 朔尔茨 @中国 2022-11-01 happened"], "2024-04-16"],
  ["朔爾茨2022年11月曾訪華。", month("2022年11月", "2022-11"), ["visit 朔尔茨 @中国 2022-11-01 happened"], "2024-04-16"],
  ["去年3月，习近平在连任后首访俄罗斯。", month("去年3月", "2023-03"), ["visit 习近平 @俄罗斯 2023-03-01 happened"], "2024-05-16"],
  ["2023年3月习近平访俄后普京再度访华。", times(month("2023年3月", "2023-03")), ["visit 习近平 @俄罗斯 2023-03-01 happened", "visit 普京 @中国 2023-03-01 happened"], "2024-05-16"],
  // 首位访问中国的…总理, 第二次以总统身份访问: a count that names the visitor or the capacity is still a count
  ["马克龙是2016年以来首位访问中国的法国总统。", Y2016, ["visit 马克龙 @中国 2023-03-31 happened"], "2023-04-14"],
  ["馬克龍是2016年以來首位訪問中國的法國總統。", Y2016, ["visit 马克龙 @中国 2023-03-31 happened"], "2023-04-14"],
  ["朔尔茨是2016年以来第一位访华的德国总理。", Y2016, ["visit 朔尔茨 @中国 2023-03-31 happened"], "2023-04-14"],
  ["朔爾茨是2016年以來第一位訪華的德國總理。", Y2016, ["visit 朔尔茨 @中国 2023-03-31 happened"], "2023-04-14"],
  ["这是朔尔茨2016年以来首次正式访问中国。", Y2016, ["visit 朔尔茨 @中国 2023-03-31 happened"], "2023-04-14"],
  ["這是朔爾茨2016年以來首次正式訪問中國。", Y2016, ["visit 朔尔茨 @中国 2023-03-31 happened"], "2023-04-14"],
  ["这是马克龙今年1月连任以来首度访华，也是他继2018年之后第二次以总统身份访问中国。", JAN_2018, ["visit 马克龙 @中国 2023-03-31 happened", "visit 马克龙 @中国 2018-01-01 happened"], "2023-04-14"],
  ["這是馬克龍今年1月連任以來首度訪華，也是他繼2018年之後第二次以總統身分訪問中國。", JAN_2018, ["visit 马克龙 @中国 2023-03-31 happened", "visit 马克龙 @中国 2018-01-01 happened"], "2023-04-14"],
  ["马克龙2018年曾以总统身份访问中国。", JAN_2018, ["visit 马克龙 @中国 2018-01-01 happened"], "2023-04-14"],
  // 成为…首位: the time is when the visit made him the first
  ["马克龙2018年成为疫情后首位访问中国的欧洲元首。", JAN_2018, ["visit 马克龙 @中国 2018-01-01 happened"], "2023-04-14"],
  ["馬克龍2018年成為疫情後首位訪問中國的歐洲元首。", JAN_2018, ["visit 马克龙 @中国 2018-01-01 happened"], "2023-04-14"],
  // 成为…以来首次: counted from taking office, the visit under way
  ["这也是马克龙2017年成为总统以来首次访问俄罗斯。", { "2017年": ["2017-01-01", "2017-12-31", "year"] }, ["visit 马克龙 @俄罗斯 2023-03-31 happened"], "2023-04-14"],
  ["這也是馬克龍2017年成為總統以來首次訪問俄羅斯。", { "2017年": ["2017-01-01", "2017-12-31", "year"] }, ["visit 马克龙 @俄罗斯 2023-03-31 happened"], "2023-04-14"],
  ["这是习近平2012年成为总书记以来首次访朝。", { "2012年": ["2012-01-01", "2012-12-31", "year"] }, ["visit 习近平 @朝鲜 2023-03-31 happened"], "2023-04-14"],
];

describe("events visits counted from a time", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should date ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
