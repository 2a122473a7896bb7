// Table test of head clauses that date a sentence by a day counted from another event (在论坛开幕前一天（29日），…).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

const AT = "2024-05-31";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  ["在论坛开幕前一天（29日），习近平已与普京举行会谈。", day("前一天（29日）", "2024-05-29"), ["meeting 习近平+普京 @- 2024-05-29 happened"], AT],
  ["在論壇開幕前一天（29日），習近平已與普京舉行會談。", day("前一天（29日）", "2024-05-29"), ["meeting 习近平+普京 @- 2024-05-29 happened"], AT],
  ["峰会开幕前一天（29日）下午，拜登会见了岸田文雄。", day("前一天（29日）", "2024-05-29"), ["meeting 拜登+岸田文雄 @- 2024-05-29 happened"], AT],
  ["峰會開幕前一天（29日）下午，拜登會見了岸田文雄。", day("前一天（29日）", "2024-05-29"), ["meeting 拜登+岸田文雄 @- 2024-05-29 happened"], AT],
  ["峰会开幕当天，拜登会见了岸田文雄。", day("当天", "2024-05-29"), ["meeting 拜登+岸田文雄 @- 2024-05-29 happened"], AT],
  ["峰會開幕當天，拜登會見了岸田文雄。", day("當天", "2024-05-29"), ["meeting 拜登+岸田文雄 @- 2024-05-29 happened"], AT],
  ["在记者会当天下午，王毅与布林肯通电话。", day("当天", "2024-05-29"), ["call 王毅+布林肯 @- 2024-05-29 happened"], AT],
  ["在記者會當天下午，王毅與布林肯通電話。", day("當天", "2024-05-29"), ["call 王毅+布林肯 @- 2024-05-29 happened"], AT],
  ["抵达北京次日（30日），马克龙与习近平举行会谈。", day("次日（30日）", "2024-05-30"), ["meeting 马克龙+习近平 @- 2024-05-30 happened"], AT],
  ["抵達北京次日（30日），馬克龍與習近平舉行會談。", day("次日（30日）", "2024-05-30"), ["meeting 马克龙+习近平 @- 2024-05-30 happened"], AT],
  ["在会议闭幕翌日（30日），王毅前往莫斯科。", day("翌日（30日）", "2024-05-30"), ["visit 王毅 @莫斯科 2024-05-30 happened"], AT],
  // a day a process has reached, or a day word in a clause that names someone, is no head
  ["军演进入第二天，佩洛西抵达东京。", day("第二天", "2022-08-06"), ["visit 佩洛西 @东京 ? happened"], "2022-08-05"],
  ["軍演進入第二天，佩洛西抵達東京。", day("第二天", "2022-08-06"), ["visit 佩洛西 @东京 ? happened"], "2022-08-05"],
  ["军演进入当天，佩洛西抵达东京。", day("当天", "2022-08-04"), ["visit 佩洛西 @东京 ? happened"], "2022-08-05"],
];

describe("events time-event-head", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
