// Table test of a host and the guests who attended: one meeting of all, dated by the host's clause or the sentence before.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

/** Each row: sentence(s), times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // the host's clause, the guests in the next
  ["拜登在白宫主持峰会，岸田文雄、尹锡悦和莫迪出席。", {}, ["meeting 拜登+岸田文雄+尹锡悦+莫迪 @白宫 ? happened"]],
  ["拜登在白宮主持峰會，岸田文雄、尹錫悅和莫迪出席。", {}, ["meeting 拜登+岸田文雄+尹锡悦+莫迪 @白宫 ? happened"]],
  ["岸田文雄作为东道主主持会议，拜登、尹锡悦和莫迪出席。", {}, ["meeting 岸田文雄+拜登+尹锡悦+莫迪 @- ? happened"]],
  ["岸田文雄作為東道主主持會議，拜登、尹錫悅和莫迪出席。", {}, ["meeting 岸田文雄+拜登+尹锡悦+莫迪 @- ? happened"]],
  // a dateline in brackets, English names in brackets
  ["（中央社东京24日综合外电报导）岸田文雄今天在东京主持三国领导人会议，拜登（Joe Biden）与尹锡悦（Yoon Suk-yeol）出席。", day("24日", "2023-08-24"), ["meeting 岸田文雄+拜登+尹锡悦 @东京 2023-08-24 happened"]],
  // from home; over video as the sentence before says
  ["拜登在白宫主持会议，岸田文雄、莫迪和尹锡悦分别在本国参加。", {}, ["meeting 拜登+岸田文雄+莫迪+尹锡悦 @白宫 ? happened"]],
  ["四国领导人周五以视频方式举行峰会。拜登在白宫主持会议，岸田文雄、莫迪和尹锡悦分别在本国参加。", day("周五", "2021-03-12"), ["call 拜登+岸田文雄+莫迪+尹锡悦 @白宫 2021-03-12 happened"], "2021-03-13"],
  ["四國領導人周五以視像方式舉行峰會。拜登在白宮主持會議，岸田文雄、莫迪和尹錫悅分別在本國參加。", day("周五", "2021-03-12"), ["call 拜登+岸田文雄+莫迪+尹锡悦 @白宫 2021-03-12 happened"], "2021-03-13"],
  // dated and placed by the sentence before that holds the meeting
  ["三国领导人25日在东京举行峰会。岸田文雄主持会议，拜登和尹锡悦出席。", day("25日", "2023-08-25"), ["meeting 岸田文雄+拜登+尹锡悦 @东京 2023-08-25 happened"], "2023-08-26"],
  // a plan; co-hosts
  ["岸田文雄将在东京主持峰会，拜登和尹锡悦将出席。", {}, ["meeting 岸田文雄+拜登+尹锡悦 @东京 ? planned"]],
  ["李强与石破茂共同主持会谈，尹锡悦也出席。", {}, ["meeting 李强+石破茂+尹锡悦 @- ? happened"]],
  // one state's body, a conference of many, a press event, a single guest: no meeting of all
  ["习近平主持会议，李强、韩正和王毅出席。", {}, []],
  ["莫迪主持二十国集团峰会，拜登、习近平和马克龙出席。", {}, []],
  ["拜登主持记者会，岸田文雄和尹锡悦出席。", {}, []],
];

describe("events group-host", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
