// Table test of leaders named without an event (两国元首), long titles before a name, pronoun objects (会见了他).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: text (one paragraph), its times, the events, the document date. */
const ROWS: Row[] = [
  // 两国元首 with no earlier meeting: the last two heads of state of different countries the text named
  ["拜登称习近平是重要的对话者。美方希望两国元首年内再次会面。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["拜登稱習近平是重要的對話者。美方希望兩國元首年內再次會面。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  // …not two people of one country, nor anyone who is no head of state
  ["王毅与何立峰出席了活动。两国元首将会面。", {}, []],
  // a long title with 、 before the name; 他 from an earlier sentence than the previous one
  ["沙利文抵达北京。这是首次访华。他与中共中央外办主任、外长王毅举行了多轮会谈。", {}, ["visit 沙利文 @北京 ? happened", "meeting 沙利文+王毅 @- ? happened"]],
  ["沙利文抵達北京。這是首次訪華。他與中共中央外辦主任、外長王毅舉行了多輪會談。", {}, ["visit 沙利文 @北京 ? happened", "meeting 沙利文+王毅 @- ? happened"]],
  // a noun's pair word after the last name is its pair (为两国元首可能的会晤做准备)
  ["拜登与习近平通电话。布林肯此行希望为两国元首可能的会晤做准备。", {}, ["call 拜登+习近平 @- ? happened", "visit 布林肯 @- ? happened", "meeting 拜登+习近平 @- ? possible"]],
  ["拜登與習近平通電話。布林肯此行希望為兩國元首可能的會晤做準備。", {}, ["call 拜登+习近平 @- ? happened", "visit 布林肯 @- ? happened", "meeting 拜登+习近平 @- ? possible"]],
  // X任内: the name before 任内 is the subject when no other is named
  ["拜登任内最后一次与习近平会面，是2022年11月在巴厘岛。", { "2022年11月": ["2022-11-01", "2022-11-30", "month"] }, ["meeting 拜登+习近平 @巴厘岛 2022-11-01 happened"]],
  ["拜登任內最後一次與習近平會面，是2022年11月在巴厘島。", { "2022年11月": ["2022-11-01", "2022-11-30", "month"] }, ["meeting 拜登+习近平 @巴厘岛 2022-11-01 happened"]],
  // 会见了他: a pronoun object is the subject carried from the earlier clause
  ["朔尔茨访华期间，习近平会见了他。", {}, ["visit 朔尔茨 @中国 ? happened", "meeting 习近平+朔尔茨 @中国 ? happened"]],
  ["朔爾茨訪華期間，習近平會見了他。", {}, ["visit 朔尔茨 @中国 ? happened", "meeting 习近平+朔尔茨 @中国 ? happened"]],
];

describe("events leaders", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
