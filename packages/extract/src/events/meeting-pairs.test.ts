// Table test of who meets whom in a list: 先后/分别/相继 split counterparts; 三方/共同 and closed lists stay one meeting.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // 先后/分别/相继: one meeting with each counterpart
  ["朔尔茨在北京先后与李强和习近平会谈。", {}, ["meeting 朔尔茨+李强 @北京 ? happened", "meeting 朔尔茨+习近平 @北京 ? happened"]],
  ["朔爾茨在北京先後與李強和習近平會談。", {}, ["meeting 朔尔茨+李强 @北京 ? happened", "meeting 朔尔茨+习近平 @北京 ? happened"]],
  ["耶伦先后与何立峰、潘功胜举行会谈。", {}, ["meeting 耶伦+何立峰 @- ? happened", "meeting 耶伦+潘功胜 @- ? happened"]],
  ["耶倫先後與何立峰、潘功勝舉行會談。", {}, ["meeting 耶伦+何立峰 @- ? happened", "meeting 耶伦+潘功胜 @- ? happened"]],
  ["佩洛西相继会见了岸田文雄和尹锡悦。", {}, ["meeting 佩洛西+岸田文雄 @- ? happened", "meeting 佩洛西+尹锡悦 @- ? happened"]],
  ["佩洛西相繼會見了岸田文雄和尹錫悅。", {}, ["meeting 佩洛西+岸田文雄 @- ? happened", "meeting 佩洛西+尹锡悦 @- ? happened"]],
  ["克里分别与韩正和王毅会面。", {}, ["meeting 克里+韩正 @- ? happened", "meeting 克里+王毅 @- ? happened"]],
  ["克里分別與韓正和王毅會面。", {}, ["meeting 克里+韩正 @- ? happened", "meeting 克里+王毅 @- ? happened"]],
  // 三方, 共同: one meeting of all
  ["马克龙与习近平和冯德莱恩举行三方会谈。", {}, ["meeting 马克龙+习近平+冯德莱恩 @- ? happened"]],
  ["馬克龍與習近平和馮德萊恩舉行三方會談。", {}, ["meeting 马克龙+习近平+冯德莱恩 @- ? happened"]],
  ["习近平与马克龙、冯德莱恩共同会见记者。", {}, ["meeting 习近平+马克龙+冯德莱恩 @- ? happened"]],
  // a country before its city (日本东京) is one place: the closed list is one meeting
  ["布林肯抵达日本东京，与上川阳子、木原稔举行会谈。", {}, ["visit 布林肯 @东京 ? happened", "meeting 布林肯+上川阳子+木原稔 @东京 ? happened"]],
  ["布林肯抵達日本東京，與上川陽子、木原稔舉行會談。", {}, ["visit 布林肯 @东京 ? happened", "meeting 布林肯+上川阳子+木原稔 @东京 ? happened"]],
  // a noun's counterpart list after 与 keeps the subject's list written before it
  ["布林肯和沙利文在阿拉斯加与王毅、秦刚举行了会谈。", {}, ["meeting 布林肯+沙利文+王毅+秦刚 @- ? happened"]],
  ["布林肯和沙利文在阿拉斯加與王毅、秦剛舉行了會談。", {}, ["meeting 布林肯+沙利文+王毅+秦刚 @- ? happened"]],
  ["奥斯汀与耶伦在华盛顿同何立峰、董军举行了正式的会谈。", {}, ["meeting 奥斯汀+耶伦+何立峰+董军 @华盛顿 ? happened"]],
  ["布林肯此行是为拜登与习近平可能的会晤铺路。", {}, ["visit 布林肯 @- ? happened", "meeting 拜登+习近平 @- ? possible"]],
  // a name ending in a trigger's first character (何立峰|会谈) hides no trigger
  ["耶伦与李强和何立峰会谈。", {}, ["meeting 耶伦+李强+何立峰 @- ? happened"]],
  ["耶倫與李強和何立峰會談。", {}, ["meeting 耶伦+李强+何立峰 @- ? happened"]],
];

describe("events meeting-pairs", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
