// Table test of people joining a meeting just told: a larger meeting of all, the first one kept.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence(s), times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // joining in the next sentence, a list with titles
  ["拜登当天先在椭圆形办公室与习近平会谈。其后，岸田文雄、马克龙及朔尔茨在东厅加入会议。", {}, ["meeting 拜登+习近平 @- ? happened", "meeting 拜登+习近平+岸田文雄+马克龙+朔尔茨 @- ? happened"]],
  ["拜登當天先在橢圓形辦公室與習近平會談。其後，岸田文雄、馬克龍及朔爾茨在東廳加入會議。", {}, ["meeting 拜登+习近平 @- ? happened", "meeting 拜登+习近平+岸田文雄+马克龙+朔尔茨 @- ? happened"]],
  ["拜登与习近平在白宫会谈，日本首相岸田文雄随后加入了会谈。", {}, ["meeting 拜登+习近平 @白宫 ? happened", "meeting 拜登+习近平+岸田文雄 @白宫 ? happened"]],
  ["拜登與習近平在白宮會談，日本首相岸田文雄隨後加入了會談。", {}, ["meeting 拜登+习近平 @白宫 ? happened", "meeting 拜登+习近平+岸田文雄 @白宫 ? happened"]],
  // joining something else, or nobody met before: nothing more
  ["拜登与习近平会谈。岸田文雄宣布加入联盟。", {}, ["meeting 拜登+习近平 @- ? happened"]],
  // (the pair itself is what the meeting rules read; nothing larger without a meeting before)
  ["岸田文雄和马克龙在东厅加入会议。", {}, ["meeting 岸田文雄+马克龙 @- ? happened"]],
  ["岸田文雄和馬克龍在東廳加入會議。", {}, ["meeting 岸田文雄+马克龙 @- ? happened"]],
];

describe("events group-joined", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
