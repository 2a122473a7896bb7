// Table test: a sentence going on in time (其后, 随后, 当天) takes the date of the sentence before, even one with events.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents, times } from "./testing.ts";
import { continuesPrevious } from "./time-sequence.ts";

const OPENINGS: [string, boolean][] = [
  ["特朗普其后在社交平台表示，他已致电普京。", true],
  ["特朗普其後在社交平台表示，他已致電普京。", true],
  ["随后，两国元首在青瓦台举行会谈。", true],
  ["隨後，兩國元首在青瓦台舉行會談。", true],
  ["拜登也随后与岸田文雄会面。", true],
  ["他随后还会见了韩正。", true],
  ["他隨後還會見了韓正。", true],
  ["习近平其后将飞赴巴拿马。", false],
  ["習近平其後將飛赴巴拿馬。", false],
  ["拜登说，双方随后会再谈。", false],
  ["两国外长在会后共同会见记者。", false],
];

/** Each row: two sentences, their times, the events, the document date. */
const ROWS: Row[] = [
  ["拜登15日在旧金山会见了习近平。拜登随后与岸田文雄通了电话。", day("15日", "2023-11-15"), ["meeting 拜登+习近平 @旧金山 2023-11-15 happened", "call 拜登+岸田文雄 @- 2023-11-15 happened"], "2023-11-16"],
  ["拜登15日在舊金山會見了習近平。拜登隨後與岸田文雄通了電話。", day("15日", "2023-11-15"), ["meeting 拜登+习近平 @旧金山 2023-11-15 happened", "call 拜登+岸田文雄 @- 2023-11-15 happened"], "2023-11-16"],
  ["特朗普18日在白宫会见了马克龙。特朗普其后表示，他已与普京通电话。", day("18日", "2025-08-18"), ["meeting 特朗普+马克龙 @白宫 2025-08-18 happened", "call 特朗普+普京 @- 2025-08-18 happened"], "2025-08-19"],
  ["特朗普18日在白宮會見了馬克龍。特朗普其後表示，他已與普京通電話。", day("18日", "2025-08-18"), ["meeting 特朗普+马克龙 @白宫 2025-08-18 happened", "call 特朗普+普京 @- 2025-08-18 happened"], "2025-08-19"],
  // a plan after the sequence word keeps no borrowed day
  ["李强3日在吉隆坡会见了安瓦尔。李强其后将访问新加坡。", day("3日", "2024-06-03"), ["meeting 李强+安瓦尔 @吉隆坡 2024-06-03 happened", "visit 李强 @新加坡 ? planned"], "2024-06-04"],
  // the next leg of a trip is a later day: no borrowed day
  ["李强3日在吉隆坡会见了安瓦尔。李强其后访问新加坡。", day("3日", "2024-06-03"), ["meeting 李强+安瓦尔 @吉隆坡 2024-06-03 happened", "visit 李强 @新加坡 ? happened"], "2024-06-05"],
  ["李強3日在吉隆坡會見了安瓦爾。李強其後訪問新加坡。", day("3日", "2024-06-03"), ["meeting 李强+安瓦尔 @吉隆坡 2024-06-03 happened", "visit 李强 @新加坡 ? happened"], "2024-06-05"],
  // a sentence with a date of its own keeps it for its other clauses too
  ["拜登5日在东京会见了岸田文雄。拜登随后转往首尔，8日会见了尹锡悦。", times(day("5日", "2024-03-05"), day("8日", "2024-03-08")), ["meeting 拜登+岸田文雄 @东京 2024-03-05 happened", "visit 拜登 @首尔 ? happened", "meeting 拜登+尹锡悦 @首尔 2024-03-08 happened"], "2024-03-09"],
  // a sentence that does not go on in time, after one with events, stays undated
  ["拜登15日在旧金山会见了习近平。拜登曾与岸田文雄通电话。", day("15日", "2023-11-15"), ["meeting 拜登+习近平 @旧金山 2023-11-15 happened", "call 拜登+岸田文雄 @- ? happened"], "2023-11-16"],
];

describe("events time sequence", () => {
  it.each(OPENINGS)("should tell whether %s goes on from the sentence before", (text, want) => {
    expect(continuesPrevious(text)).toBe(want);
  });
  it.each(ROWS)("should date %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
