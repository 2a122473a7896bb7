import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { BLINKEN, doc, timeline } from "./rules.helpers.ts";

type Plan = [quote: string, published: string, place: string | null, status?: EventSpec["status"], from?: string, to?: string];
/** Blinken's visit to 北京 on 2024-04-24..26, reported by an article of 04-27. */
const HELD: EventSpec = { type: "visit", participants: [BLINKEN], place: "place:beijing", from: "2024-04-24", to: "2024-04-26", precision: "day", quote: "布林肯4月24日至26日访问北京。" };

async function visits([quote, published, place, status, from, to]: Plan): Promise<number> {
  const plan: EventSpec = { type: "visit", participants: [BLINKEN], place, status: status ?? "planned", quote, ...(from ? { from, to: to ?? from, precision: "month" as const } : {}) };
  const events = await timeline(doc("plan", published, [plan]), doc("held", "2024-04-27", [HELD]));
  return events.filter((e) => e.type === "visit").length;
}

describe("joinFulfilledPlans", () => {
  // Undated plans already join the visit they precede in the merger; these carry a date of their own
  // past, borrowed from the trip the article reports (耶伦结束在瑞士的行程后…此行).
  it.each<[string, Plan]>([
    ["a plan dated by its article's own trip", ["布林肯此行之后将访问北京。", "2024-02-10", "place:beijing", "planned", "2024-02-01", "2024-02-10"]],
    ["traditional", ["布林肯結束此行後將訪問北京。", "2024-02-10", "place:beijing", "planned", "2024-02-01", "2024-02-10"]],
    ["a plan for the country of the city", ["美方希望布林肯能在未来数月访问中国。", "2024-01-31", "place:china", "planned", "2024-01-01", "2024-01-31"]],
    ["traditional, the country", ["美方官員表示，希望布林肯訪問中國。", "2024-01-31", "place:china", "planned", "2024-01-01", "2024-01-31"]],
    ["a possible visit", ["布林肯可能访华。", "2024-03-20", "place:china", "possible", "2024-03-01", "2024-03-20"]],
    ["a plan dated a few days past its article", ["布林肯本周将访问北京。", "2024-02-28", "place:beijing", "planned", "2024-02-01", "2024-03-01"]],
    ["five months before", ["布林肯將訪問北京。", "2023-11-28", "place:beijing", "planned", "2023-11-01", "2023-11-28"]],
  ])("should join %s to the visit that followed", async (_, plan) => {
    expect(await visits(plan)).toBe(1);
  });

  it.each<[string, Plan]>([
    ["a plan for another country", ["布林肯此行后将访问俄罗斯。", "2024-02-10", "place:russia", "planned", "2024-02-01", "2024-02-10"]],
    ["traditional, another country", ["布林肯此行後將訪問俄羅斯。", "2024-02-10", "place:russia", "planned", "2024-02-01", "2024-02-10"]],
    ["a plan more than half a year before", ["布林肯期待訪問北京。", "2023-09-30", "place:beijing", "planned", "2023-09-01", "2023-09-30"]],
    ["a plan after the visit", ["布林肯将再次访问北京。", "2024-05-31", "place:beijing", "planned", "2024-05-01", "2024-05-31"]],
    ["a plan with its own later date", ["布林肯将于6月访问北京。", "2024-02-10", "place:beijing", "planned", "2024-06-01", "2024-06-30"]],
    ["a visit that did not happen", ["布林肯取消访问北京。", "2024-02-10", "place:beijing", "not-happened", "2024-02-01", "2024-02-10"]],
  ])("should keep %s apart", async (_, plan) => {
    expect(await visits(plan)).toBe(2);
  });
});
