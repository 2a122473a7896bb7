// Table test of arrivals "too" (习近平也在星期一抵达): the place of the document's last visit, when none is written.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, times, showEvents } from "./testing.ts";

const D = "2022-11-15";
const T = times(day("星期日", "2022-11-13"), day("星期一", "2022-11-14"));

/** Each row: sentences, times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 也/亦 抵达 with no place: where the last visit of the document arrived
  ["拜登星期日抵达巴厘岛。习近平也在星期一抵达，将出席峰会。", T, ["visit 拜登 @巴厘岛 2022-11-13 happened", "visit 习近平 @巴厘岛 2022-11-14 happened"], D],
  ["拜登星期日抵達巴厘島。習近平也在星期一抵達，將出席峰會。", T, ["visit 拜登 @巴厘岛 2022-11-13 happened", "visit 习近平 @巴厘岛 2022-11-14 happened"], D],
  ["布林肯星期日抵达东京。奥斯汀星期一也抵达。", T, ["visit 布林肯 @东京 2022-11-13 happened", "visit 奥斯汀 @东京 2022-11-14 happened"], D],
  ["布林肯星期日抵達東京。奧斯汀星期一也抵達。", T, ["visit 布林肯 @东京 2022-11-13 happened", "visit 奥斯汀 @东京 2022-11-14 happened"], D],
  ["马克龙星期日飞抵北京。朔尔茨星期一亦飞抵。", T, ["visit 马克龙 @北京 2022-11-13 happened", "visit 朔尔茨 @北京 2022-11-14 happened"], D],
  ["馬克龍星期日飛抵北京。朔爾茨星期一亦飛抵。", T, ["visit 马克龙 @北京 2022-11-13 happened", "visit 朔尔茨 @北京 2022-11-14 happened"], D],
  // a visitor in its own country, a place written after the verb, an unnamed visitor, no earlier visit, or 访问 (not an arrival)
  ["岸田文雄星期日抵达首尔，尹锡悦同日也抵达。", T, ["visit 岸田文雄 @首尔 2022-11-13 happened"], D],
  ["岸田文雄星期日抵达新加坡。李强也在星期一抵达了马来西亚。", T, ["visit 岸田文雄 @新加坡 2022-11-13 happened", "visit 李强 @马来西亚 2022-11-14 happened"], D],
  ["岸田文雄星期日抵達新加坡。李強也在星期一抵達了馬來西亞。", T, ["visit 岸田文雄 @新加坡 2022-11-13 happened", "visit 李强 @马来西亚 2022-11-14 happened"], D],
  ["拜登星期日抵达巴厘岛。印尼总统也在星期一抵达。", T, ["visit 拜登 @巴厘岛 2022-11-13 happened"], D],
  ["习近平星期日抵达旧金山。拜登也在星期一抵达。", T, ["visit 习近平 @旧金山 2022-11-13 happened"], D],
  ["習近平星期日抵達舊金山。拜登也在星期一抵達。", T, ["visit 习近平 @旧金山 2022-11-13 happened"], D],
  ["习近平星期一抵达，将出席峰会。", T, [], D],
  ["習近平星期一抵達，將出席峰會。", T, [], D],
  ["拜登星期日抵达巴厘岛。习近平也在星期一访问。", T, ["visit 拜登 @巴厘岛 2022-11-13 happened"], D],
  ["拜登星期日抵達巴厘島。習近平也在星期一訪問。", T, ["visit 拜登 @巴厘岛 2022-11-13 happened"], D],
];

describe("events visit-also", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
