// Table test of group meetings told by who attended: a format of several parties held, and the list of those present.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

/** Each row: sentence(s), times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // the list in the next sentence of the paragraph
  ["中日韩领导人会议27日在首尔举行。李强、岸田文雄和尹锡悦出席。", day("27日", "2024-05-27"), ["meeting 李强+岸田文雄+尹锡悦 @首尔 2024-05-27 happened"], "2024-05-27"],
  ["中日韓領導人會議27日在首爾舉行。李強、岸田文雄和尹錫悅出席。", day("27日", "2024-05-27"), ["meeting 李强+岸田文雄+尹锡悦 @首尔 2024-05-27 happened"], "2024-05-27"],
  // the list in the same sentence, with 时任 and titles
  ["上一次中日韩领导人会议于24日在北京举行，时任总理李克强、日本首相安倍晋三与韩国总统文在寅出席。", day("24日", "2019-12-24"), ["meeting 李克强+安倍晋三+文在寅 @北京 2019-12-24 happened"], "2024-05-27"],
  ["上一次中日韓領導人會議於24日在北京舉行，時任總理李克強、日本首相安倍晉三與韓國總統文在寅出席。", day("24日", "2019-12-24"), ["meeting 李克强+安倍晋三+文在寅 @北京 2019-12-24 happened"], "2024-05-27"],
  // a plan
  ["中日韩领导人会议将于27日在首尔举行，李强、岸田文雄和尹锡悦将出席。", day("27日", "2024-05-27"), ["meeting 李强+岸田文雄+尹锡悦 @首尔 2024-05-27 planned"], "2024-05-26"],
  ["中日韓領導人會議將於27日在首爾舉行，李強、岸田文雄和尹錫悅將出席。", day("27日", "2024-05-27"), ["meeting 李强+岸田文雄+尹锡悦 @首尔 2024-05-27 planned"], "2024-05-26"],
  // over video: a call
  ["中欧领导人会晤以视频方式举行，李克强、米歇尔和冯德莱恩出席。", {}, ["call 李克强+米歇尔+冯德莱恩 @- ? happened"]],
  ["中歐領導人會晤以視像方式舉行，李克強、米歇爾和馮德萊恩出席。", {}, ["call 李克强+米歇尔+冯德莱恩 @- ? happened"]],
  // three nations' ministers
  ["中俄印三国外长会晤在莫斯科举行。王毅、莫迪与普京出席。", {}, ["meeting 王毅+莫迪+普京 @莫斯科 ? happened"]],
  // English names in brackets; present by what they did at the occasion; from home
  ["中日韩领导人会议27日在首尔举行，岸田文雄（Fumio Kishida）、尹锡悦和李强（Li Qiang）出席。", day("27日", "2024-05-27"), ["meeting 岸田文雄+尹锡悦+李强 @首尔 2024-05-27 happened"], "2024-05-27"],
  ["中日韓領導人會議27日在首爾舉行，岸田文雄（Fumio Kishida）、尹錫悅和李強（Li Qiang）出席。", day("27日", "2024-05-27"), ["meeting 岸田文雄+尹锡悦+李强 @首尔 2024-05-27 happened"], "2024-05-27"],
  ["中日韩领导人会议27日在首尔举行。李强、岸田文雄和尹锡悦在会后发表联合宣言。", day("27日", "2024-05-27"), ["meeting 李强+岸田文雄+尹锡悦 @首尔 2024-05-27 happened"], "2024-05-27"],
  ["中日韓領導人會議27日在首爾舉行。李強、岸田文雄和尹錫悅在會上表示將加強合作。", day("27日", "2024-05-27"), ["meeting 李强+岸田文雄+尹锡悦 @首尔 2024-05-27 happened"], "2024-05-27"],
  ["中日韩领导人会议以视频方式举行，李强、岸田文雄和尹锡悦分别在本国出席。", {}, ["call 李强+岸田文雄+尹锡悦 @- ? happened"]],
  ["中日韩领导人会议27日在首尔举行。李强、岸田文雄和尹锡悦此前曾多次会面。", day("27日", "2024-05-27"), []],
  // a conference of many, a setting, one attendee: no group meeting
  ["二十国集团峰会在巴厘岛举行，拜登、习近平和马克龙出席。", {}, []],
  ["東盟十國領導人會議在吉隆坡舉行，李強、岸田文雄和尹錫悅出席。", {}, []],
  ["中日韩领导人会议期间，李强、岸田文雄和尹锡悦出席晚宴。", {}, []],
  ["中日韩领导人会议在首尔举行，李强出席并与尹锡悦会谈。", {}, ["meeting 李强+尹锡悦 @首尔 ? happened"]],
];

describe("events group-attend", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
