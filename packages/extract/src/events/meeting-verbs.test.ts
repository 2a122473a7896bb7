// Table test of meeting verbs told by audience or hospitality (晋见, 设宴招待, 一起打高尔夫): each is a contact.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

const D = day("12日", "2019-06-12");

/** Each row: a sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // an audience with a head of state (晋见, 觐见, 谒见, 拜见, 面见)
  ["安倍晋三12日在莫斯科晋见普京。", D, ["meeting 安倍晋三+普京 @莫斯科 2019-06-12 happened"], "2019-06-14"],
  ["安倍晉三12日晉見普京。", D, ["meeting 安倍晋三+普京 @- 2019-06-12 happened"], "2019-06-14"],
  ["朔尔茨12日在北京觐见习近平。", D, ["meeting 朔尔茨+习近平 @北京 2019-06-12 happened"], "2019-06-14"],
  ["朔爾茨12日在北京覲見習近平。", D, ["meeting 朔尔茨+习近平 @北京 2019-06-12 happened"], "2019-06-14"],
  ["尹锡悦将于12日拜见特朗普。", D, ["meeting 尹锡悦+特朗普 @- 2019-06-12 planned"], "2019-06-10"],
  ["金正恩12日面見普京。", D, ["meeting 金正恩+普京 @- 2019-06-12 happened"], "2019-06-14"],
  // hospitality: 设宴招待 the guest named after it (招待会 is a reception, no verb)
  ["12日晚，拜登在白宫设私人晚宴招待莫迪。", D, ["meeting 拜登+莫迪 @白宫 2019-06-12 happened"], "2019-06-14"],
  ["12日晚，拜登在白宮設私人晚宴招待莫迪。", D, ["meeting 拜登+莫迪 @白宫 2019-06-12 happened"], "2019-06-14"],
  ["马克龙12日在巴黎设宴招待习近平夫妇。", D, ["meeting 马克龙+习近平 @巴黎 2019-06-12 happened"], "2019-06-14"],
  ["拜登12日出席了白宫记者招待会。", D, []],
  ["拜登12日出席了白宮記者招待會。", D, []],
  // golf together: 与B打高尔夫, A和B一起打高尔夫球
  ["特朗普12日与安倍晋三一起打高尔夫球。", D, ["meeting 特朗普+安倍晋三 @- 2019-06-12 happened"], "2019-06-14"],
  ["特朗普12日與安倍晉三一同打高爾夫球。", D, ["meeting 特朗普+安倍晋三 @- 2019-06-12 happened"], "2019-06-14"],
  ["特朗普和安倍晋三将于12日在海湖庄园打高尔夫。", D, ["meeting 特朗普+安倍晋三 @- 2019-06-12 planned"], "2019-06-10"],
  // one person playing golf meets nobody
  ["特朗普12日在海湖庄园打高尔夫球。", D, []],
  ["特朗普12日在海湖莊園打高爾夫球。", D, []],
];

describe("events meeting-verbs", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
