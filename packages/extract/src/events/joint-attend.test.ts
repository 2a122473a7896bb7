// Table test of a host and guests attending one occasion together: one meeting of all, from three people of two sides.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

/** Each row: sentence(s), times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // a host with guests listed after 与/同, a relative clause and titles between
  ["习近平与前来访问的法国总统马克龙和欧盟委员会主席冯德莱恩共同出席闭幕式。", {}, ["meeting 习近平+马克龙+冯德莱恩 @- ? happened"]],
  ["習近平與前來訪問的法國總統馬克龍和歐盟委員會主席馮德萊恩共同出席閉幕式。", {}, ["meeting 习近平+马克龙+冯德莱恩 @- ? happened"]],
  ["拜登同日本首相岸田文雄、韩国总统尹锡悦一同出席记者会。", {}, ["meeting 拜登+岸田文雄+尹锡悦 @- ? happened"]],
  ["拜登同日本首相岸田文雄、韓國總統尹錫悅一同出席記者會。", {}, ["meeting 拜登+岸田文雄+尹锡悦 @- ? happened"]],
  ["李强和石破茂、尹锡悦一起见证合作文件的签署。", {}, ["meeting 李强+石破茂+尹锡悦 @- ? happened"]],
  ["李強和石破茂、尹錫悅一起見證合作文件的簽署。", {}, ["meeting 李强+石破茂+尹锡悦 @- ? happened"]],
  // the occasion's date and place in the sentence before
  ["峰会27日在首尔开幕。李强与岸田文雄和尹锡悦共同出席开幕式。", day("27日", "2024-05-27"), ["meeting 李强+岸田文雄+尹锡悦 @首尔 2024-05-27 happened"], "2024-05-27"],
  ["峰會27日在首爾開幕。李強與岸田文雄和尹錫悅共同出席開幕式。", day("27日", "2024-05-27"), ["meeting 李强+岸田文雄+尹锡悦 @首尔 2024-05-27 happened"], "2024-05-27"],
  // a plan
  ["李强将与岸田文雄和尹锡悦共同出席欢迎宴会。", {}, ["meeting 李强+岸田文雄+尹锡悦 @- ? planned"]],
  // two people, one side, or a list broken by a clause: no group meeting from this rule
  ["布林肯与沙利文、耶伦一同出席听证会。", {}, []],
  ["拜登与岸田文雄共同出席记者会。", {}, []],
  ["拜登抵达后，岸田文雄和尹锡悦一同出席晚宴。", {}, []],
];

describe("events joint-attend", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
