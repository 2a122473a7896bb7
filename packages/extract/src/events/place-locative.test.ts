// Table test of meeting places: 在X not across an event verb, travel verbs with a descriptor, a visit's
// when-clause, a place naming the meeting (马耳他会晤), a carried subject's travel.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

const SEPT = month("去年9月", "2022-09");

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // 在X governs X, not a name after the event verb that follows it
  ["习近平在北京出席上海合作组织峰会期间与普京会谈。", {}, ["meeting 习近平+普京 @北京 ? happened"]],
  ["習近平在北京出席上海合作組織峰會期間與普京會談。", {}, ["meeting 习近平+普京 @北京 ? happened"]],
  ["王毅在东京举行的会议上与上川阳子会谈。", {}, ["meeting 王毅+上川阳子 @东京 ? happened"]],
  // a travel verb, with a descriptor of the place between
  ["拜登将前往港口城市上海，与习近平举行会晤。", {}, ["meeting 拜登+习近平 @上海 ? planned"]],
  ["拜登將前往港口城市上海，與習近平舉行會晤。", {}, ["meeting 拜登+习近平 @上海 ? planned"]],
  ["拜登周四抵达旧金山，并与习近平会面。", {}, ["meeting 拜登+习近平 @旧金山 ? happened"]],
  ["拜登週四抵達舊金山，並與習近平會面。", {}, ["meeting 拜登+习近平 @旧金山 ? happened"]],
  // a region before the descriptor only locates the city
  ["拜登将前往亚洲港口城市上海，与习近平会晤。", {}, ["visit 拜登 @上海 ? planned", "meeting 拜登+习近平 @上海 ? planned"]],
  ["拜登將前往亞洲港口城市上海，與習近平會晤。", {}, ["visit 拜登 @上海 ? planned", "meeting 拜登+习近平 @上海 ? planned"]],
  // a meeting during a visit is where the visit is; after it, it may be elsewhere
  ["奥斯汀访问东京时会见了岸田文雄。", {}, ["visit 奥斯汀 @东京 ? happened", "meeting 奥斯汀+岸田文雄 @东京 ? happened"]],
  ["奧斯汀訪問東京時會見了岸田文雄。", {}, ["visit 奥斯汀 @东京 ? happened", "meeting 奥斯汀+岸田文雄 @东京 ? happened"]],
  ["岸田文雄访问法国后与马克龙会谈。", {}, ["visit 岸田文雄 @法国 ? happened", "meeting 岸田文雄+马克龙 @- ? happened"]],
  // a place naming the meeting
  ["王毅与沙利文去年9月马耳他会晤取得成果。", SEPT, ["meeting 王毅+沙利文 @马耳他 2022-09-01 happened"]],
  ["王毅與沙利文去年9月馬耳他會晤取得成果。", SEPT, ["meeting 王毅+沙利文 @马耳他 2022-09-01 happened"]],
  // the place of a modifier of the visitor yields to the 在 nearer the trigger
  ["正在中国进行国事访问的马克龙周二在北京与习近平会谈。", {}, ["visit 马克龙 @中国 ? happened", "meeting 马克龙+习近平 @北京 ? happened"]],
  ["正在中國進行國事訪問的馬克龍週二在北京與習近平會談。", {}, ["visit 马克龙 @中国 ? happened", "meeting 马克龙+习近平 @北京 ? happened"]],
];

describe("events place locative", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
