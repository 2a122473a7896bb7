// Table test of what 两人/双方/两国元首 point at across sentences: the last pair named, or the article's main leaders.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: a paragraph of sentences, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // 两人 is the last pair the text joins with 与, with an event or without
  ["拜登与习近平在旧金山会晤。这是何立峰第三次与耶伦沟通。两人曾举行视频通话。", {}, ["meeting 拜登+习近平 @旧金山 ? happened", "call 何立峰+耶伦 @- ? happened"]],
  ["拜登與習近平在舊金山會晤。這是何立峰第三次與耶倫溝通。兩人曾舉行視頻通話。", {}, ["meeting 拜登+习近平 @旧金山 ? happened", "call 何立峰+耶伦 @- ? happened"]],
  ["习近平与布林肯会面。习近平将与拜登会面。两人上一次会晤是在巴厘岛。", {}, ["meeting 习近平+布林肯 @- ? happened", "meeting 习近平+拜登 @- ? planned", "meeting 习近平+拜登 @巴厘岛 ? happened"]],
  ["習近平與布林肯會面。習近平將與拜登會面。兩人上一次會晤是在巴厘島。", {}, ["meeting 习近平+布林肯 @- ? happened", "meeting 习近平+拜登 @- ? planned", "meeting 习近平+拜登 @巴厘岛 ? happened"]],
  ["特朗普与金正恩会面。特朗普与普京会谈。两人上次会面是在赫尔辛基。", {}, ["meeting 特朗普+金正恩 @- ? happened", "meeting 特朗普+普京 @- ? happened", "meeting 特朗普+普京 @- ? happened"]],
  ["拜登与习近平会晤。两位领导人同意恢复军事对话。两人还将通电话。", {}, ["meeting 拜登+习近平 @- ? happened", "call 拜登+习近平 @- ? planned"]],
  ["拜登與習近平會晤。兩位領導人同意恢復軍事對話。兩人還將通電話。", {}, ["meeting 拜登+习近平 @- ? happened", "call 拜登+习近平 @- ? planned"]],
  ["奥斯汀与魏凤和只在晚宴上握手，两人没有举行会谈。", {}, ["meeting 奥斯汀+魏凤和 @- ? not-happened"]],
  // 两国元首 is the article's main pair of leaders, not the leader pair named last
  [
    "拜登与习近平在旧金山会晤。习近平此前与岸田文雄会面。两国元首上一次面对面会谈是在巴厘岛。",
    {},
    ["meeting 拜登+习近平 @旧金山 ? happened", "meeting 习近平+岸田文雄 @- ? happened", "meeting 拜登+习近平 @巴厘岛 ? happened"],
  ],
  [
    "拜登與習近平在舊金山會晤。習近平此前與岸田文雄會面。兩國元首上一次面對面會談是在巴厘島。",
    {},
    ["meeting 拜登+习近平 @旧金山 ? happened", "meeting 习近平+岸田文雄 @- ? happened", "meeting 拜登+习近平 @巴厘岛 ? happened"],
  ],
  ["习近平与普京在莫斯科会谈。李强与普京举行会谈。两国元首将再次会面。", {}, ["meeting 习近平+普京 @莫斯科 ? happened", "meeting 李强+普京 @- ? happened", "meeting 习近平+普京 @- ? planned"]],
  ["習近平與普京在莫斯科會談。李強與普京舉行會談。兩國元首將再次會面。", {}, ["meeting 习近平+普京 @莫斯科 ? happened", "meeting 李强+普京 @- ? happened", "meeting 习近平+普京 @- ? planned"]],
  ["马克龙与习近平会谈。冯德莱恩与习近平会面。两国元首共同会见记者。", {}, ["meeting 马克龙+习近平 @- ? happened", "meeting 冯德莱恩+习近平 @- ? happened", "meeting 马克龙+习近平 @- ? happened"]],
  ["馬克龍與習近平會談。馮德萊恩與習近平會面。兩國元首共同會見記者。", {}, ["meeting 马克龙+习近平 @- ? happened", "meeting 冯德莱恩+习近平 @- ? happened", "meeting 马克龙+习近平 @- ? happened"]],
  ["王毅与布林肯会谈。拜登与习近平将在旧金山会晤。两国元首上次会晤是在巴厘岛。", {}, ["meeting 王毅+布林肯 @- ? happened", "meeting 拜登+习近平 @旧金山 ? planned", "meeting 拜登+习近平 @巴厘岛 ? happened"]],
  ["王毅與布林肯會談。拜登與習近平將在舊金山會晤。兩國元首上次會晤是在巴厘島。", {}, ["meeting 王毅+布林肯 @- ? happened", "meeting 拜登+习近平 @旧金山 ? planned", "meeting 拜登+习近平 @巴厘岛 ? happened"]],
];

describe("events meeting-referents", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
