import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { SULLIVAN, doc, timeline } from "./rules.helpers.ts";

type Report = [quote: string, published: string, place: string, rule?: string];
const DEFAULT = "visit/subject;date:none;status:default";
/** 沙利文's visit to 北京 on 2024-08-27..29, reported by an article of 08-30. */
const HELD: EventSpec = { type: "visit", participants: [SULLIVAN.id], place: "place:beijing", from: "2024-08-27", to: "2024-08-29", precision: "day", quote: "沙利文8月27日至29日访问北京。" };

async function visits([quote, published, place, rule]: Report): Promise<number> {
  const status = rule?.includes("未") ? "not-happened" : "happened";
  const report: EventSpec = { type: "visit", participants: [SULLIVAN.id], place, quote, status, rule: rule ?? DEFAULT };
  const events = await timeline(doc("early", published, [report]), doc("held", "2024-08-30", [HELD]));
  return events.filter((e) => e.type === "visit").length;
}

// An undated report that reads as "happened" only for want of a cue (有意, 筹划 are not cues yet)
// cannot be about a visit after its article; it is the visit that followed.
describe("joinFulfilledPlans, unsupported reports", () => {
  it.each<[string, Report]>([
    ["有意访华", ["据报道，沙利文有意在未来数月访问中国。", "2024-06-19", "place:china"]],
    ["traditional", ["沙利文亦表示有意訪華，但未公布日期。", "2024-07-10", "place:china"]],
    ["筹划", ["沙利文据报也正在筹划访华。", "2024-07-21", "place:china"]],
    ["traditional, 籌劃 Beijing", ["蘇利文據報正在籌劃訪問北京。", "2024-07-21", "place:beijing"]],
    ["意欲", ["沙利文意欲访问北京。", "2024-08-01", "place:beijing"]],
    ["a week before", ["沙利文下周訪問北京一事正在敲定。", "2024-08-20", "place:beijing"]],
  ])("should join %s to the visit that followed", async (_, report) => {
    expect(await visits(report)).toBe(1);
  });

  it.each<[string, Report]>([
    ["a cue that says it happened", ["沙利文曾访问中国。", "2024-06-19", "place:china", "visit/subject;date:none;status:cue:曾"]],
    ["traditional, a cue", ["蘇利文曾訪問中國。", "2024-06-19", "place:china", "visit/subject;date:none;status:cue:曾"]],
    ["more than a quarter before", ["沙利文有意访华。", "2024-04-10", "place:china"]],
    ["another country", ["沙利文有意访问俄罗斯。", "2024-06-19", "place:russia"]],
    ["traditional, another country", ["蘇利文有意訪問俄羅斯。", "2024-06-19", "place:russia"]],
    ["one that did not happen", ["沙利文未能访华。", "2024-06-19", "place:china", "visit/subject;date:none;status:cue:未能"]],
  ])("should keep apart %s", async (_, report) => {
    expect(await visits(report)).toBe(2);
  });
});
