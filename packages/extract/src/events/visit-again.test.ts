// Table test of a leg clause that opens with a repetition or first-time adverb (…，上月再度访问A、B和C): the clause before names the traveller.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 再度 / 再次 / 又一次 / 再一次: the traveller of the earlier clause travels again
  ["美国国务卿布林肯多次穿梭亚洲，上月再度访问日本、韩国和新加坡。", month("上月", "2024-06"), ["visit 布林肯 @日本 2024-06-01 happened", "visit 布林肯 @韩国 2024-06-01 happened", "visit 布林肯 @新加坡 2024-06-01 happened"], "2024-07-20"],
  ["美國國務卿布林肯多次穿梭亞洲，上月再度訪問日本、韓國和新加坡。", month("上月", "2024-06"), ["visit 布林肯 @日本 2024-06-01 happened", "visit 布林肯 @韩国 2024-06-01 happened", "visit 布林肯 @新加坡 2024-06-01 happened"], "2024-07-20"],
  ["王毅近年频繁出访，本月再次访问俄罗斯。", month("本月", "2024-07"), ["visit 王毅 @俄罗斯 2024-07-01 happened"], "2024-07-20"],
  ["王毅近年頻繁出訪，本月再次訪問俄羅斯。", month("本月", "2024-07"), ["visit 王毅 @俄罗斯 2024-07-01 happened"], "2024-07-20"],
  ["耶伦去年两度访华，本月又一次前往北京。", month("本月", "2024-07"), ["visit 耶伦 @北京 2024-07-01 happened"], "2024-07-20"],
  ["耶倫去年兩度訪華，本月再一次前往北京。", month("本月", "2024-07"), ["visit 耶伦 @北京 2024-07-01 happened"], "2024-07-20"],
  // 首度 / 首次 / 第N次: the first or n-th trip of the same traveller
  ["马克龙重视对华关系，上月首度访问广州。", month("上月", "2024-06"), ["visit 马克龙 @广州 2024-06-01 happened"], "2024-07-20"],
  ["馬克龍重視對華關係，上月首次訪問廣州。", month("上月", "2024-06"), ["visit 马克龙 @广州 2024-06-01 happened"], "2024-07-20"],
  ["沙利文与王毅保持沟通，12日第三度抵达维也纳。", day("12日", "2024-07-12"), ["visit 沙利文 @维也纳 2024-07-12 happened"], "2024-07-20"],
  // 此前/曾 name an earlier trip whose date the clause before does not give: no leg of it
  ["欧尔班本月8日在北京会见习近平，此前他已先后到访基辅和莫斯科。", {}, []],
  // a clause naming someone else keeps its own subject; a relative clause names no traveller
  ["布林肯多次穿梭亚洲，沙利文上月再度访问日本。", month("上月", "2024-06"), ["visit 沙利文 @日本 2024-06-01 happened"], "2024-07-20"],
];

describe("visit-again", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect(showEvents(sentence, spec, published)).toEqual(want);
  });
});
