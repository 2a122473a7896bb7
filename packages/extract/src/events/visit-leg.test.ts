// Table test of a trip's next legs: clauses without a subject (4日晚抵达X, 之后再访问Y) and leg verbs (转往, 过境, 续访).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, times, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // a clause that holds only a time before its travel verb continues the trip's traveller
  ["特朗普其后访问日本，29日抵达韩国首尔。", day("29日", "2025-10-29"), ["visit 特朗普 @日本 ? happened", "visit 特朗普 @首尔 2025-10-29 happened"], "2025-10-30"],
  ["川普其後訪問日本，29日抵達韓國首爾。", day("29日", "2025-10-29"), ["visit 特朗普 @日本 ? happened", "visit 特朗普 @首尔 2025-10-29 happened"], "2025-10-30"],
  ["习近平结束在法国的行程后，于当地时间8日晚间抵达俄罗斯首都莫斯科。", day("8日", "2024-05-08"), ["visit 习近平 @俄罗斯 2024-05-08 happened"], "2024-05-09"],
  ["習近平結束在法國的行程後，於當地時間8日晚間抵達俄羅斯首都莫斯科。", day("8日", "2024-05-08"), ["visit 习近平 @俄罗斯 2024-05-08 happened"], "2024-05-09"],
  ["耶伦上周访问日本，12日晚抵达上海。", day("12日", "2023-10-12"), ["visit 耶伦 @日本 ? happened", "visit 耶伦 @上海 2023-10-12 happened"], "2023-10-13"],
  ["耶倫上週訪問日本，12日晚抵達上海。", day("12日", "2023-10-12"), ["visit 耶伦 @日本 ? happened", "visit 耶伦 @上海 2023-10-12 happened"], "2023-10-13"],
  // 之后再访问Y: a planned next leg takes the trip's status
  ["布林肯结束行程后，将前往日本东京与上川阳子会谈，之后再访问韩国。", {}, ["visit 布林肯 @东京 ? planned", "meeting 布林肯+上川阳子 @东京 ? planned", "visit 布林肯 @韩国 ? planned"]],
  ["布林肯結束行程後，將前往日本東京與上川陽子會談，之後再訪問韓國。", {}, ["visit 布林肯 @东京 ? planned", "meeting 布林肯+上川阳子 @东京 ? planned", "visit 布林肯 @韩国 ? planned"]],
  // 转往 / 转抵: the next leg of a trip
  ["习近平7日晚间转往法国首都巴黎。", day("7日", "2024-05-07"), ["visit 习近平 @法国 2024-05-07 happened"], "2024-05-09"],
  ["習近平7日晚間轉往法國首都巴黎。", day("7日", "2024-05-07"), ["visit 习近平 @法国 2024-05-07 happened"], "2024-05-09"],
  ["他前一天先抵达柬埔寨进行国事访问，随后转往印尼巴厘岛。", {}, []],
  ["习近平前一天先抵达柬埔寨进行国事访问，随后转往印尼巴厘岛出席峰会。", {}, ["visit 习近平 @柬埔寨 ? happened", "visit 习近平 @巴厘岛 ? happened"]],
  ["習近平前一天先抵達柬埔寨進行國事訪問，隨後轉往印尼巴厘島出席峰會。", {}, ["visit 习近平 @柬埔寨 ? happened", "visit 习近平 @巴厘岛 ? happened"]],
  ["李强结束对新加坡的访问后转抵马来西亚吉隆坡。", {}, ["visit 李强 @新加坡 2023-09-21 happened", "visit 李强 @吉隆坡 2023-09-21 happened"]],
  // 过境: a transit stop is a visit to the city
  ["赖清德上月29日启程出访，去程过境纽约，4日晚抵达旧金山，6日离美返台。", times(day("上月29日", "2023-03-29"), day("4日", "2023-04-04")), ["visit 赖清德 @纽约 2023-03-29 happened", "visit 赖清德 @旧金山 2023-04-04 happened"], "2023-04-06"],
  ["賴清德上月29日啟程出訪，去程過境紐約，4日晚抵達舊金山，6日離美返台。", times(day("上月29日", "2023-03-29"), day("4日", "2023-04-04")), ["visit 赖清德 @纽约 2023-03-29 happened", "visit 赖清德 @旧金山 2023-04-04 happened"], "2023-04-06"],
  ["赖清德将过境旧金山。", {}, ["visit 赖清德 @旧金山 ? planned"]],
  // 续访: a planned further leg
  ["布林肯访问日本后将续访韩国。", {}, ["visit 布林肯 @日本 ? happened", "visit 布林肯 @韩国 ? planned"]],
  ["布林肯訪問日本後將續訪韓國。", {}, ["visit 布林肯 @日本 ? happened", "visit 布林肯 @韩国 ? planned"]],
  // no leg: a clause that opens with the verb (a relative clause), or a person named before it
  ["何立峰将是拜登上任以来，出访美国的最高级别官员。", {}, []],
  // a bare travel verb after another clause is a leg; not inside a relative clause (前往北京的官员)
  ["佩洛西参访博物馆，傍晚搭机离台，前往韩国。", {}, ["visit 佩洛西 @韩国 ? happened"], "2023-10-10"],
  ["佩洛西參訪博物館，傍晚搭機離台，前往韓國。", {}, ["visit 佩洛西 @韩国 ? happened"], "2023-10-10"],
  ["布林肯表示，前往北京的美国官员将增加。", {}, [], "2023-10-10"],
  // a name inside a 他/她 clause is not the traveller (他在上海出席了马克龙的仪式，次日前往北京)
  ["他在上海出席了马克龙的欢迎仪式，次日前往北京。", {}, [], "2023-10-10"],
  ["他在上海出席了馬克龍的歡迎儀式，次日前往北京。", {}, [], "2023-10-10"],
  ["布林肯访问日本，沙利文15日抵达北京。", day("15日", "2023-10-15"), ["visit 布林肯 @日本 ? happened", "visit 沙利文 @北京 2023-10-15 happened"], "2023-10-16"],
];

describe("events visit legs", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
