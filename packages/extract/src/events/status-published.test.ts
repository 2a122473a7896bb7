// Table test of the publication-day bound on "happened": an event after the article's day is a plan.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, days, showEvents } from "./testing.ts";
import { notAfterPublication } from "./status-published.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  ["岸田文雄本月25日起展开欧洲之行，先后访问法国和德国。", day("25日", "2023-01-25"), ["visit 岸田文雄 @法国 2023-01-25 planned", "visit 岸田文雄 @德国 2023-01-25 planned"], "2023-01-23"],
  ["岸田文雄本月25日起展開歐洲之行，先後訪問法國和德國。", day("25日", "2023-01-25"), ["visit 岸田文雄 @法国 2023-01-25 planned", "visit 岸田文雄 @德国 2023-01-25 planned"], "2023-01-23"],
  ["王毅27日至28日在东京期间会见岸田文雄。", days("27日至28日", "2023-01-27", "2023-01-28"), ["meeting 王毅+岸田文雄 @东京 2023-01-27 planned"], "2023-01-23"],
  ["王毅27日至28日在東京期間會見岸田文雄。", days("27日至28日", "2023-01-27", "2023-01-28"), ["meeting 王毅+岸田文雄 @东京 2023-01-27 planned"], "2023-01-23"],
  // on or before the article's day it happened
  ["岸田文雄本月20日起展开欧洲之行，先后访问法国和德国。", day("20日", "2023-01-20"), ["visit 岸田文雄 @法国 2023-01-20 happened", "visit 岸田文雄 @德国 2023-01-20 happened"], "2023-01-23"],
  ["岸田文雄本月20日起展開歐洲之行，先後訪問法國和德國。", day("20日", "2023-01-20"), ["visit 岸田文雄 @法国 2023-01-20 happened", "visit 岸田文雄 @德国 2023-01-20 happened"], "2023-01-23"],
  ["王毅23日在东京期间会见岸田文雄。", day("23日", "2023-01-23"), ["meeting 王毅+岸田文雄 @东京 2023-01-23 happened"], "2023-01-23"],
];

describe("events status-published", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });

  it.each([
    ["happened", "2016-01-25", "2016-01-23", "planned"],
    ["happened", "2016-01-23", "2016-01-23", "happened"],
    ["happened", "2016-01-25", null, "happened"],
    ["happened", null, "2016-01-23", "happened"],
    ["not-happened", "2016-01-25", "2016-01-23", "not-happened"],
    ["possible", "2016-01-25", "2016-01-23", "possible"],
  ] as const)("should turn %s on %s (article of %s) into %s", (status, from, dateline, want) => {
    expect(notAfterPublication({ status, why: "cue:先后", explicit: true }, from, dateline).status).toBe(want);
  });
});
