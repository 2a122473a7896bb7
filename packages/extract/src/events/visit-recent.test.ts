// Table test of undated legs of the trip under way: dated to the two weeks before the article, nothing else moves.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 此次…之行 / 此行 / 已先后: the legs before the article's date
  ["李强此次欧洲之行已先后到访德国和法国。", {}, ["visit 李强 @德国 2024-06-06 happened", "visit 李强 @法国 2024-06-06 happened"], "2024-06-20"],
  ["李強此次歐洲之行已先後到訪德國和法國。", {}, ["visit 李强 @德国 2024-06-06 happened", "visit 李强 @法国 2024-06-06 happened"], "2024-06-20"],
  ["奥斯汀此行已先后访问日本和韩国。", {}, ["visit 奥斯汀 @日本 2024-06-06 happened", "visit 奥斯汀 @韩国 2024-06-06 happened"], "2024-06-20"],
  ["奧斯汀此行已先後訪問日本和韓國。", {}, ["visit 奥斯汀 @日本 2024-06-06 happened", "visit 奥斯汀 @韩国 2024-06-06 happened"], "2024-06-20"],
  ["康达本次亚洲之行访问了新加坡。", {}, ["visit 康达 @新加坡 2024-06-06 happened"], "2024-06-20"],
  ["康達本次亞洲之行訪問了新加坡。", {}, ["visit 康达 @新加坡 2024-06-06 happened"], "2024-06-20"],
  ["他此前已先后访问柬埔寨和印尼。", {}, [], "2024-06-20"],
  ["秦刚此前已先后访问柬埔寨和印尼。", {}, ["visit 秦刚 @柬埔寨 2024-06-06 happened", "visit 秦刚 @印尼 2024-06-06 happened"], "2024-06-20"],
  // 结束对X的访问: the leg just ended
  ["朔尔茨刚刚结束对日本的访问。", {}, ["visit 朔尔茨 @日本 2024-06-06 happened"], "2024-06-20"],
  ["朔爾茨剛剛結束對日本的訪問。", {}, ["visit 朔尔茨 @日本 2024-06-06 happened"], "2024-06-20"],
  ["岸田文雄结束对法国的访问后飞抵德国。", {}, ["visit 岸田文雄 @法国 2024-06-06 happened", "visit 岸田文雄 @德国 2024-06-06 happened"], "2024-06-20"],
  ["岸田文雄結束對法國的訪問後飛抵德國。", {}, ["visit 岸田文雄 @法国 2024-06-06 happened", "visit 岸田文雄 @德国 2024-06-06 happened"], "2024-06-20"],
  // a date the text gives wins; a planned visit and a visit of some time ago stay undated
  ["秦刚此行已于5月访问柬埔寨。", month("5月", "2024-05"), ["visit 秦刚 @柬埔寨 2024-05-01 happened"], "2024-06-20"],
  ["秦刚此次亚洲之行将访问柬埔寨。", {}, ["visit 秦刚 @柬埔寨 ? planned"], "2024-06-20"],
  ["秦剛此次亞洲之行將訪問柬埔寨。", {}, ["visit 秦刚 @柬埔寨 ? planned"], "2024-06-20"],
  ["不久前刚刚访华的雷蒙多表示担忧。", {}, ["visit 雷蒙多 @中国 ? happened"], "2024-06-20"],
  ["不久前剛剛訪華的雷蒙多表示擔憂。", {}, ["visit 雷蒙多 @中国 ? happened"], "2024-06-20"],
  ["雷蒙多曾访问日本。", {}, ["visit 雷蒙多 @日本 ? happened"], "2024-06-20"],
  ["秦刚12日结束对柬埔寨的访问。", day("12日", "2024-06-12"), ["visit 秦刚 @柬埔寨 2024-06-12 happened"], "2024-06-20"],
];

describe("events visit-recent", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
