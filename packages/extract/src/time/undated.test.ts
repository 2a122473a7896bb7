// findTimes over whole documents: a year and month written alone anchor later days; plans do not.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find.ts";
import { makeDocument } from "./fixtures.ts";

const pick = (t: { surface: string; from: string | null }) => [t.surface, t.from];

describe("findTimes on undated and plan-bearing documents", () => {
  it.each([
    [["2024年，中澳关系持续改善。", "7月下旬，王毅访问澳大利亚。", "26日，王毅与黄英贤会谈。前一天（25日），他抵达悉尼。"]],
    [["2024年，中澳關係持續改善。", "7月下旬，王毅訪問澳大利亞。", "26日，王毅與黃英賢會談。前一天（25日），他抵達雪梨。"]],
  ])("should date an undated text by its written year and month: %s", (paragraphs) => {
    const { times, dateline } = findTimes(makeDocument(paragraphs, null), []);
    expect(dateline?.date).toBe("2024-07-26");
    expect(dateline?.inferred).toBe(true);
    expect(times.map(pick)).toEqual([
      ["2024年", "2024-01-01"],
      ["7月下旬", "2024-07-21"],
      ["26日", "2024-07-26"],
      [paragraphs[2]?.includes("前一天") ? "前一天（25日）" : "", "2024-07-25"],
    ]);
  });

  it.each([
    ["李强明年1月将再度访问澳大利亚。", "李强15日抵达悉尼，开始访问。"],
    ["李強明年1月將再度訪問澳大利亞。", "李強15日抵達雪梨，開始訪問。"],
    ["双方同意明年举行新一轮对话。", "李强15日抵达悉尼。"],
    ["李強表示明年1月將再訪，他15日已抵達雪梨。", "雙方會談。"],
  ])("should not let a plan's 明年 move a later day: %s", (plan, story) => {
    const { times } = findTimes(makeDocument([plan, story], "2024-12-17"), []);
    expect(times.find((t) => t.surface === "15日")?.from).toBe("2024-12-15");
  });

  it.each([
    ["2023-11-17T10:35", "本月下旬，两国元首将再次通话。", "16日，王毅在华盛顿表示。"],
    ["2023-11-17T10:35", "本月下旬，兩國元首將再次通話。", "16日，王毅在華盛頓表示。"],
  ])("should anchor day-only forms in the month of a date line %s", (published, plan, story) => {
    const { times } = findTimes(makeDocument([plan, story], published, { outlet: "CNA" }), []);
    expect(times.map(pick)).toEqual([
      ["本月下旬", "2023-11-21"],
      ["16日", "2023-11-16"],
    ]);
  });

  it.each([
    [["2024年，中美关系回暖。", "去年6月12日，布林肯访华。", "7月下旬，两国外长再次通话。26日，王毅表示。"]],
    [["2024年，中美關係回暖。", "去年6月12日，布林肯訪華。", "7月下旬，兩國外長再次通話。26日，王毅表示。"]],
  ])("should let a month written after an older full date carry later days: %s", (paragraphs) => {
    const { times, dateline } = findTimes(makeDocument(paragraphs, null), []);
    expect(dateline?.date).toBe("2024-07-26");
    expect(times.map(pick)).toEqual([
      ["2024年", "2024-01-01"],
      ["去年6月12日", "2023-06-12"],
      ["7月下旬", "2024-07-21"],
      ["26日", "2024-07-26"],
    ]);
  });

  it("should keep a next-month plan's later days within its own sentence", () => {
    const { times } = findTimes(makeDocument(["李强下月5日将抵达北京，6日将会见王毅。"], "2024-03-10"), []);
    expect(times.map(pick)).toEqual([
      ["下月5日", "2024-04-05"],
      ["6日", "2024-04-06"],
    ]);
    const trip = findTimes(makeDocument(["李强明年1月15日抵达，17日离开。"], "2024-12-17"), []);
    expect(trip.times.map(pick)).toEqual([
      ["明年1月15日", "2025-01-15"],
      ["17日", "2025-01-17"],
    ]);
  });
});
