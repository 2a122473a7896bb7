// Table test of the short visit verbs: a bare 访 with its place right after it (访中国, 首访俄罗斯) and 访/赴 + a country's one-character name (访韩, 赴柬).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 访 + a place written right after it, with 首/再/造/探 before it
  ["德国总理朔尔茨访中国三天。", {}, ["visit 朔尔茨 @中国 ? happened"]],
  ["德國總理朔爾茨訪中國三天。", {}, ["visit 朔尔茨 @中国 ? happened"]],
  ["去年3月，习近平在连任后首访俄罗斯。", month("去年3月", "2022-03"), ["visit 习近平 @俄罗斯 2022-03-01 happened"]],
  ["去年3月，習近平在連任後首訪俄羅斯。", month("去年3月", "2022-03"), ["visit 习近平 @俄罗斯 2022-03-01 happened"]],
  ["普京时隔多年再访朝鲜。", {}, ["visit 普京 @朝鲜 ? happened"]],
  ["马克龙将造访广州。", {}, ["visit 马克龙 @广州 ? planned"]],
  ["馬克龍將造訪廣州。", {}, ["visit 马克龙 @广州 ? planned"]],
  // 访中 / 訪中: Taiwan and Hong Kong outlets' word for a visit to China
  ["布林肯訪中期間會見王毅。", {}, ["visit 布林肯 @中国 ? happened", "meeting 布林肯+王毅 @- ? happened"]],
  ["耶伦访中时与何立峰会谈。", {}, ["visit 耶伦 @中国 ? happened", "meeting 耶伦+何立峰 @- ? happened"]],
  // 访/赴 + a country's one-character name
  ["拜登访越，会见阮富仲。", {}, ["visit 拜登 @place:vietnam ? happened"]],
  ["李强下月将访澳。", {}, ["visit 李强 @place:australia ? planned"]],
  ["尹锡悦邀请习近平访韩。", {}, ["visit 习近平 @韩国 ? planned"]],
  ["習近平去年曾赴柬出席會議。", {}, ["visit 习近平 @柬埔寨 ? happened"]],
  ["普京表示将访欧。", {}, ["visit 普京 @欧洲 ? planned"]],
  // a place, then 时/期间/亦/获 and a person: the place ends its phrase, it names no one's country
  ["布林肯上月访问北京时亦获习近平接见。", {}, ["visit 布林肯 @北京 ? happened", "meeting 布林肯+习近平 @北京 ? happened"]],
  ["布林肯上月訪問北京時亦獲習近平接見。", {}, ["visit 布林肯 @北京 ? happened", "meeting 布林肯+习近平 @北京 ? happened"]],
  ["耶伦访问北京期间受到李强接见。", {}, ["visit 耶伦 @北京 ? happened", "meeting 耶伦+李强 @北京 ? happened"]],
  // no visit: 访 inside another word, or no place right after it
  ["朔尔茨接受采访时谈到中国。", {}, []],
  ["朔爾茨接受專訪時談到中國。", {}, []],
  ["记者走访北京多家企业。", {}, []],
  ["马克龙在北京访民众。", {}, []],
  ["拜登受访时说，将与习近平会面。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["拜登受訪時說，將與習近平會面。", {}, ["meeting 拜登+习近平 @- ? planned"]],
];

describe("events short visit verbs", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
