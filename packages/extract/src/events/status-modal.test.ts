// Table test of future cues outside the word list: modal 会 and "later today", and days after the article's.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";
import { modalFuture } from "./status-modal.ts";

const D25 = day("25日", "2016-01-25");

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // modal 会 after an adverb, or before where, when or how one goes
  ["特朗普说他将访问中国，习近平也会在某个时候访问美国。", {}, ["visit 特朗普 @中国 ? planned", "visit 习近平 @美国 ? planned"], "2020-01-16"],
  ["川普說他將訪問中國，習近平也會在某個時候訪問美國。", {}, ["visit 特朗普 @中国 ? planned", "visit 习近平 @美国 ? planned"], "2020-01-16"],
  ["白宫说，拜登还会在适当时候与习近平会面。", {}, ["meeting 拜登+习近平 @- ? planned"], "2023-10-05"],
  ["白宮說，拜登還會在適當時候與習近平會面。", {}, ["meeting 拜登+习近平 @- ? planned"], "2023-10-05"],
  ["外交部表示，王毅会再访华盛顿。", {}, ["visit 王毅 @华盛顿 ? planned"], "2023-10-05"],
  ["外交部表示，王毅會再訪華盛頓。", {}, ["visit 王毅 @华盛顿 ? planned"], "2023-10-05"],
  // later today, this week, this year
  ["特朗普今天稍后转往首尔访问。", {}, ["visit 特朗普 @首尔 ? planned"], "2019-06-29"],
  ["川普今日稍後轉往首爾訪問。", {}, ["visit 特朗普 @首尔 ? planned"], "2019-06-29"],
  ["布林肯今年晚些时候访问北京。", {}, ["visit 布林肯 @北京 ? planned"], "2023-10-05"],
  ["布林肯今年晚些時候訪問北京。", {}, ["visit 布林肯 @北京 ? planned"], "2023-10-05"],
  // later today, but said done (了)
  ["拜登今天稍后还会见了岸田文雄。", {}, ["meeting 拜登+岸田文雄 @- ? happened"], "2023-10-05"],
  ["拜登今天稍後還會見了岸田文雄。", {}, ["meeting 拜登+岸田文雄 @- ? happened"], "2023-10-05"],
  // not the 会 of 会见 or of a noun, not 稍早
  ["拜登还会见了王毅。", {}, ["meeting 拜登+王毅 @- ? happened"], "2023-10-05"],
  ["拜登還會見了王毅。", {}, ["meeting 拜登+王毅 @- ? happened"], "2023-10-05"],
  ["习近平今天稍早在北京会见布林肯。", {}, ["meeting 习近平+布林肯 @北京 ? happened"], "2023-10-05"],
  ["習近平今天稍早在北京會見布林肯。", {}, ["meeting 习近平+布林肯 @北京 ? happened"], "2023-10-05"],
  // a day after the article's own day is ahead, whatever neutral cue (先后) the clause has
  ["马克龙本月25日起将展开亚洲之行，先后访问日本和韩国。", D25, ["visit 马克龙 @日本 2016-01-25 planned", "visit 马克龙 @韩国 2016-01-25 planned"], "2016-01-23"],
  ["王毅本月25日起將展開亞洲之行，先後訪問日本和韓國。", D25, ["visit 王毅 @日本 2016-01-25 planned", "visit 王毅 @韩国 2016-01-25 planned"], "2016-01-23"],
];

describe("events status-modal", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });

  it.each([
    ["峰会在利马举行", undefined],
    ["国会到时候表决", undefined],
    ["记者会上", undefined],
    ["他也会见了", undefined],
    ["两人也会面", undefined],
    ["当天稍后", undefined],
    ["习近平会在明年", "会"],
    ["他一定会", "一定会"],
    ["今天稍后", "今天稍后"],
    ["本周晚些时候", "本周晚些时候"],
  ])("should find the future cue of %s", (cue, want) => {
    expect(modalFuture(cue)).toBe(want);
  });
});
