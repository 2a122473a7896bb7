// Table test of pronoun counterparts: 与他/同她 is the subject of the nearest clause before whose subject differs.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

/** Each row: a sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  ["普京预计周六发表讲话，马克龙也将在巴黎与他会面。", {}, ["meeting 马克龙+普京 @巴黎 ? planned"]],
  ["普京預計週六發表講話，馬克龍也將在巴黎與他會面。", {}, ["meeting 马克龙+普京 @巴黎 ? planned"]],
  ["耶伦今年7月访问北京时，何立峰曾与她举行长时间会谈。", {}, ["visit 耶伦 @北京 ? happened", "meeting 何立峰+耶伦 @北京 ? happened"]],
  ["耶倫今年7月訪問北京時，何立峰曾與她舉行長時間會談。", {}, ["visit 耶伦 @北京 ? happened", "meeting 何立峰+耶伦 @北京 ? happened"]],
  ["去年12月，特朗普出席典礼期间，曾在巴黎与马克龙和普京举行三方会晤；去年9月，普京还在纽约与他见过面。", {}, ["meeting 特朗普+马克龙+普京 @巴黎 ? happened", "meeting 普京+特朗普 @纽约 ? happened"]],
  ["去年12月，特朗普出席典禮期間，曾在巴黎與馬克龍和普京舉行三方會晤；去年9月，普京還在紐約與他見過面。", {}, ["meeting 特朗普+马克龙+普京 @巴黎 ? happened", "meeting 普京+特朗普 @纽约 ? happened"]],
  ["佩洛西抵达东京，岸田文雄随后同她会谈。", {}, ["visit 佩洛西 @东京 ? happened", "meeting 岸田文雄+佩洛西 @东京 ? happened"]],
  ["佩洛西抵達東京，岸田文雄隨後同她會談。", {}, ["visit 佩洛西 @东京 ? happened", "meeting 岸田文雄+佩洛西 @东京 ? happened"]],
  ["朔尔茨周五抵达北京，李强当天与他举行会谈。", {}, ["visit 朔尔茨 @北京 ? happened", "meeting 李强+朔尔茨 @北京 ? happened"]],
  ["朔爾茨週五抵達北京，李強當天與他舉行會談。", {}, ["visit 朔尔茨 @北京 ? happened", "meeting 李强+朔尔茨 @北京 ? happened"]],
  ["马克龙与他们会谈。", {}, []],
  ["馬克龍與他們會談。", {}, []],
  ["王毅说，他与布林肯会谈。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  ["王毅說，他與布林肯會談。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  ["岸田文雄说，他希望尽快与他的团队见面。", {}, []],
  // nothing before in the sentence: the previous sentence's subject
  ["普京周一抵达莫斯科。马克龙随后与他举行会谈。", {}, ["meeting 马克龙+普京 @- ? happened"]],
  ["普京週一抵達莫斯科。馬克龍隨後與他舉行會談。", {}, ["meeting 马克龙+普京 @- ? happened"]],
  ["特朗普曾在巴黎与马克龙举行会晤。去年9月，马克龙还在纽约与他见过面。", {}, ["meeting 特朗普+马克龙 @巴黎 ? happened", "meeting 马克龙+特朗普 @纽约 ? happened"]],
  ["特朗普曾在巴黎與馬克龍舉行會晤。去年9月，馬克龍還在紐約與他見過面。", {}, ["meeting 特朗普+马克龙 @巴黎 ? happened", "meeting 马克龙+特朗普 @纽约 ? happened"]],
  // the pronoun is the visitor of the sentence's visit: the meeting takes the visit's date and place
  ["马克龙今年3月对中国进行国事访问，习近平在人民大会堂与他举行会谈。", month("今年3月", "2024-03"), ["visit 马克龙 @中国 2024-03-01 happened", "meeting 习近平+马克龙 @人民大会堂 2024-03-01 happened"], "2024-12-04"],
  ["馬克龍今年3月對中國進行國事訪問，習近平在人民大會堂與他舉行會談。", month("今年3月", "2024-03"), ["visit 马克龙 @中国 2024-03-01 happened", "meeting 习近平+马克龙 @人民大会堂 2024-03-01 happened"], "2024-12-04"],
  ["布林肯6月访华时，习近平曾在人民大会堂会见他。", month("6月", "2023-06"), ["visit 布林肯 @中国 2023-06-01 happened", "meeting 习近平+布林肯 @人民大会堂 2023-06-01 happened"]],
  ["布林肯6月訪華時，習近平曾在人民大會堂會見他。", month("6月", "2023-06"), ["visit 布林肯 @中国 2023-06-01 happened", "meeting 习近平+布林肯 @人民大会堂 2023-06-01 happened"]],
  ["朔尔茨6月访问北京，李强会见了他。", month("6月", "2023-06"), ["visit 朔尔茨 @北京 2023-06-01 happened", "meeting 李强+朔尔茨 @北京 2023-06-01 happened"]],
  ["朔爾茨6月訪問北京，李強會見了他。", month("6月", "2023-06"), ["visit 朔尔茨 @北京 2023-06-01 happened", "meeting 李强+朔尔茨 @北京 2023-06-01 happened"]],
];

describe("events meeting-pronouns", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
