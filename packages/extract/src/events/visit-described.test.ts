// Table test of destinations a description introduces or implies: 巴西首都巴西利亚, 中美洲友邦危地马拉与伯利兹, 美属关岛, 来访.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

const D = "2023-04-14";
const Y1997 = { "1997年": ["1997-01-01", "1997-12-31", "year"] } as Row[1];

/** Each row: sentence, times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // a country's capital named after it: the city is the destination
  ["习近平将前往巴西首都巴西利亚，对巴西进行国事访问。", {}, ["visit 习近平 @巴西利亚 ? planned"], D],
  ["習近平將前往巴西首都巴西利亞，對巴西進行國事訪問。", {}, ["visit 习近平 @巴西利亚 ? planned"], D],
  ["拜登抵达秘鲁首都利马。", {}, ["visit 拜登 @利马 ? happened"], D],
  ["拜登抵達秘魯的首都利馬。", {}, ["visit 拜登 @利马 ? happened"], D],
  ["马克龙随后转往日本首都东京。", {}, ["visit 马克龙 @东京 ? happened"], D],
  ["馬克龍隨後轉往日本首都東京。", {}, ["visit 马克龙 @东京 ? happened"], D],
  // any other word between country and city leaves the country as written
  ["习近平抵达法国城市巴黎。", {}, ["visit 习近平 @法国 ? happened"], D],
  // a region that only describes the allies named after it: each ally is a visit
  ["马克龙出访中美洲友邦危地马拉与伯利兹。", {}, ["visit 马克龙 @危地马拉 ? happened", "visit 马克龙 @伯利兹 ? happened"], D],
  ["赖清德将先后访问中美洲两个友邦危地马拉和伯利兹。", {}, ["visit 赖清德 @危地马拉 ? planned", "visit 赖清德 @伯利兹 ? planned"], D],
  ["賴清德將先後訪問中美洲邦交國瓜地馬拉和貝里斯。", {}, ["visit 赖清德 @危地马拉 ? planned", "visit 赖清德 @伯利兹 ? planned"], D],
  ["岸田文雄出访亚洲盟国韩国和马来西亚。", {}, ["visit 岸田文雄 @韩国 ? happened", "visit 岸田文雄 @马来西亚 ? happened"], D],
  ["岸田文雄訪問亞洲國家新加坡、馬來西亞和印尼。", {}, ["visit 岸田文雄 @新加坡 ? happened", "visit 岸田文雄 @马来西亚 ? happened", "visit 岸田文雄 @印尼 ? happened"], D],
  ["马克龙访问欧洲伙伴德国。", {}, ["visit 马克龙 @德国 ? happened"], D],
  ["马克龙访问亚洲。", {}, ["visit 马克龙 @亚洲 ? happened"], D],
  // 美属/英属/法属: the holder written before a territory does not hide it
  ["赖清德回程过境美属关岛。", {}, ["visit 赖清德 @关岛 ? happened"], D],
  ["賴清德回程過境美屬關島。", {}, ["visit 赖清德 @关岛 ? happened"], D],
  ["赖清德将过境美属关岛，随后返台。", {}, ["visit 赖清德 @关岛 ? planned"], D],
  ["拜登前往美属关岛视察驻军。", {}, ["visit 拜登 @关岛 ? happened"], D],
  // an airport among venues: landing there is arriving in its city (a venue otherwise stays no destination)
  ["马克龙昨晚搭乘专机抵达羽田机场。", {}, ["visit 马克龙 @东京 ? happened"], D],
  ["馬克龍昨晚搭乘專機抵達羽田機場。", {}, ["visit 马克龙 @东京 ? happened"], D],
  ["岸田文雄抵达杜勒斯国际机场，随后前往白宫。", {}, ["visit 岸田文雄 @华盛顿 ? happened"], D],
  ["岸田文雄抵達杜勒斯國際機場。", {}, ["visit 岸田文雄 @华盛顿 ? happened"], D],
  ["拜登前往白宫会见沙利文。", {}, [], D],
  ["佩洛西抵达羽田机场。上一次是1997年时任议长特朗普来访。", Y1997, ["visit 佩洛西 @东京 ? happened", "visit 特朗普 @东京 1997-01-01 happened"], D],
  // 来访 with no place written: where the article's main visit went
  ["佩洛西抵达台湾。上一次是1997年时任议长特朗普来访。", Y1997, ["visit 佩洛西 @台湾 ? happened", "visit 特朗普 @台湾 1997-01-01 happened"], D],
  ["佩洛西抵達台灣。上一次是1997年時任議長特朗普來訪。", Y1997, ["visit 佩洛西 @台湾 ? happened", "visit 特朗普 @台湾 1997-01-01 happened"], D],
  ["佩洛西抵达台湾。王毅欢迎特朗普来访。", {}, ["visit 佩洛西 @台湾 ? happened"], D],
  ["佩洛西抵达台湾。王毅表示，特朗普明年来访。", {}, ["visit 佩洛西 @台湾 ? happened"], D],
  ["马克龙抵达北京。朔尔茨1997年也曾前来访问。", Y1997, ["visit 马克龙 @北京 ? happened", "visit 朔尔茨 @北京 1997-01-01 happened"], D],
  ["上一次是1997年时任议长特朗普来访。", Y1997, [], D],
  ["马克龙抵达北京。这也是1997年以来访问中国的最高级别法国官员。", Y1997, ["visit 马克龙 @北京 ? happened"], D],
  ["馬克龍抵達北京。這也是1997年以來訪問中國的最高級別法國官員。", Y1997, ["visit 马克龙 @北京 ? happened"], D],
  ["佩洛西抵达台湾。特朗普来访期间表示。", {}, ["visit 佩洛西 @台湾 ? happened", "visit 特朗普 @- ? happened"], D],
];

describe("events visit-described", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
