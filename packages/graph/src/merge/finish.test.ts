import { describe, expect, it } from "vitest";
import type { Precision } from "../model.ts";
import { dayOf } from "../time/days.ts";
import { windowDates } from "./finish.ts";
import { BLINKEN, doc, timeline, XI } from "./rules.helpers.ts";

const day = (s: string) => {
  const [y, m, d] = s.split("-").map(Number);
  return dayOf(y!, m!, d!);
};

describe("windowDates", () => {
  // The label is what the text said; the interval is what the time pass made of it.
  it.each<[string, string, string, Precision, string, string]>([
    ["2023年", "2023-01-01", "2023-12-31", "year", "2023", "2023"],
    ["明年", "2024-01-01", "2024-12-31", "year", "2024", "2024"],
    ["今年晚些时候 (7月19日的报道)", "2023-07-20", "2023-12-31", "year", "2023-07-20", "2023-12-31"],
    ["今年稍後 (11月6日的報導)", "2023-11-07", "2023-12-31", "year", "2023-11-07", "2023-12-31"],
    ["年内 (3月1日的报道)", "2023-03-01", "2023-12-31", "year", "2023-03-01", "2023-12-31"],
    ["11月", "2023-11-01", "2023-11-30", "month", "2023-11", "2023-11"],
    ["本月稍後 (6月10日的報導)", "2024-06-11", "2024-06-30", "month", "2024-06-11", "2024-06-30"],
    ["9月至10月", "2023-09-01", "2023-10-31", "month", "2023-09", "2023-10"],
    ["上半年", "2023-01-01", "2023-06-30", "season", "2023-01", "2023-06"],
    ["今年夏天", "2023-06-01", "2023-08-31", "season", "2023-06", "2023-08"],
    ["8月初", "2022-08-01", "2022-08-10", "part-of-month", "2022-08-01", "2022-08-10"],
    ["6月29日", "2019-06-29", "2019-06-29", "day", "2019-06-29", "2019-06-29"],
  ])("should write %s at the sources' precision unless that widens it", (_text, lo, hi, precision, start, end) => {
    expect(windowDates({ lo: day(lo), hi: day(hi) }, precision)).toEqual({ start, end });
  });

  it("should keep a hope for later this year apart from the talks the article reports", async () => {
    const events = await timeline(
      doc("a", "2023-07-19", [
        { type: "meeting", participants: [XI, BLINKEN], from: "2023-07-17", to: "2023-07-18", quote: "布林肯与习近平在17日和18日两天举行了会谈。" },
        { type: "meeting", participants: [XI, BLINKEN], from: "2023-07-20", to: "2023-12-31", precision: "year", status: "planned", quote: "双方期待两人今年晚些时候再次会面。" },
      ]),
    );
    expect(events.map((e) => [e.start, e.end, e.status])).toEqual([
      ["2023-07-17", "2023-07-18", "happened"],
      ["2023-07-20", "2023-12-31", "planned"],
    ]);
  });
});
