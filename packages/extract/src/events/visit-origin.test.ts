// Table test of a leg's carried traveller: 25日晚从乌兰巴托飞抵天津, and an attended ceremony's person who is no subject.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents } from "./testing.ts";

const D = "2023-07-27";
const T = day("25日", "2023-07-25");
const AUG = month("去年8月", "2023-08");
const D24 = "2024-12-02";

/** Each row: sentence, times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 从/自/由/经 + the place a leg sets out from, 乘专机/搭机: still a leg of the earlier clause's traveller
  ["布林肯先后访问日本、韩国和马来西亚，25日晚从吉隆坡飞抵北京。", T, ["visit 布林肯 @日本 ? happened", "visit 布林肯 @韩国 ? happened", "visit 布林肯 @马来西亚 ? happened", "visit 布林肯 @北京 2023-07-25 happened"], D],
  ["布林肯先後訪問日本、韓國和馬來西亞，25日晚從吉隆坡飛抵北京。", T, ["visit 布林肯 @日本 ? happened", "visit 布林肯 @韩国 ? happened", "visit 布林肯 @马来西亚 ? happened", "visit 布林肯 @北京 2023-07-25 happened"], D],
  ["布林肯访问日本，25日晚自东京乘专机飞抵北京。", T, ["visit 布林肯 @日本 ? happened", "visit 布林肯 @北京 2023-07-25 happened"], D],
  ["布林肯訪問日本，隨後經首爾飛往北京。", T, ["visit 布林肯 @日本 ? happened", "visit 布林肯 @北京 ? happened"], D],
  ["布林肯访问日本，由东京搭机前往首尔。", T, ["visit 布林肯 @日本 ? happened", "visit 布林肯 @首尔 ? happened"], D],
  ["赖清德将先后访问中美洲友邦危地马拉和伯利兹，回程时过境旧金山。", {}, ["visit 赖清德 @危地马拉 ? planned", "visit 赖清德 @伯利兹 ? planned", "visit 赖清德 @旧金山 ? planned"], D],
  ["賴清德將先後訪問中美洲友邦瓜地馬拉和貝里斯，回程時過境舊金山。", {}, ["visit 赖清德 @危地马拉 ? planned", "visit 赖清德 @伯利兹 ? planned", "visit 赖清德 @旧金山 ? planned"], D],
  // 当时 + a list of legs joined by 、: each leg carries the traveller and the trip's date
  ["赖清德去年8月出访马来西亚，出席就职典礼，当时去程过境纽约、回程过境旧金山。", AUG, ["visit 赖清德 @马来西亚 2023-08-01 happened", "visit 赖清德 @纽约 2023-08-01 happened", "visit 赖清德 @旧金山 2023-08-01 happened"], D24],
  ["賴清德去年8月出訪馬來西亞，出席就職典禮，當時去程過境紐約、回程過境舊金山。", AUG, ["visit 赖清德 @马来西亚 2023-08-01 happened", "visit 赖清德 @纽约 2023-08-01 happened", "visit 赖清德 @旧金山 2023-08-01 happened"], D24],
  ["赖清德去年8月出访马来西亚，当时过境纽约。", AUG, ["visit 赖清德 @马来西亚 2023-08-01 happened", "visit 赖清德 @纽约 2023-08-01 happened"], D24],
  ["赖清德去年8月出访马来西亚，当时美国官员前往纽约。", AUG, ["visit 赖清德 @马来西亚 2023-08-01 happened"], D24],
  // a clause with a subject of its own is no leg
  ["布林肯访问日本，从东京来的代表团抵达北京。", T, ["visit 布林肯 @日本 ? happened"], D],
  ["布林肯访问日本，从北京出发的航班抵达东京。", T, ["visit 布林肯 @日本 ? happened"], D],
  // 出席/见证 + a person: the ceremony's person is an object, the traveller goes on
  ["马克龙12日抵达上海，13日出席前总理朔尔茨就任银行行长的典礼，随后飞往北京。", T, ["visit 马克龙 @上海 ? happened", "visit 马克龙 @北京 ? happened"], D],
  ["馬克龍抵達上海，13日出席前總理朔爾茨就任銀行行長的典禮，隨後飛往北京。", T, ["visit 马克龙 @上海 ? happened", "visit 马克龙 @北京 ? happened"], D],
  ["马克龙抵达上海，见证朔尔茨签署协议，随后飞往北京。", T, ["visit 马克龙 @上海 ? happened", "visit 马克龙 @北京 ? happened"], D],
  // 出席峰会的朔尔茨: a relative clause's person is the subject
  ["马克龙抵达上海，出席峰会的朔尔茨随后飞往北京。", T, ["visit 马克龙 @上海 ? happened", "visit 朔尔茨 @北京 ? happened"], D],
];

describe("events visit-origin", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
