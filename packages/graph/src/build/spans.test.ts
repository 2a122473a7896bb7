import { describe, expect, it } from "vitest";
import type { Precision } from "@parley/extract/model";
import { extraction } from "../fixtures/index.ts";
import { toTimeline } from "./builder.ts";
import { plausibleEnd } from "./spans.ts";

describe("plausibleEnd", () => {
  // The label is the text as written; from/to/precision what the time pass made of it.
  it.each<[string, string, string, Precision, string]>([
    ["2月5日至6日 (misread as 02-05..06-06)", "2023-02-05", "2023-06-06", "day", "2023-02-05"],
    ["2月5日至6日", "2023-02-05", "2023-02-06", "day", "2023-02-06"],
    ["9月16日至17日", "2023-09-16", "2023-09-17", "day", "2023-09-17"],
    ["自2019年6月以来 (a since, day-precise)", "2019-06-01", "2024-07-06", "day", "2019-06-01"],
    ["自2019年6月以來 (a since, month-precise)", "2019-06-01", "2024-07-06", "month", "2019-06-30"],
    ["自去年3月以来", "2023-03-01", "2024-06-19", "month", "2023-03-31"],
    ["3月至5月", "2024-03-01", "2024-05-31", "month", "2024-05-31"],
    ["今年3月至9月", "2024-03-01", "2024-09-30", "month", "2024-09-30"],
    ["今年夏天", "2024-06-01", "2024-08-31", "season", "2024-08-31"],
    ["自2021年夏天以来", "2021-06-01", "2024-05-01", "season", "2021-06-30"],
    ["自2017年以来", "2017-01-01", "2024-06-20", "year", "2017-12-31"],
    ["自2017年以來", "2017-01-01", "2024-06-20", "year", "2017-12-31"],
    ["2023年至2024年", "2023-01-01", "2024-12-31", "year", "2024-12-31"],
    ["8月初", "2022-08-01", "2022-08-10", "part-of-month", "2022-08-10"],
    ["自8月初以来", "2022-08-01", "2023-01-10", "part-of-month", "2022-08-01"],
  ])("should end %s on the right day", (_text, from, to, precision, want) => {
    expect(plausibleEnd({ from, to, precision })).toBe(want);
  });

  it("should leave undated and open reports alone", () => {
    expect(plausibleEnd({ from: null, to: null, precision: null })).toBeNull();
    expect(plausibleEnd({ from: "2024-07-05", to: null, precision: "day" })).toBeNull();
  });
});

describe("since reports in a timeline", () => {
  const xi = { id: "person:xi-jinping", name: "习近平", country: "CN" };
  const tj = { id: "place:tajikistan", name: "塔吉克斯坦", country: "TJ" };
  it.each<[string, string, "day" | "month"]>([
    ["這是習近平自2019年6月以來再次對塔吉克進行國事訪問。", "2019-06-01", "month"],
    ["这是习近平自2019年6月以来再次对塔吉克斯坦进行国事访问。", "2019-06-01", "day"],
  ])("should keep %s apart from the visit it is written during", async (quote, from, precision) => {
    const doc = extraction({
      id: "a",
      published: "2024-07-06",
      entities: [xi, tj],
      events: [
        { type: "visit", participants: [xi.id], place: tj.id, from: "2024-07-05", quote: "习近平5日抵达杜尚别。" },
        { type: "visit", participants: [xi.id], place: tj.id, from, to: "2024-07-06", precision, quote },
      ],
    });
    const t = await toTimeline([doc]);
    expect(t.events.map((e) => e.start)).toEqual([precision === "month" ? "2019-06" : "2019-06-01", "2024-07-05"]);
  });
});
