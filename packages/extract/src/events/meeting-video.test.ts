// Table test of calls: meetings held over video are calls; a phone call with a list of counterparts is one call each.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // video forms of a meeting noun
  ["习近平与拜登举行视像会晤。", {}, ["call 习近平+拜登 @- ? happened"]],
  ["習近平與拜登舉行視像會晤。", {}, ["call 习近平+拜登 @- ? happened"]],
  ["习近平与拜登举行视频峰会。", {}, ["call 习近平+拜登 @- ? happened"]],
  ["習近平與拜登舉行視頻峰會。", {}, ["call 习近平+拜登 @- ? happened"]],
  ["习近平同马克龙举行云会晤。", {}, ["call 习近平+马克龙 @- ? happened"]],
  ["習近平同馬克龍舉行雲會晤。", {}, ["call 习近平+马克龙 @- ? happened"]],
  ["拜登与习近平举行线上会晤。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["拜登與習近平舉行線上會晤。", {}, ["call 拜登+习近平 @- ? happened"]],
  // a meeting verb after 以视频方式 / 通过视频连线 / 透过视讯
  ["王毅与布林肯以视频方式会谈。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["王毅與布林肯以視頻方式會談。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["李强通过视频连线同朔尔茨举行会谈。", {}, ["call 李强+朔尔茨 @- ? happened"]],
  ["李強通過視頻連線同朔爾茨舉行會談。", {}, ["call 李强+朔尔茨 @- ? happened"]],
  ["何立峰透过视讯与耶伦会谈。", {}, ["call 何立峰+耶伦 @- ? happened"]],
  ["何立峰透過視訊與耶倫會談。", {}, ["call 何立峰+耶伦 @- ? happened"]],
  // a video meeting of three stays one
  ["习近平与马克龙、冯德莱恩举行视频会晤。", {}, ["call 习近平+马克龙+冯德莱恩 @- ? happened"]],
  ["習近平與馬克龍、馮德萊恩舉行視頻會晤。", {}, ["call 习近平+马克龙+冯德莱恩 @- ? happened"]],
  // a phone call is between two: one call per counterpart, unless it is a conference (三方通话)
  ["特朗普将与尹锡悦和岸田文雄通电话。", {}, ["call 特朗普+尹锡悦 @- ? planned", "call 特朗普+岸田文雄 @- ? planned"]],
  ["特朗普將與尹錫悅和岸田文雄通電話。", {}, ["call 特朗普+尹锡悦 @- ? planned", "call 特朗普+岸田文雄 @- ? planned"]],
  ["拜登在空军一号上与岸田文雄和尹锡悦通电话。", {}, ["call 拜登+岸田文雄 @- ? happened", "call 拜登+尹锡悦 @- ? happened"]],
  ["拜登在空軍一號上與岸田文雄和尹錫悅通電話。", {}, ["call 拜登+岸田文雄 @- ? happened", "call 拜登+尹锡悦 @- ? happened"]],
  ["拜登与岸田文雄和尹锡悦举行三方通话。", {}, ["call 拜登+岸田文雄+尹锡悦 @- ? happened"]],
  ["拜登與岸田文雄和尹錫悅舉行三方通話。", {}, ["call 拜登+岸田文雄+尹锡悦 @- ? happened"]],
  // an in-person meeting stays a meeting
  ["习近平与拜登在巴厘岛举行会晤。", {}, ["meeting 习近平+拜登 @巴厘岛 ? happened"]],
];

describe("events meeting-video", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
