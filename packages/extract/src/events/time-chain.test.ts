// Table test: an undated clause of a subject's chain of dated clauses takes the nearest date before it, not the subject clause's.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents, times } from "./testing.ts";

const D = (a: string, b: string, ym: string) => times(day(a, `${ym}-${a.replace(/\D/g, "").padStart(2, "0")}`), day(b, `${ym}-${b.replace(/\D/g, "").padStart(2, "0")}`));

/** Each row: sentence, its times, the events, the document date. */
const ROWS: Row[] = [
  ["拜登1日晚离开华盛顿，2日途中短暂停留，会见了希普金斯。", D("1日", "2日", "2024-12"), ["meeting 拜登+希普金斯 @- 2024-12-02 happened"], "2024-12-04"],
  ["拜登1日晚離開華盛頓，2日途中短暫停留，會見了希普金斯。", D("1日", "2日", "2024-12"), ["meeting 拜登+希普金斯 @- 2024-12-02 happened"], "2024-12-04"],
  ["王毅10日结束行程，11日短暂停留，与布林肯举行了会谈。", D("10日", "11日", "2024-07"), ["meeting 王毅+布林肯 @- 2024-07-11 happened"], "2024-07-12"],
  ["王毅10日結束行程，11日短暫停留，與布林肯舉行了會談。", D("10日", "11日", "2024-07"), ["meeting 王毅+布林肯 @- 2024-07-11 happened"], "2024-07-12"],
  ["李强5日启程，6日出席论坛开幕式，会见了安瓦尔。", D("5日", "6日", "2024-06"), ["meeting 李强+安瓦尔 @- 2024-06-06 happened"], "2024-06-07"],
  ["李強5日啟程，6日出席論壇開幕式，會見了安瓦爾。", D("5日", "6日", "2024-06"), ["meeting 李强+安瓦尔 @- 2024-06-06 happened"], "2024-06-07"],
  ["布林肯17日启程，18日上午发表演讲，下午会见了秦刚。", D("17日", "18日", "2023-06"), ["meeting 布林肯+秦刚 @- 2023-06-18 happened"], "2023-06-20"],
  ["布林肯17日啟程，18日上午發表演講，下午會見了秦剛。", D("17日", "18日", "2023-06"), ["meeting 布林肯+秦刚 @- 2023-06-18 happened"], "2023-06-20"],
  // with no dated clause between, the subject's clause still dates the event
  ["拜登1日晚离开华盛顿，途中短暂停留，会见了希普金斯。", day("1日", "2024-12-01"), ["meeting 拜登+希普金斯 @- 2024-12-01 happened"], "2024-12-04"],
  ["拜登1日晚離開華盛頓，途中短暫停留，會見了希普金斯。", day("1日", "2024-12-01"), ["meeting 拜登+希普金斯 @- 2024-12-01 happened"], "2024-12-04"],
];

describe("events time chain", () => {
  it.each(ROWS)("should date %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
