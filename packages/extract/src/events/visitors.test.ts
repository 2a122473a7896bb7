// Table test of who visits when other names stand around: a meeting's companion (与B会面…访问X期间) and the speaker before (表示，希望访问X).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

const D = "2023-10-10";

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // the visitor of 访问X期间 is the subject, not the companion of the meeting written before it
  ["王毅上一次与布林肯会面是在去年10月访问华盛顿期间。", month("去年10月", "2022-10"), ["meeting 王毅+布林肯 @华盛顿 2022-10-01 happened", "visit 王毅 @华盛顿 2022-10-01 happened"], D],
  ["王毅上一次與布林肯會面是在去年10月訪問華盛頓期間。", month("去年10月", "2022-10"), ["meeting 王毅+布林肯 @华盛顿 2022-10-01 happened", "visit 王毅 @华盛顿 2022-10-01 happened"], D],
  ["李强与朔尔茨会谈是在他访问德国期间。", {}, ["meeting 李强+朔尔茨 @德国 ? happened", "visit 李强 @德国 ? happened"], D],
  ["李強與朔爾茨會談是在他訪問德國期間。", {}, ["meeting 李强+朔尔茨 @德国 ? happened", "visit 李强 @德国 ? happened"], D],
  ["秦刚同布林肯会晤时正在访问印尼。", {}, ["meeting 秦刚+布林肯 @印尼 ? happened", "visit 秦刚 @印尼 ? happened"], D],
  ["秦剛同布林肯會晤時正在訪問印尼。", {}, ["meeting 秦刚+布林肯 @印尼 ? happened", "visit 秦刚 @印尼 ? happened"], D],
  // a host receives (接见, 接待, 宴请) whom "the visit" brought: the guest visits, never the host
  ["普京预计将在访问期间接见王毅。", {}, ["visit 王毅 @- ? planned", "meeting 普京+王毅 @- ? planned"], D],
  ["普京預計將在訪問期間接見王毅。", {}, ["visit 王毅 @- ? planned", "meeting 普京+王毅 @- ? planned"], D],
  ["习近平在访问期间接见了布林肯。", {}, ["visit 布林肯 @- ? happened", "meeting 习近平+布林肯 @- ? happened"], D],
  ["習近平在訪問期間接見了布林肯。", {}, ["visit 布林肯 @- ? happened", "meeting 习近平+布林肯 @- ? happened"], D],
  ["拜登将在访问期间设宴款待习近平。", {}, ["visit 习近平 @- ? planned", "meeting 拜登+习近平 @- ? planned"], D],
  ["拜登將在訪問期間設宴款待習近平。", {}, ["visit 习近平 @- ? planned", "meeting 拜登+习近平 @- ? planned"], D],
  ["习近平在访问期间接见了当地侨胞。", {}, [], D],
  ["習近平在訪問期間接見了當地僑胞。", {}, [], D],
  ["据悉，普京将于访问期间宴请耶伦。", {}, ["visit 耶伦 @- ? planned", "meeting 普京+耶伦 @- ? planned"], D],
  ["據悉，普京將於訪問期間宴請耶倫。", {}, ["visit 耶伦 @- ? planned", "meeting 普京+耶伦 @- ? planned"], D],
  // a coordinate subject still visits together
  ["布林肯和沙利文访问北京。", {}, ["visit 布林肯+沙利文 @北京 ? happened"], D],
  ["布林肯和沙利文訪問北京。", {}, ["visit 布林肯+沙利文 @北京 ? happened"], D],
  // the speaker of the clause before visits when the clause opens with a wish or plan
  ["川普曾私下向顾问表示，希望在就职后100天内访问中国，与习近平重建关系。", {}, ["visit 特朗普 @中国 ? planned"], D],
  ["川普曾私下向顧問表示，希望在就職後100天內訪問中國，與習近平重建關係。", {}, ["visit 特朗普 @中国 ? planned"], D],
  ["岸田文雄表示，计划明年访问中国。", {}, ["visit 岸田文雄 @中国 ? planned"], D],
  ["岸田文雄表示，計劃明年訪問中國。", {}, ["visit 岸田文雄 @中国 ? planned"], D],
  ["马克龙说，愿意尽快访问中国。", {}, ["visit 马克龙 @中国 ? planned"], D],
  ["馬克龍說，願意儘快訪問中國。", {}, ["visit 马克龙 @中国 ? planned"], D],
  // not when another subject (议长) or a relative clause (访问中国的官员) stands there
  // an unnamed official right before the trigger travels, not the sentence's subject (馬斯, 王毅, 习近平)
  ["马斯公开批评北京对捷克参议院议长访问台湾发出的威胁。", {}, [], D],
  ["馬斯公開批評北京對捷克參議院議長訪問台灣發出的威脅。", {}, [], D],
  ["马斯要求中方允许联合国人权事务高级专员访问新疆。", {}, [], D],
  ["馬斯要求中方允許聯合國人權事務高級專員訪問新疆。", {}, [], D],
  ["习近平表示，中方将派特使访问乌克兰。", {}, [], D],
  ["習近平表示，中方將派特使訪問烏克蘭。", {}, [], D],
  // a leader's party is the leader's own trip
  ["佩洛西率国会议员访问台湾。", {}, ["visit 佩洛西 @台湾 ? happened"], D],
  ["拜登派遣布林肯担任特使前往北京。", {}, ["visit 布林肯 @北京 ? happened"], D],
  ["拜登派遣布林肯擔任特使前往北京。", {}, ["visit 布林肯 @北京 ? happened"], D],
  ["柯比表示，议长有权访问台湾。", {}, [], D],
  ["柯比表示，議長有權訪問台灣。", {}, [], D],
  ["拜登说，访问中国的美国官员越来越多。", {}, [], D],
  ["拜登說，訪問中國的美國官員越來越多。", {}, [], D],
  ["布林肯表示，王毅将访问华盛顿。", {}, ["visit 王毅 @华盛顿 ? planned"], D],
];

describe("events visitors", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
