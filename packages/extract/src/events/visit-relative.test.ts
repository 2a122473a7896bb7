// Table test of the visitor a relative clause names after it: 在新加坡出席香格里拉对话的奥斯汀 visits Singapore.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

const D = "2022-08-05";

/** Each row: sentence, times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 在X出席<summit>的Y: Y attends the summit in X, a visit
  ["在巴黎出席峰会的拜登表示，美国支持乌克兰。", {}, ["visit 拜登 @巴黎 ? happened"], D],
  ["在巴黎出席峰會的拜登表示，美國支持烏克蘭。", {}, ["visit 拜登 @巴黎 ? happened"], D],
  ["出席巴黎峰会的拜登表示，美国支持乌克兰。", {}, ["visit 拜登 @巴黎 ? happened"], D],
  ["在新加坡出席会议的美国国防部长奥斯汀表示。", {}, ["visit 奥斯汀 @新加坡 ? happened"], D],
  ["在新加坡出席會議的美國國防部長奧斯汀表示。", {}, ["visit 奥斯汀 @新加坡 ? happened"], D],
  ["正在柬埔寨首都出席东盟系列外长会议的中国外交部长王毅周四取消了会谈。", {}, ["visit 王毅 @柬埔寨 ? happened"], D],
  ["正在柬埔寨首都出席東盟系列外長會議的中國外交部長王毅週四取消了會談。", {}, ["visit 王毅 @柬埔寨 ? happened"], D],
  ["在东京参加论坛的马克龙说，欧洲需要自主。", {}, ["visit 马克龙 @东京 ? happened"], D],
  // at home no visit; a dinner is no summit; a name after 与 is someone met
  ["在北京出席会议的王毅表示。", {}, [], D],
  ["在白宫出席晚宴的拜登表示。", {}, [], D],
  ["在新加坡出席会议的代表与奥斯汀会面。", {}, [], D],
  // 访问的X: the visitor follows as before
  ["正在中国访问的纽森表示。", {}, ["visit 纽森 @中国 ? happened"], D],
];

describe("events visit-relative", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
