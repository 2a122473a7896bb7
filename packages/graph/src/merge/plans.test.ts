import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import type { Precision } from "../model.ts";
import { P, story } from "./story.helpers.ts";

type Plan = [quote: string, from: string, to: string, precision: Precision];
const visitPlan = (visitor: string, place: string) => ([quote, from, to, precision]: Plan): EventSpec => ({
  type: "visit", participants: [visitor], place, from, to, precision, status: "planned", quote,
});

describe("joinPlans", () => {
  // Two articles report one plan with different vague dates; the more precise (then narrower) stands.
  it.each<[string, string, Plan, Plan, [string, string]]>([
    [P.xi, "place:united-states", ["习近平将于明年初访问美国。", "2026-01-01", "2026-03-31", "season"], ["习近平将于明年4月访问美国。", "2026-04-01", "2026-04-30", "month"], ["2026-04", "2026-04"]],
    [P.xi, "place:united-states", ["習近平將於明年初訪問美國。", "2026-01-01", "2026-03-31", "season"], ["習近平將於明年4月訪問美國。", "2026-04-01", "2026-04-30", "month"], ["2026-04", "2026-04"]],
    [P.scholz, "place:china", ["朔尔茨计划年底访华。", "2022-11-01", "2022-12-31", "season"], ["朔尔茨拟于11月访问中国。", "2022-11-01", "2022-11-30", "month"], ["2022-11", "2022-11"]],
    [P.scholz, "place:beijing", ["蕭茲計劃年底訪華。", "2022-11-01", "2022-12-31", "season"], ["蕭茲擬於11月訪問北京。", "2022-11-01", "2022-11-30", "month"], ["2022-11", "2022-11"]],
    [P.macron, "place:china", ["马克龙预计3月访华。", "2023-03-01", "2023-03-31", "month"], ["马克龙预计4月初访华。", "2023-04-01", "2023-04-10", "part-of-month"], ["2023-04-01", "2023-04-10"]],
    [P.macron, "place:china", ["馬克宏預計3月訪華。", "2023-03-01", "2023-03-31", "month"], ["馬克宏預計4月訪華。", "2023-04-01", "2023-04-30", "month"], ["2023-04", "2023-04"]],
    [P.albanese, "place:china", ["阿尔巴尼斯可能于今年晚些时候访华。", "2023-07-20", "2023-12-31", "year"], ["阿尔巴尼斯将于11月访问中国。", "2023-11-01", "2023-11-30", "month"], ["2023-11", "2023-11"]],
    [P.albanese, "place:beijing", ["艾班尼斯可能於今年稍後訪華。", "2023-07-20", "2023-12-31", "year"], ["艾班尼斯將於11月訪問北京。", "2023-11-01", "2023-11-30", "month"], ["2023-11", "2023-11"]],
    [P.blinken, "place:china", ["布林肯将于明年上半年访华。", "2024-01-01", "2024-06-30", "season"], ["布林肯将于7月访华。", "2024-07-01", "2024-07-31", "month"], ["2024-07", "2024-07"]],
  ])("should make one planned visit of %s's plans: %j and %j", async (visitor, place, a, b, want) => {
    const events = await story("2023-07-19", [visitPlan(visitor, place)(a)], [visitPlan(visitor, place)(b)]);
    expect(events.map((e) => [e.start, e.end, e.sources.length])).toEqual([[...want, 2]]);
  });

  it("should make one planned meeting of two vague reports (年内 / 11月)", async () => {
    const meet = (quote: string, from: string, to: string, precision: Precision): EventSpec => ({ type: "meeting", participants: [P.xi, P.yellen], from, to, precision, status: "possible", quote });
    const events = await story("2023-07-19", [meet("耶伦与习近平年内可能会面。", "2023-07-20", "2023-12-31", "year")], [meet("耶倫與習近平可能於11月會面。", "2023-11-01", "2023-11-30", "month")]);
    expect(events.map((e) => [e.start, e.status])).toEqual([["2023-11", "possible"]]);
  });

  it.each<[string, string, Plan, Plan, ("same" | "japan")?]>([
    [P.xi, "place:united-states", ["习近平将于明年初访问美国。", "2026-01-01", "2026-03-31", "season"], ["习近平将于明年9月访问美国。(months apart)", "2026-09-01", "2026-09-30", "month"]],
    [P.xi, "place:united-states", ["習近平將於明年1月訪問美國。", "2026-01-01", "2026-01-31", "month"], ["習近平將於明年2月訪問日本。(another country)", "2026-02-01", "2026-02-28", "month"], "japan"],
    [P.macron, "place:china", ["马克龙3月访华，", "2023-03-01", "2023-03-31", "month"], ["4月再度访华。(one article, two plans)", "2023-04-01", "2023-04-30", "month"], "same"],
    [P.blinken, "place:china", ["布林肯将于6月18日访华。", "2023-06-18", "2023-06-18", "day"], ["布林肯将于7月访华。(a day-precise plan)", "2023-07-01", "2023-07-31", "month"]],
  ])("should keep apart %s's plans %j and %j", async (visitor, place, a, b, how) => {
    const plan = visitPlan(visitor, place);
    const second = how === "japan" ? visitPlan(visitor, "place:japan")(b) : plan(b);
    const events = how === "same" ? await story("2023-01-10", [plan(a), second]) : await story("2023-01-10", [plan(a)], [second]);
    expect(events).toHaveLength(2);
  });

  it("should leave what happened alone", async () => {
    const events = await story("2023-04-10", [{ type: "visit", participants: [P.macron], place: "place:china", from: "2023-03-01", to: "2023-03-31", precision: "month", quote: "马克龙3月访华。" }], [
      visitPlan(P.macron, "place:china")(["马克龙将于4月访华。", "2023-04-01", "2023-04-30", "month"]),
    ]);
    expect(events).toHaveLength(2);
  });
});
