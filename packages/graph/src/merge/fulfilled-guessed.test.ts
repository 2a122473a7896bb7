import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { intervalOf, isoDay } from "../time/days.ts";
import { SULLIVAN, doc, timeline } from "./rules.helpers.ts";

type Report = [quote: string, published: string, place: string, rule?: string];
/** A headline's visit the extractor dated by the fortnight before its article, "happened" for want of a cue. */
const GUESSED = "visit/subject;date:trip-leg;status:default";
/** 沙利文's visit to 北京 on 2024-08-27..29, reported by an article of 08-30. */
const HELD: EventSpec = { type: "visit", participants: [SULLIVAN.id], place: "place:beijing", from: "2024-08-27", to: "2024-08-29", precision: "day", quote: "沙利文8月27日至29日访问北京。" };

async function visits([quote, published, place, rule]: Report): Promise<number> {
  const report: EventSpec = { type: "visit", participants: [SULLIVAN.id], place, quote, from: isoDay(intervalOf(published)!.lo - 14), to: published, precision: "part-of-month", rule: rule ?? GUESSED };
  const events = await timeline(doc("early", published, [report]), doc("held", "2024-08-30", [HELD]));
  return events.filter((e) => e.type === "visit").length;
}

// A visit dated only by the days before its article (a headline: 普京会见王毅 盼习近平访俄) that no cue
// says happened, and that nothing in those days confirms, is the visit that followed.
describe("joinFulfilledPlans, visits dated only by their article's days", () => {
  it.each<[string, Report]>([
    ["盼…访华", ["会见中方官员 盼沙利文访华", "2024-07-10", "place:china"]],
    ["traditional, 盼…訪華", ["會見中方官員 盼蘇利文訪華", "2024-07-10", "place:china"]],
    ["期待…访问北京", ["白宫期待沙利文访问北京", "2024-08-01", "place:beijing"]],
    ["traditional, 歡迎…訪問北京", ["北京歡迎蘇利文訪問北京", "2024-07-30", "place:beijing"]],
    ["two months before", ["沙利文访华一事受关注", "2024-06-20", "place:china"]],
    ["traditional, days another report of its article lent", ["關鍵是蘇利文何時訪華", "2024-07-10", "place:china", "visit/subject;date:itinerary;status:default"]],
  ])("should join %s to the visit that followed", async (_, report) => {
    expect(await visits(report)).toBe(1);
  });

  it.each<[string, Report]>([
    ["a cue that says it happened", ["沙利文已访华", "2024-07-10", "place:china", "visit/subject;date:trip-leg;status:cue:已"]],
    ["traditional, a cue", ["蘇利文已訪華", "2024-07-10", "place:china", "visit/subject;date:trip-leg;status:cue:已"]],
    ["more than a quarter before", ["盼沙利文访华", "2024-04-10", "place:china"]],
    ["another country", ["盼沙利文访俄", "2024-07-10", "place:russia"]],
    ["traditional, another country", ["盼蘇利文訪俄", "2024-07-10", "place:russia"]],
    ["a date of its own", ["沙利文7月1日访华", "2024-07-10", "place:china", "visit/subject;date:clause;status:default"]],
  ])("should keep apart %s", async (_, report) => {
    expect(await visits(report)).toBe(2);
  });
});
