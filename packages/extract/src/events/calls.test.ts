// Table test of calls: one Chinese sentence per row → the events it reports.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // calls (and what is discussed in them); a place one returns to is not where the call is
  ["拜登在返回华盛顿途中与习近平通电话。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["布林肯在返回華盛頓途中與王毅通電話。", {}, ["call 布林肯+王毅 @- ? happened"]],
  ["布林肯在前往北京途中与王毅通电话。", {}, ["visit 布林肯 @北京 ? happened", "call 布林肯+王毅 @- ? happened"]],
  ["布林肯在北京与王毅通电话。", {}, ["call 布林肯+王毅 @北京 ? happened"]],
  ["拜登与习近平在通话中讨论了台湾问题。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["习近平应约同拜登通电话。", {}, ["call 习近平+拜登 @- ? happened"]],
  ["4月2日，拜登与习近平通话，双方讨论了台湾问题。", day("4月2日", "2024-04-02"), ["call 拜登+习近平 @- 2024-04-02 happened"], "2024-04-03"],
  ["奥斯汀与董军举行视频通话。", {}, ["call 奥斯汀+董军 @- ? happened"]],
  ["中美两国元首举行视频会晤。", {}, []],
];

describe("events calls", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
