// Table test of a trip's next legs: clauses without a subject (4日晚抵达X, 之后再访问Y) and leg verbs (转往, 过境, 续访).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, times, runSentence, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // a clause that holds only a time before its travel verb continues the trip's traveller
  ["特朗普其后访问日本，29日抵达韩国首尔。", day("29日", "2025-10-29"), ["visit 特朗普 @日本 ? happened", "visit 特朗普 @首尔 2025-10-29 happened"], "2025-10-30"],
  ["川普其後訪問日本，29日抵達韓國首爾。", day("29日", "2025-10-29"), ["visit 特朗普 @日本 ? happened", "visit 特朗普 @首尔 2025-10-29 happened"], "2025-10-30"],
  ["习近平结束在法国的行程后，于当地时间8日晚间抵达俄罗斯首都莫斯科。", day("8日", "2024-05-08"), ["visit 习近平 @法国 2024-04-25 happened", "visit 习近平 @莫斯科 2024-05-08 happened"], "2024-05-09"],
  ["習近平結束在法國的行程後，於當地時間8日晚間抵達俄羅斯首都莫斯科。", day("8日", "2024-05-08"), ["visit 习近平 @法国 2024-04-25 happened", "visit 习近平 @莫斯科 2024-05-08 happened"], "2024-05-09"],
  // 结束在X的行程/访问/会谈: the leg just ended was a visit to X
  ["布林肯结束在北京的会谈后返回华盛顿。", {}, ["visit 布林肯 @北京 2024-04-25 happened"], "2024-05-09"],
  ["布林肯結束在北京的會談後返回華盛頓。", {}, ["visit 布林肯 @北京 2024-04-25 happened"], "2024-05-09"],
  ["耶伦结束了在上海的访问。", {}, ["visit 耶伦 @上海 2024-04-25 happened"], "2024-05-09"],
  ["会谈结束在即。", {}, [], "2024-05-09"],
  ["耶伦上周访问日本，12日晚抵达上海。", day("12日", "2023-10-12"), ["visit 耶伦 @日本 ? happened", "visit 耶伦 @上海 2023-10-12 happened"], "2023-10-13"],
  ["耶倫上週訪問日本，12日晚抵達上海。", day("12日", "2023-10-12"), ["visit 耶伦 @日本 ? happened", "visit 耶伦 @上海 2023-10-12 happened"], "2023-10-13"],
  // 之后再访问Y: a planned next leg takes the trip's status
  ["布林肯结束行程后，将前往日本东京与上川阳子会谈，之后再访问韩国。", {}, ["visit 布林肯 @东京 ? planned", "meeting 布林肯+上川阳子 @东京 ? planned", "visit 布林肯 @韩国 ? planned"]],
  ["布林肯結束行程後，將前往日本東京與上川陽子會談，之後再訪問韓國。", {}, ["visit 布林肯 @东京 ? planned", "meeting 布林肯+上川阳子 @东京 ? planned", "visit 布林肯 @韩国 ? planned"]],
  // 转往 / 转抵: the next leg of a trip
  ["习近平7日晚间转往法国首都巴黎。", day("7日", "2024-05-07"), ["visit 习近平 @巴黎 2024-05-07 happened"], "2024-05-09"],
  ["習近平7日晚間轉往法國首都巴黎。", day("7日", "2024-05-07"), ["visit 习近平 @巴黎 2024-05-07 happened"], "2024-05-09"],
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
  // sequence and plan adverbs before a leg: 接下来还将, 而后, 继而, 下一站, 届时, 预定, 按计划
  ["王毅上周访问德国，接下来还将访问法国和俄罗斯。", {}, ["visit 王毅 @德国 ? happened", "visit 王毅 @法国 ? planned", "visit 王毅 @俄罗斯 ? planned"]],
  ["王毅上週訪問德國，接下來還將訪問法國和俄羅斯。", {}, ["visit 王毅 @德国 ? happened", "visit 王毅 @法国 ? planned", "visit 王毅 @俄罗斯 ? planned"]],
  ["布林肯访问日本，而后前往韩国。", {}, ["visit 布林肯 @日本 ? happened", "visit 布林肯 @韩国 ? happened"]],
  ["布林肯訪問日本，而後前往韓國。", {}, ["visit 布林肯 @日本 ? happened", "visit 布林肯 @韩国 ? happened"]],
  ["马克龙抵达北京，继而访问广州。", {}, ["visit 马克龙 @北京 ? happened", "visit 马克龙 @广州 ? happened"]],
  ["耶伦访问日本，下一站前往韩国。", {}, ["visit 耶伦 @日本 ? happened", "visit 耶伦 @韩国 ? happened"]],
  ["耶倫訪問日本，下一站前往韓國。", {}, ["visit 耶伦 @日本 ? happened", "visit 耶伦 @韩国 ? happened"]],
  ["赖清德将出访新加坡，预定过境纽约。", {}, ["visit 赖清德 @新加坡 ? planned", "visit 赖清德 @纽约 ? planned"]],
  ["賴清德將出訪新加坡，預定過境紐約。", {}, ["visit 赖清德 @新加坡 ? planned", "visit 赖清德 @纽约 ? planned"]],
  ["拜登将出席峰会，之后将按计划访问印尼。", {}, ["visit 拜登 @印尼 ? planned"]],
  ["拜登將出席峰會，之後將按計劃訪問印尼。", {}, ["visit 拜登 @印尼 ? planned"]],
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
  // the sentence's opening name travels when no clause names a subject; the time closing the clause before dates it
  ["朔尔茨上任轮值主席国翌日、即7月2日，便前往莫斯科与普京会面。", day("7月2日", "2024-07-02"), ["visit 朔尔茨 @莫斯科 2024-07-02 happened"], "2024-07-09"],
  ["朔爾茨上任輪值主席國翌日、即7月2日，便前往莫斯科與普京會面。", day("7月2日", "2024-07-02"), ["visit 朔尔茨 @莫斯科 2024-07-02 happened"], "2024-07-09"],
  ["4日，不久前刚刚访华的雷蒙多表示担忧。", day("4日", "2024-07-04"), ["visit 雷蒙多 @中国 ? happened"], "2024-07-09"],
  // 先后 / 计划 open a leg clause of the earlier subject
  ["去年5月，普京开始新任期后不久便选择中国作为首个出访国家，先后访问北京和上海。", { 去年5月: ["2023-05-01", "2023-05-31", "month"] }, ["visit 普京 @中国 2023-05-01 happened"], "2024-07-09"],
  ["去年5月，普京開始新任期後不久便選擇中國作為首個出訪國家，先後訪問北京和上海。", { 去年5月: ["2023-05-01", "2023-05-31", "month"] }, ["visit 普京 @中国 2023-05-01 happened"], "2024-07-09"],
  ["普京已接受邀请，计划今年晚些时候访问中国。", { 今年晚些时候: ["2024-09-01", "2024-12-31", "part-of-month"] }, ["visit 普京 @中国 2024-09-01 planned"], "2024-07-09"],
  ["普京已接受邀請，計劃今年晚些時候訪問中國。", { 今年晚些時候: ["2024-09-01", "2024-12-31", "part-of-month"] }, ["visit 普京 @中国 2024-09-01 planned"], "2024-07-09"],
  ["普京上任以来，已三次访问中国。", {}, [], "2024-07-09"],
];

/** Each row: sentence, its times, the document date, and the legs as "place from..to precision". */
const LEG_DATES: [string, ReturnType<typeof day>, string, string[]][] = [
  // a leg after another (之后/随后) runs from the earlier leg's day to a week later, unless it has its own date
  ["特朗普将于27日转往日本东京，之后前往韩国出席会议。", day("27日", "2025-10-27"), "2025-10-26", ["place:tokyo 2025-10-27..2025-10-27 day", "place:south-korea 2025-10-27..2025-11-03 part-of-month"]],
  ["特朗普將於27日轉往日本東京，之後前往韓國出席會議。", day("27日", "2025-10-27"), "2025-10-26", ["place:tokyo 2025-10-27..2025-10-27 day", "place:south-korea 2025-10-27..2025-11-03 part-of-month"]],
  ["特朗普上周日（26日）抵达马来西亚吉隆坡出席峰会，随后前往日本。", day("26日", "2025-10-26"), "2025-10-30", ["place:kuala-lumpur 2025-10-26..2025-10-26 day", "place:japan 2025-10-26..2025-11-02 part-of-month"]],
  ["特朗普上週日（26日）抵達馬來西亞吉隆坡出席峰會，隨後前往日本。", day("26日", "2025-10-26"), "2025-10-30", ["place:kuala-lumpur 2025-10-26..2025-10-26 day", "place:japan 2025-10-26..2025-11-02 part-of-month"]],
  ["习近平当天抵达首尔，随后前往东京出席会议。", day("当天", "2025-10-30"), "2025-10-31", ["place:seoul 2025-10-30..2025-10-30 day", "place:tokyo 2025-10-30..2025-11-06 part-of-month"]],
  ["习近平当天抵达首尔，28日前往东京。", times(day("当天", "2025-10-27"), day("28日", "2025-10-28")), "2025-10-31", ["place:seoul 2025-10-27..2025-10-27 day", "place:tokyo 2025-10-28..2025-10-28 day"]],
];

describe("events visit legs: dates", () => {
  for (const [sentence, spec, published, want] of LEG_DATES) {
    it(`should date the legs of ${sentence}`, () => {
      const got = runSentence(sentence, spec, published).map((e) => `${e.place} ${e.from}..${e.to} ${e.precision}`);
      expect(got).toEqual(want);
    });
  }
});

describe("events visit legs", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
