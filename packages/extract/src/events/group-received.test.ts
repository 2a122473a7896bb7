// Table test of a host receiving the members of a group meeting just told: one meeting of the host and the guests from abroad.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

/** Each row: sentence(s), times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // in the same sentence; the host's compatriot is no guest
  ["布林肯、上川阳子、赵兑烈和王毅在东京举行了四国外长会议，岸田文雄在首相官邸接见了四国外长。", {}, ["meeting 布林肯+上川阳子+赵兑烈+王毅 @东京 ? happened", "meeting 岸田文雄+布林肯+赵兑烈+王毅 @东京 ? happened"]],
  ["布林肯、上川陽子、趙兌烈和王毅在東京舉行了四國外長會議，岸田文雄在首相官邸接見了四國外長。", {}, ["meeting 布林肯+上川阳子+赵兑烈+王毅 @东京 ? happened", "meeting 岸田文雄+布林肯+赵兑烈+王毅 @东京 ? happened"]],
  ["李强、岸田文雄和尹锡悦6日在东京举行了三国领导人会议，石破茂随后接见了三国领导人。", day("6日", "2024-05-06"), ["meeting 李强+岸田文雄+尹锡悦 @东京 2024-05-06 happened", "meeting 石破茂+李强+尹锡悦 @东京 2024-05-06 happened"], "2024-05-07"],
  ["李強、岸田文雄和尹錫悅6日在東京舉行了三國領導人會議，石破茂隨後接見了三國領導人。", day("6日", "2024-05-06"), ["meeting 李强+岸田文雄+尹锡悦 @东京 2024-05-06 happened", "meeting 石破茂+李强+尹锡悦 @东京 2024-05-06 happened"], "2024-05-07"],
  // in the next sentence, by 会见…各国代表团
  ["李强、岸田文雄和尹锡悦在东京举行了三国领导人会议。石破茂同日会见了与会的三国领导人。", {}, ["meeting 李强+岸田文雄+尹锡悦 @东京 ? happened", "meeting 石破茂+李强+尹锡悦 @东京 ? happened"]],
  // no group meeting told before, or the host was in it: nothing more
  ["拜登在白宫接见了三国领导人。", {}, []],
  ["拜登在白宮接見了三國領導人。", {}, []],
  ["李强、岸田文雄和尹锡悦在东京举行了三国领导人会议，岸田文雄随后会见了三国领导人。", {}, ["meeting 李强+岸田文雄+尹锡悦 @东京 ? happened"]],
  ["布林肯、上川阳子和赵兑烈在东京举行了三国外长会议，岸田文雄接见了他们。", {}, ["meeting 布林肯+上川阳子+赵兑烈 @东京 ? happened"]],
];

describe("events group-received", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
