// Table test of dates inside a sentence: a zone restated in brackets, 1月26日至27日, a subject clause's date.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, times as t, showEvents } from "./testing.ts";

/** Each row: sentence, its times (as a time pass would resolve them), the events, the document date. */
const ROWS: Row[] = [
  // 当地时间16日（北京时间17日）: one moment; the local day counts
  ["习近平当地时间16日（北京时间17日）在旧金山与拜登举行会晤。", t(day("16日", "2023-11-16"), day("17日", "2023-11-17")), ["meeting 习近平+拜登 @旧金山 2023-11-16 happened"], "2023-11-18"],
  ["習近平當地時間16日（北京時間17日）在舊金山與拜登舉行會晤。", t(day("16日", "2023-11-16"), day("17日", "2023-11-17")), ["meeting 习近平+拜登 @旧金山 2023-11-16 happened"], "2023-11-18"],
  // 1月26日至27日: a bare day after a day of a range stays in its month (a time pass may anchor it elsewhere)
  ["沙利文1月26日至27日在维也纳与王毅会谈。", t(day("1月26日", "2024-01-26"), day("27日", "2024-08-27")), ["meeting 沙利文+王毅 @维也纳 2024-01-26 happened"], "2024-08-30"],
  ["沙利文1月26日至27日在維也納與王毅會談。", t(day("1月26日", "2024-01-26"), day("27日", "2024-08-27")), ["meeting 沙利文+王毅 @维也纳 2024-01-26 happened"], "2024-08-30"],
  // 曾到X与Y会晤: a visit to X and a meeting there
  ["习近平曾到加州与拜登会晤。", {}, ["visit 习近平 @加州 ? happened", "meeting 习近平+拜登 @加州 ? happened"]],
  ["習近平曾到加州與拜登會晤。", {}, ["visit 习近平 @加州 ? happened", "meeting 习近平+拜登 @加州 ? happened"]],
  // 继X之后: the time inside dates the earlier event; the subject's falls after it, up to the article (time-after.ts)
  ["耶伦是继布林肯上月访问北京之后，又一名访华的美国内阁成员。", month("上月", "2023-06"), ["visit 布林肯 @北京 2023-06-01 happened", "visit 耶伦 @中国 2023-07-01 happened"], "2023-07-09"],
  ["耶倫是繼布林肯上月訪問北京之後，又一名訪華的美國內閣成員。", month("上月", "2023-06"), ["visit 布林肯 @北京 2023-06-01 happened", "visit 耶伦 @中国 2023-07-01 happened"], "2023-07-09"],
  // a caption's date in brackets after it dates its undated events
  ["耶伦与何立峰在北京举行会谈。（2023年7月8日）", day("2023年7月8日", "2023-07-08"), ["meeting 耶伦+何立峰 @北京 2023-07-08 happened"], "2023-07-09"],
  ["耶倫與何立峰在北京舉行會談。（2023年7月8日）", day("2023年7月8日", "2023-07-08"), ["meeting 耶伦+何立峰 @北京 2023-07-08 happened"], "2023-07-09"],
  // 为期N天: from the arrival forward, or back from the day it ends
  ["沙利文27日抵达北京，展开为期三天的访问。", day("27日", "2024-08-27"), ["visit 沙利文 @北京 2024-08-27 happened"], "2024-08-30"],
  ["沙利文27日抵達北京，展開為期三天的訪問。", day("27日", "2024-08-27"), ["visit 沙利文 @北京 2024-08-27 happened"], "2024-08-30"],
];

describe("events dates", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
  it.each([
    ["沙利文27日抵达北京，展开为期三天的访问。", "27日", "2024-08-27", "2024-08-27", "2024-08-29"],
    ["習近平22日結束對俄羅斯為期三天的國事訪問。", "22日", "2023-03-22", "2023-03-20", "2023-03-22"],
    ["习近平22日结束对俄罗斯为期十二天的访问。", "22日", "2023-03-22", "2023-03-11", "2023-03-22"],
  ])("should stretch %s by its length", async (text, surface, date, from, to) => {
    const { runSentence } = await import("./testing.ts");
    const [ev] = runSentence(text, day(surface, date), "2024-09-01");
    expect([ev?.from, ev?.to]).toEqual([from, to]);
  });
  it("should end a 1月26日至27日 range in January", async () => {
    const { runSentence } = await import("./testing.ts");
    const [ev] = runSentence("沙利文1月26日至27日在维也纳与王毅会谈。", t(day("1月26日", "2024-01-26"), day("27日", "2024-08-27")), "2024-08-30");
    expect(ev?.to).toBe("2024-01-27");
  });
});
