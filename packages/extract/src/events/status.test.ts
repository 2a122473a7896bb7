// Table test of statuses (negation scope) and of traditional-script sentences.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status" (date = from, "?" when none), the document date. */
const ROWS: Row[] = [
  // not happened, negation scope
  ["尽管王毅并未赴美国纽约出席联大会议，但中美官方同时发布消息。", {}, ["visit 王毅 @纽约 2023-09-01 not-happened"]],
  ["在联大会议期间，布林肯专门前往中国驻联合国代表团驻地与出席联大的中国国家副主席韩正举行会谈。", {}, ["meeting 布林肯+韩正 @- 2023-09-01 happened"]],
  ["美国官员最初预计他将出席联大并可能来华盛顿策划习拜峰会。", {}, ["meeting 习近平+拜登 @- ? possible"]],
  ["中国外长王毅最近缺席了在纽约举行的联合国成员国领导人年度会议。", {}, ["visit 王毅 @纽约 2023-08-29 not-happened"], "2023-09-28"],
  ["中国方面至今没有确认习近平是否会在11月的APEC旧金山峰会期间与拜登会晤。", month("11月", "2023-11"), ["meeting 习近平+拜登 @旧金山 2023-11-01 possible"]],
  ["特朗普取消了与普京的会晤。", {}, ["meeting 特朗普+普京 @- ? not-happened"]],
  ["拜登没有与习近平会面。", {}, ["meeting 拜登+习近平 @- ? not-happened"]],
  ["马克龙推迟访问中国。", {}, ["visit 马克龙 @中国 ? not-happened"]],
  ["秦刚拒绝与布林肯会晤。", {}, ["meeting 秦刚+布林肯 @- ? not-happened"]],
  // traditional script
  ["王毅與布林肯在華盛頓會晤。", {}, ["meeting 王毅+布林肯 @华盛顿 ? happened"]],
  ["習近平在北京會見美國國務卿布林肯。", {}, ["meeting 习近平+布林肯 @北京 ? happened"]],
  ["美國商務部長雷蒙多8月訪華。", month("8月", "2023-08"), ["visit 雷蒙多 @中国 2023-08-01 happened"]],
  ["王毅預計本月稍晚訪美。", { "本月稍晚": ["2023-10-21", "2023-10-31", "part-of-month"] }, ["visit 王毅 @美国 2023-10-21 planned"]],
  ["王毅並未赴美國紐約出席聯大會議。", {}, ["visit 王毅 @纽约 2023-09-01 not-happened"]],
  ["普京將於十月在北京與習近平會面。", month("十月", "2023-10"), ["meeting 普京+习近平 @北京 2023-10-01 planned"]],
  ["賴清德過境時與美國官員會面，並未與布林肯會晤。", {}, ["meeting 赖清德+布林肯 @- ? not-happened"]],
  ["拜登與習近平通電話。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["據美聯社報導，拜登預計下週與習近平舉行視訊會議。", { 下週: ["2023-10-09", "2023-10-15", "day"] }, ["call 拜登+习近平 @- 2023-10-09 planned"]],
  ["習近平11日在北京人民大會堂會見到訪的美國財政部長葉倫。", day("11日", "2023-10-11"), ["meeting 习近平+耶伦 @人民大会堂 2023-10-11 happened", "visit 耶伦 @北京 2023-10-11 happened"], "2023-10-12"],
  ["日本首相岸田文雄抵達北京，開始為期三天的訪問。", {}, ["visit 岸田文雄 @北京 ? happened"]],
  ["何立峰可能訪問華盛頓。", {}, ["visit 何立峰 @华盛顿 ? possible"]],
  ["據路透社報導，秦剛將訪問美國。", {}, ["visit 秦刚 @美国 ? planned"]],
];

describe("events status", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
