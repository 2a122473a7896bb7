// Table test of cue scope: a future cue that modifies a person (即将卸任的X) does not make the event planned; a planned journey does.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // the cue belongs to the person named after 的
  ["朔尔茨随后与即将卸任的国务院总理李强举行会谈。", {}, ["meeting 朔尔茨+李强 @- ? happened"]],
  ["朔爾茨隨後與即將卸任的國務院總理李強舉行會談。", {}, ["meeting 朔尔茨+李强 @- ? happened"]],
  ["拜登在白宫会见了即将离任的日本首相岸田文雄。", {}, ["meeting 拜登+岸田文雄 @白宫 ? happened"]],
  ["拜登在白宮會見了即將離任的日本首相岸田文雄。", {}, ["meeting 拜登+岸田文雄 @白宫 ? happened"]],
  ["王毅与即将卸任的布林肯通了电话。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["王毅與即將卸任的布林肯通了電話。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["习近平会见了将要离任的美国驻华大使沙利文。", {}, ["meeting 习近平+沙利文 @- ? happened"]],
  ["習近平會見了將要離任的美國駐華大使沙利文。", {}, ["meeting 习近平+沙利文 @- ? happened"]],
  ["马克龙与可能连任的总理朔尔茨举行会谈。", {}, ["meeting 马克龙+朔尔茨 @- ? happened"]],
  ["馬克龍與可能連任的總理朔爾茨舉行會談。", {}, ["meeting 马克龙+朔尔茨 @- ? happened"]],
  ["李强在北京会见了预计卸任的德国总理朔尔茨。", {}, ["meeting 李强+朔尔茨 @北京 ? happened"]],
  ["李強在北京會見了預計卸任的德國總理朔爾茨。", {}, ["meeting 李强+朔尔茨 @北京 ? happened"]],
  // a cue outside the modifier still counts
  ["王毅将与即将卸任的布林肯会晤。", {}, ["meeting 王毅+布林肯 @- ? planned"]],
  ["王毅將與即將卸任的布林肯會晤。", {}, ["meeting 王毅+布林肯 @- ? planned"]],
  ["习近平即将在北京会见朔尔茨。", {}, ["meeting 习近平+朔尔茨 @北京 ? planned"]],
  ["習近平即將在北京會見朔爾茨。", {}, ["meeting 习近平+朔尔茨 @北京 ? planned"]],
  ["拜登可能与即将卸任的岸田文雄通电话。", {}, ["call 拜登+岸田文雄 @- ? possible"]],
  ["拜登可能與即將卸任的岸田文雄通電話。", {}, ["call 拜登+岸田文雄 @- ? possible"]],
  // 可能与…有关 / 或许是因为…: the hedge is on a cause; the event inside it is a fact
  ["股市周四反弹，可能与马克龙抵达上海有关。", {}, ["visit 马克龙 @上海 ? happened"]],
  ["股市週四反彈，可能與馬克龍抵達上海有關。", {}, ["visit 马克龙 @上海 ? happened"]],
  ["油价回落或许与拜登会见岸田文雄有关。", {}, ["meeting 拜登+岸田文雄 @- ? happened"]],
  ["油價回落或許與拜登會見岸田文雄有關。", {}, ["meeting 拜登+岸田文雄 @- ? happened"]],
  ["市场平静，也许是因为王毅已与布林肯通电话。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["市場平靜，也許是因為王毅已與布林肯通電話。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["外界关注，这可能跟习近平访问莫斯科相关。", {}, ["visit 习近平 @莫斯科 ? happened"]],
  ["外界關注，這可能跟習近平訪問莫斯科相關。", {}, ["visit 习近平 @莫斯科 ? happened"]],
  // a hedge on the event itself stays possible
  ["拜登可能与岸田文雄通电话，这与选举有关。", {}, ["call 拜登+岸田文雄 @- ? possible"]],
  ["拜登可能與岸田文雄通電話，這與選舉有關。", {}, ["call 拜登+岸田文雄 @- ? possible"]],
  ["习近平可能跟普京在莫斯科会晤。", {}, ["meeting 习近平+普京 @莫斯科 ? possible"]],
  // a carried subject's planned journey governs the contact that goes on with it; a cue on another verb does not
  ["拜登4日将前往旧金山，与习近平举行会晤。", day("4日", "2023-10-04"), ["meeting 拜登+习近平 @旧金山 2023-10-04 planned"]],
  ["拜登4日將前往舊金山，與習近平舉行會晤。", day("4日", "2023-10-04"), ["meeting 拜登+习近平 @旧金山 2023-10-04 planned"]],
  ["王毅预计14日抵达东京，与上川阳子会谈。", day("14日", "2023-10-14"), ["visit 王毅 @东京 2023-10-14 planned", "meeting 王毅+上川阳子 @东京 2023-10-14 planned"]],
  ["王毅預計14日抵達東京，與上川陽子會談。", day("14日", "2023-10-14"), ["visit 王毅 @东京 2023-10-14 planned", "meeting 王毅+上川阳子 @东京 2023-10-14 planned"]],
  ["根据白宫公布的行程，拜登将前往旧金山，与习近平举行会晤。", {}, ["meeting 拜登+习近平 @旧金山 ? planned"]],
  ["根據白宮公佈的行程，拜登將前往舊金山，與習近平舉行會晤。", {}, ["meeting 拜登+习近平 @旧金山 ? planned"]],
  ["拜登上周前往旧金山，与习近平举行了会晤。", { 上周: ["2023-09-25", "2023-10-01", "part-of-month"] }, ["meeting 拜登+习近平 @旧金山 2023-09-25 happened"]],
  ["拜登上週前往舊金山，與習近平舉行了會晤。", { 上週: ["2023-09-25", "2023-10-01", "part-of-month"] }, ["meeting 拜登+习近平 @旧金山 2023-09-25 happened"]],
  ["拜登曾表示将维持与日本的关系，并于当选后访问东京。", {}, ["visit 拜登 @东京 ? happened"]],
  ["拜登曾表示將維持與日本的關係，並於當選後訪問東京。", {}, ["visit 拜登 @东京 ? happened"]],
];

describe("events status scope", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
