// Table test of talks held while both attend a conference (出席…期间举行了…的会晤): the attendance only dates them.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

const D = day("12日", "2019-06-12");

/** Each row: a sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // talks held while both attend a conference: the attendance only dates them
  ["布林肯与普京12日在莫斯科出席部长理事会期间举行了约30分钟的会晤。", D, ["meeting 布林肯+普京 @莫斯科 2019-06-12 happened", "visit 布林肯 @莫斯科 2019-06-12 happened"], "2019-06-14"],
  ["布林肯與普京12日在莫斯科出席部長理事會之際舉行了簡短的會談。", D, ["meeting 布林肯+普京 @莫斯科 2019-06-12 happened", "visit 布林肯 @莫斯科 2019-06-12 happened"], "2019-06-14"],
  // attending someone's meeting together is no contact between the two
  ["布林肯与沙利文12日出席了拜登的会晤。", D, []],
  ["拜登与岸田文雄12日出席七国集团峰会之际举行了简短的会晤。", D, ["meeting 拜登+岸田文雄 @- 2019-06-12 happened"], "2019-06-14"],
  ["拜登與岸田文雄12日出席七國集團峰會之際舉行了簡短的會晤。", D, ["meeting 拜登+岸田文雄 @- 2019-06-12 happened"], "2019-06-14"],
  ["特朗普与金正恩12日参加活动间隙进行了短暂的会谈。", D, ["meeting 特朗普+金正恩 @- 2019-06-12 happened"], "2019-06-14"],
];

describe("events meeting-attend-frame", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
