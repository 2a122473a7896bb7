// Table test of trip nouns (巴厘岛和曼谷之行, 中东三国之行, 北京之旅) and leg clauses that open with 那次他/当时她.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

const D = "2023-12-09";

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // the places right before 之行/之旅, each country of a list a visit of its own
  ["习近平11月的巴厘岛之行备受关注。", month("11月", "2023-11"), ["visit 习近平 @巴厘岛 2023-11-01 happened"], D],
  ["習近平11月的巴厘島之行備受關注。", month("11月", "2023-11"), ["visit 习近平 @巴厘岛 2023-11-01 happened"], D],
  ["马克龙上月的日本和韩国之行成果丰硕。", month("上月", "2023-11"), ["visit 马克龙 @日本 2023-11-01 happened", "visit 马克龙 @韩国 2023-11-01 happened"], D],
  ["馬克龍上月的日本和韓國之行成果豐碩。", month("上月", "2023-11"), ["visit 马克龙 @日本 2023-11-01 happened", "visit 马克龙 @韩国 2023-11-01 happened"], D],
  ["布林肯此次北京之行成果有限。", {}, ["visit 布林肯 @北京 2023-11-25 happened"], D],
  ["布林肯此次北京之旅成果有限。", {}, ["visit 布林肯 @北京 2023-11-25 happened"], D],
  ["朔尔茨的印尼巴厘岛之行引发争议。", {}, ["visit 朔尔茨 @巴厘岛 ? happened"], D],
  ["耶伦11月的东京之行将讨论汇率。", month("11月", "2023-11"), ["visit 耶伦 @东京 2023-11-01 happened"], D],
  // no place right before the noun, or only a continent while a country is named: no such visit
  ["这是一次和平之旅。", {}, [], D],
  ["拜登的访华之行引人注目。", {}, ["visit 拜登 @中国 ? happened"], D],
  ["普京上月的亚洲三国之行首站是日本。", month("上月", "2023-11"), [], D],
  // a leg clause may open with 那次 and the traveller's pronoun (not 当时: its subject may be anyone named before)
  ["普京去年5月访问中国，那次他还访问了朝鲜。", month("去年5月", "2022-05"), ["visit 普京 @中国 2022-05-01 happened", "visit 普京 @朝鲜 2022-05-01 happened"], D],
  ["普京去年5月訪問中國，那次他還訪問了朝鮮。", month("去年5月", "2022-05"), ["visit 普京 @中国 2022-05-01 happened", "visit 普京 @朝鲜 2022-05-01 happened"], D],
  ["岸田文雄去年5月访问韩国，当时他还前往日本。", month("去年5月", "2022-05"), ["visit 岸田文雄 @韩国 2022-05-01 happened"], D],
];

describe("events trip nouns", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
