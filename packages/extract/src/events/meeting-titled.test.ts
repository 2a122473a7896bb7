// Table test: a side written as a bare title (总统今天已经同…通了电话) is the story's holder of that title.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentences, their times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  ["拜登抵达东京。总统今天早些时候已经同岸田文雄通了电话。", {}, ["visit 拜登 @东京 ? happened", "call 拜登+岸田文雄 @- ? happened"]],
  ["拜登抵達東京。總統今天早些時候已經同岸田文雄通了電話。", {}, ["visit 拜登 @东京 ? happened", "call 拜登+岸田文雄 @- ? happened"]],
  // the counterpart holds the title too: the holder is the other one named before
  ["马克龙抵达北京。总统随后与习近平会谈。", {}, ["visit 马克龙 @北京 ? happened", "meeting 马克龙+习近平 @- ? happened"]],
  ["馬克龍抵達北京。總統隨後與習近平會談。", {}, ["visit 马克龙 @北京 ? happened", "meeting 马克龙+习近平 @- ? happened"]],
  ["普京抵达北京。这位总统随后与习近平会谈。", {}, ["visit 普京 @北京 ? happened", "meeting 普京+习近平 @- ? happened"]],
  ["普京抵達北京。這位總統隨後與習近平會談。", {}, ["visit 普京 @北京 ? happened", "meeting 普京+习近平 @- ? happened"]],
  // an office (总统府), someone of the holder's (总统的助手), or nobody holding the title: no side
  ["马克龙抵达北京。总统府随后与习近平会谈。", {}, ["visit 马克龙 @北京 ? happened"]],
  ["普京抵达北京。总统的助手与习近平会谈。", {}, ["visit 普京 @北京 ? happened"]],
  ["岸田文雄抵达北京。首相随后与习近平会谈。", {}, ["visit 岸田文雄 @北京 ? happened"]],
  ["岸田文雄抵達北京。首相隨後與習近平會談。", {}, ["visit 岸田文雄 @北京 ? happened"]],
  // 讨论 inside another contact is no side's own meeting
  ["拜登抵达东京。柯比说，总统并未在通话中与习近平讨论具体行程。", {}, ["visit 拜登 @东京 ? happened"]],
  ["拜登抵達東京。柯比說，總統並未在通話中與習近平討論具體行程。", {}, ["visit 拜登 @东京 ? happened"]],
];

describe("events meeting-titled", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
