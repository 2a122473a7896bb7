// Table test of a pair's meeting beside a group meeting: undated, it takes the group meeting's date and place.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

const D22 = day("22日", "2025-03-22");

/** Each row: sentences, times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // after or beside the group meeting: its date and place
  ["王毅、岩屋毅和赵兑烈22日在东京举行外长会议。会议结束后，王毅与岩屋毅举行了双边会谈。", D22, ["meeting 王毅+岩屋毅+赵兑烈 @东京 2025-03-22 happened", "meeting 王毅+岩屋毅 @东京 2025-03-22 happened"], "2025-03-23"],
  ["王毅、岩屋毅和趙兌烈22日在東京舉行外長會議。會議結束後，王毅與岩屋毅舉行了雙邊會談。", D22, ["meeting 王毅+岩屋毅+赵兑烈 @东京 2025-03-22 happened", "meeting 王毅+岩屋毅 @东京 2025-03-22 happened"], "2025-03-23"],
  ["王毅、岩屋毅和赵兑烈22日在东京举行外长会议。会后，王毅同赵兑烈会面。", D22, ["meeting 王毅+岩屋毅+赵兑烈 @东京 2025-03-22 happened", "meeting 王毅+赵兑烈 @东京 2025-03-22 happened"], "2025-03-23"],
  ["王毅、岩屋毅和趙兌烈22日在東京舉行外長會議。會後，王毅同趙兌烈會面。", D22, ["meeting 王毅+岩屋毅+赵兑烈 @东京 2025-03-22 happened", "meeting 王毅+赵兑烈 @东京 2025-03-22 happened"], "2025-03-23"],
  ["拜登、岸田文雄和尹锡悦22日在东京举行三方会谈。峰会期间，拜登同岸田文雄会面。", D22, ["meeting 拜登+岸田文雄+尹锡悦 @东京 2025-03-22 happened", "meeting 拜登+岸田文雄 @东京 2025-03-22 happened"], "2025-03-23"],
  // no cue of being beside it, or someone not in the group: no date from it
  ["王毅、岩屋毅和赵兑烈22日在东京举行外长会议。王毅曾与岩屋毅会谈。", D22, ["meeting 王毅+岩屋毅+赵兑烈 @东京 2025-03-22 happened", "meeting 王毅+岩屋毅 @- ? happened"], "2025-03-23"],
  ["王毅、岩屋毅和赵兑烈22日在东京举行外长会议。会后，王毅与石破茂会面。", D22, ["meeting 王毅+岩屋毅+赵兑烈 @东京 2025-03-22 happened", "meeting 王毅+石破茂 @- ? happened"], "2025-03-23"],
];

describe("events joint-sidelines", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
