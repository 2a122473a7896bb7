// Table test of listed destinations: each country of 访问A、B和C (or 对A和B的访问) is a visit of its own.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents } from "./testing.ts";

const D24 = "2024-12-02";

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 访问A、B和C: one visit per listed country, sharing the clause's date and status
  ["谢锋此前已先后访问日本、韩国和俄罗斯。", {}, ["visit 谢锋 @日本 2023-09-21 happened", "visit 谢锋 @韩国 2023-09-21 happened", "visit 谢锋 @俄罗斯 2023-09-21 happened"]],
  ["謝鋒此前已先後訪問日本、韓國和俄羅斯。", {}, ["visit 谢锋 @日本 2023-09-21 happened", "visit 谢锋 @韩国 2023-09-21 happened", "visit 谢锋 @俄罗斯 2023-09-21 happened"]],
  ["王毅此次欧洲之行已先后到访法国、德国和俄罗斯，并出席会议。", {}, ["visit 王毅 @法国 2023-09-21 happened", "visit 王毅 @德国 2023-09-21 happened", "visit 王毅 @俄罗斯 2023-09-21 happened"]],
  ["王毅此次歐洲之行已先後到訪法國、德國和俄羅斯，並出席會議。", {}, ["visit 王毅 @法国 2023-09-21 happened", "visit 王毅 @德国 2023-09-21 happened", "visit 王毅 @俄罗斯 2023-09-21 happened"]],
  ["佩洛西此次亚洲行先后访问新加坡、马来西亚。", {}, ["visit 佩洛西 @新加坡 2023-09-21 happened", "visit 佩洛西 @马来西亚 2023-09-21 happened"]],
  ["佩洛西此次亞洲行先後訪問新加坡、馬來西亞。", {}, ["visit 佩洛西 @新加坡 2023-09-21 happened", "visit 佩洛西 @马来西亚 2023-09-21 happened"]],
  ["习近平将于5月出访法国和柬埔寨。", month("5月", "2024-05"), ["visit 习近平 @法国 2024-05-01 planned", "visit 习近平 @柬埔寨 2024-05-01 planned"], "2024-04-20"],
  ["習近平將於5月出訪法國和柬埔寨。", month("5月", "2024-05"), ["visit 习近平 @法国 2024-05-01 planned", "visit 习近平 @柬埔寨 2024-05-01 planned"], "2024-04-20"],
  ["奥斯汀12日起访问日本、韩国及印尼。", day("12日", "2023-10-12"), ["visit 奥斯汀 @日本 2023-10-12 happened", "visit 奥斯汀 @韩国 2023-10-12 happened", "visit 奥斯汀 @印尼 2023-10-12 happened"], "2023-10-15"],
  // 结束对A和B的访问: the visited countries of 对…的访问
  ["布林肯刚刚结束对日本和韩国的访问。", {}, ["visit 布林肯 @日本 2023-09-21 happened", "visit 布林肯 @韩国 2023-09-21 happened"]],
  ["布林肯是在結束對日本和韓國的訪問後直接飛抵莫斯科。", {}, ["visit 布林肯 @日本 2023-09-21 happened", "visit 布林肯 @韩国 2023-09-21 happened", "visit 布林肯 @莫斯科 2023-09-21 happened"]],
  ["朔尔茨对日本和新加坡的访问引人关注。", {}, ["visit 朔尔茨 @日本 ? happened", "visit 朔尔茨 @新加坡 ? happened"]],
  // cities of different countries, with their countries written before them
  ["马克龙先后访问日本东京和韩国首尔。", {}, ["visit 马克龙 @东京 ? happened", "visit 马克龙 @首尔 ? happened"]],
  ["馬克龍先後訪問日本東京和韓國首爾。", {}, ["visit 马克龙 @东京 ? happened", "visit 马克龙 @首尔 ? happened"]],
  // cities of one country stay one trip to the country; the visitor's own country is no destination
  ["耶伦先后访问广州、上海和北京。", {}, ["visit 耶伦 @中国 ? happened"]],
  ["耶倫先後訪問廣州、上海和北京。", {}, ["visit 耶伦 @中国 ? happened"]],
  ["布林肯先后访问日本和美国。", {}, ["visit 布林肯 @日本 ? happened"]],
  // a list that breaks off is not a list: 访问日本后与韩国…
  ["岸田文雄访问法国后与马克龙会谈。", {}, ["visit 岸田文雄 @法国 ? happened", "meeting 岸田文雄+马克龙 @- ? happened"]],
  // 过境A和B: transit stops are one each, even in one country (访问A和B of one country stays one trip)
  ["赖清德出访马来西亚时，曾先后过境纽约和旧金山。", {}, ["visit 赖清德 @马来西亚 ? happened", "visit 赖清德 @纽约 ? happened", "visit 赖清德 @旧金山 ? happened"], D24],
  ["賴清德曾先後過境紐約和舊金山。", {}, ["visit 赖清德 @纽约 ? happened", "visit 赖清德 @旧金山 ? happened"], D24],
  ["赖清德将过境纽约和旧金山。", {}, ["visit 赖清德 @纽约 ? planned", "visit 赖清德 @旧金山 ? planned"], D24],
  ["賴清德去程過境紐約，回程過境舊金山。", {}, ["visit 赖清德 @纽约 ? happened", "visit 赖清德 @旧金山 ? happened"], D24],
  ["赖清德访问纽约和旧金山。", {}, ["visit 赖清德 @美国 ? happened"], D24],
  ["赖清德过境纽约和纽约。", {}, ["visit 赖清德 @纽约 ? happened"], D24],
];

describe("events itinerary", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
