// Table test of contacts between sides: one country's people, an unnamed counterpart, people who travel together.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // every participant of one country: a delegation, not a contact
  ["王毅与秦刚在北京会面。", {}, []],
  ["王毅與秦剛在北京會面。", {}, []],
  ["韩正、李强和王毅在人民大会堂会谈。", {}, []],
  ["韓正、李強和王毅在人民大會堂會談。", {}, []],
  ["习近平和李强在北京会谈。", {}, []],
  ["習近平和李強在北京會談。", {}, []],
  ["上川阳子与木原稔在东京会面。", {}, []],
  // the named people are one side of a meeting with a side nobody names
  ["布林肯与沙利文在维也纳与中方代表会谈。", {}, []],
  ["布林肯與沙利文在維也納與中方代表會談。", {}, []],
  ["拜登与马克龙在巴黎与欧盟代表会谈。", {}, []],
  ["拜登與馬克龍在巴黎與歐盟代表會談。", {}, []],
  ["朔尔茨和马克龙同俄方官员举行会晤。", {}, []],
  ["朔爾茨和馬克龍同俄方官員舉行會晤。", {}, []],
  ["王毅与李强在北京会见了外国使节。", {}, []],
  // travelling together is no meeting (偕同…前往); a host who accompanies a guest (陪同) is
  ["岸田文雄偕同尹锡悦前往华盛顿举行会谈。", {}, ["visit 尹锡悦 @华盛顿 ? happened"]],
  ["岸田文雄偕同尹錫悅前往華盛頓舉行會談。", {}, ["visit 尹锡悦 @华盛顿 ? happened"]],
  ["布林肯和奥斯汀一同访问东京并举行会谈。", {}, ["visit 布林肯+奥斯汀 @东京 ? happened"]],
  ["布林肯和奧斯汀一同訪問東京並舉行會談。", {}, ["visit 布林肯+奥斯汀 @东京 ? happened"]],
  // a host who accompanies a guest (陪同) meets him; people of one side who accompany their leader do not
  ["马克龙陪同习近平前往巴黎参观。", {}, ["meeting 马克龙+习近平 @巴黎 ? happened", "visit 习近平 @巴黎 ? happened"]],
  ["馬克龍陪同習近平前往巴黎參觀。", {}, ["meeting 马克龙+习近平 @巴黎 ? happened", "visit 习近平 @巴黎 ? happened"]],
  ["朔尔茨陪同李强参观了工厂。", {}, ["meeting 朔尔茨+李强 @- ? happened"]],
  ["朔爾茨陪同李強參觀了工廠。", {}, ["meeting 朔尔茨+李强 @- ? happened"]],
  // 在…陪同下: an entourage, or leaders side by side at a ceremony, not a meeting
  ["习近平在普京陪同下参观了莫斯科。", {}, []],
  ["習近平在普京與金正恩陪同下步上城樓。", {}, []],
  ["秦刚和王毅陪同出访。", {}, []],
  ["秦剛和王毅陪同出訪。", {}, []],
  ["布林肯、沙利文等陪同出席。", {}, []],
  // attending a conference together is no contact between the attendees
  ["普京与马克龙也到场参加今天举行的峰会。", {}, []],
  ["普京與馬克龍也到場參加今天舉行的峰會。", {}, []],
  ["岸田文雄与尹锡悦一同出席了会议。", {}, []],
  ["岸田文雄與尹錫悅一同出席了會議。", {}, []],
  ["普京与马克龙在峰会期间举行会谈。", {}, ["meeting 普京+马克龙 @- ? happened"]],
  ["普京與馬克龍在峰會期間舉行會談。", {}, ["meeting 普京+马克龙 @- ? happened"]],
  // sides that differ, or a counterpart that is named, stay one contact
  ["马克龙与冯德莱恩在北京与习近平会谈。", {}, ["meeting 马克龙+冯德莱恩+习近平 @北京 ? happened"]],
  ["馬克龍與馮德萊恩在北京與習近平會談。", {}, ["meeting 马克龙+冯德莱恩+习近平 @北京 ? happened"]],
  ["布林肯和沙利文在維也納與王毅舉行會談。", {}, ["meeting 布林肯+沙利文+王毅 @维也纳 ? happened"]],
  ["何立峰與耶倫在舊金山會談。", {}, ["meeting 何立峰+耶伦 @旧金山 ? happened"]],
  ["赖清德与习近平从未会面。", {}, ["meeting 赖清德+习近平 @- ? not-happened"]],
  // 同意, 同日, 与会 are no counterpart
  ["拜登与习近平同意举行会谈。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["拜登與習近平同意舉行會談。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["拜登與習近平同日在巴厘島會談。", {}, ["meeting 拜登+习近平 @巴厘岛 ? happened"]],
  ["普京与王毅在与会期间会谈。", {}, ["meeting 普京+王毅 @- ? happened"]],
];

describe("events meeting-sides", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
