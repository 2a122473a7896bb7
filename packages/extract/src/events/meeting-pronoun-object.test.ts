// Table test of a pronoun object with no carried subject: 他/她 is the subject of the sentences before.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: a paragraph, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  ["何立峰抵达华盛顿。拜登在白宫会见了他。", {}, ["visit 何立峰 @华盛顿 ? happened", "meeting 拜登+何立峰 @白宫 ? happened"]],
  ["何立峰抵達華盛頓。拜登在白宮會見了他。", {}, ["visit 何立峰 @华盛顿 ? happened", "meeting 拜登+何立峰 @白宫 ? happened"]],
  ["王毅与布林肯举行会谈。拜登随后接见了他。", {}, ["meeting 王毅+布林肯 @- ? happened", "meeting 拜登+王毅 @- ? happened"]],
  ["王毅與布林肯舉行會談。拜登隨後接見了他。", {}, ["meeting 王毅+布林肯 @- ? happened", "meeting 拜登+王毅 @- ? happened"]],
  ["耶伦本周访问北京。李强周五会见她。", {}, ["visit 耶伦 @北京 ? happened", "meeting 李强+耶伦 @- ? happened"]],
  ["耶倫本週訪問北京。李強週五會見她。", {}, ["visit 耶伦 @北京 ? happened", "meeting 李强+耶伦 @- ? happened"]],
  ["朔尔茨抵达北京。习近平将在人民大会堂会见他。", {}, ["visit 朔尔茨 @北京 ? happened", "meeting 习近平+朔尔茨 @人民大会堂 ? planned"]],
  ["朔爾茨抵達北京。習近平將在人民大會堂會見他。", {}, ["visit 朔尔茨 @北京 ? happened", "meeting 习近平+朔尔茨 @人民大会堂 ? planned"]],
  // 他的…, 他们: no one person
  ["王毅抵达华盛顿。拜登会见了他的团队。", {}, ["visit 王毅 @华盛顿 ? happened"]],
  ["王毅抵达华盛顿。拜登会见了他们。", {}, ["visit 王毅 @华盛顿 ? happened"]],
  // the pronoun is the speaker himself: no contact
  ["王毅抵达华盛顿。李强表示，他会见了很多美国官员。", {}, ["visit 王毅 @华盛顿 ? happened"]],
];

describe("events meeting-pronoun-object", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
