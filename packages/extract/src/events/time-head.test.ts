// Table test of head times: a clause of nothing but a time (就在前一天（22日），… / 早在2019年，…) dates the clauses after it.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  ["就在前一天（22日），习近平抵达莫斯科后即与普京举行会谈。", day("前一天（22日）", "2024-10-22"), ["visit 习近平 @莫斯科 2024-10-22 happened", "meeting 习近平+普京 @莫斯科 2024-10-22 happened"], "2024-10-24"],
  ["就在前一天（22日），習近平抵達莫斯科後即與普京舉行會談。", day("前一天（22日）", "2024-10-22"), ["visit 习近平 @莫斯科 2024-10-22 happened", "meeting 习近平+普京 @莫斯科 2024-10-22 happened"], "2024-10-24"],
  ["就在25日，王毅在华盛顿会见了布林肯。", day("25日", "2023-10-25"), ["meeting 王毅+布林肯 @华盛顿 2023-10-25 happened"], "2023-10-28"],
  ["就在25日，王毅在華盛頓會見了布林肯。", day("25日", "2023-10-25"), ["meeting 王毅+布林肯 @华盛顿 2023-10-25 happened"], "2023-10-28"],
  ["早在2019年6月，特朗普就在首尔会见了金正恩。", month("2019年6月", "2019-06"), ["meeting 特朗普+金正恩 @首尔 2019-06-01 happened"], "2023-10-28"],
  ["早在2019年6月，川普就在首爾會見了金正恩。", month("2019年6月", "2019-06"), ["meeting 特朗普+金正恩 @首尔 2019-06-01 happened"], "2023-10-28"],
  ["当地时间周三上午，拜登在白宫会见岸田文雄。", day("周三", "2024-04-10"), ["meeting 拜登+岸田文雄 @白宫 2024-04-10 happened"], "2024-04-11"],
  ["當地時間週三上午，拜登在白宮會見岸田文雄。", day("週三", "2024-04-10"), ["meeting 拜登+岸田文雄 @白宫 2024-04-10 happened"], "2024-04-11"],
  // a head clause that says more than a time does not date the next one's event
  ["就在布林肯离开北京的25日，王毅会见了沙利文。", day("25日", "2023-10-25"), ["meeting 王毅+沙利文 @- ? happened"], "2023-10-28"],
  ["就在布林肯離開北京的25日，王毅會見了蘇利文。", day("25日", "2023-10-25"), ["meeting 王毅+沙利文 @- ? happened"], "2023-10-28"],
];

describe("events time head", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
