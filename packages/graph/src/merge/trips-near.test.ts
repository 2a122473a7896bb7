import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { BLINKEN, doc, timeline, TRUMP, XI } from "./rules.helpers.ts";

const LEG = "visit/subject;date:trip-leg;status:cue:先后";
/** A visit over a stretch of days (the days before an article, a month), not day-precise. */
const coarse = (who: string, place: string, from: string, to: string, quote: string, status: EventSpec["status"] = "happened"): EventSpec =>
  ({ type: "visit", participants: [who], place, from, to, precision: "part-of-month", status, rule: LEG, quote });
const day = (who: string, place: string, from: string, quote: string, to = from): EventSpec => ({ type: "visit", participants: [who], place, from, to, precision: "day", quote });

// A coarse visit that ends or starts within the trip gap of the one day-precise visit to that country is it.
describe("joinTrips, coarse legs near a day's visit", () => {
  it.each<[string, EventSpec[], [string, string]]>([
    ["the article's fortnight, the next day's arrival", [coarse(XI, "place:russia", "2023-03-06", "2023-03-19", "习近平此次出访先后访问俄罗斯等国。"), day(XI, "place:moscow", "2023-03-20", "习近平20日抵达莫斯科。")], ["2023-03-20", "2023-03-20"]],
    ["traditional, two days on", [coarse(XI, "place:russia", "2023-03-05", "2023-03-18", "習近平此次出訪先後訪問俄羅斯。"), day(XI, "place:moscow", "2023-03-20", "習近平20日抵達莫斯科。", "2023-03-22")], ["2023-03-20", "2023-03-22"]],
    ["the end of a visit read from the day after the talks", [day(XI, "place:moscow", "2023-03-20", "习近平20日抵达莫斯科。"), coarse(XI, "place:russia", "2023-03-23", "2023-03-31", "习近平随后结束在俄罗斯的行程回国。", "planned")], ["2023-03-20", "2023-03-20"]],
    ["traditional, 結束在…的行程", [day(XI, "place:lima", "2024-11-14", "習近平14日抵達利馬。"), coarse(XI, "place:peru", "2024-11-16", "2024-11-30", "習近平隨後結束在秘魯的行程。", "planned")], ["2024-11-14", "2024-11-14"]],
    ["a month and the first of the next", [coarse(TRUMP, "place:south-korea", "2025-10-01", "2025-10-31", "特朗普10月访问韩国。"), day(TRUMP, "place:busan", "2025-11-01", "特朗普11月1日抵达釜山。")], ["2025-11-01", "2025-11-01"]],
  ])("should make one visit of %s", async (_name, specs, want) => {
    const events = await timeline(doc("a", "2025-12-01", specs));
    expect(events.map((e) => [e.start, e.end])).toEqual([want]);
  });

  it.each<[string, EventSpec[]]>([
    ["a coarse visit ending five days before", [coarse(XI, "place:russia", "2023-03-01", "2023-03-15", "习近平此前访问俄罗斯。"), day(XI, "place:moscow", "2023-03-20", "习近平20日抵达莫斯科。")]],
    ["traditional, another country next day", [coarse(XI, "place:south-korea", "2023-03-06", "2023-03-19", "習近平此次出訪先後訪問韓國。"), day(XI, "place:moscow", "2023-03-20", "習近平20日抵達莫斯科。")]],
    ["another visitor", [coarse(BLINKEN, "place:russia", "2023-03-06", "2023-03-19", "布林肯此次出访先后访问俄罗斯。"), day(XI, "place:moscow", "2023-03-20", "习近平20日抵达莫斯科。")]],
    ["a coarse visit that did not happen", [coarse(XI, "place:russia", "2023-03-21", "2023-03-31", "习近平未能如期访问俄罗斯其他城市。", "not-happened"), day(XI, "place:moscow", "2023-03-20", "习近平20日抵达莫斯科。")]],
    ["traditional, a coarse visit with no place", [{ ...coarse(XI, "place:russia", "2023-03-06", "2023-03-19", "習近平此次出訪。"), place: null }, day(XI, "place:moscow", "2023-03-20", "習近平20日抵達莫斯科。")]],
  ])("should keep apart %s", async (_name, specs) => {
    const events = await timeline(doc("a", "2025-12-01", specs));
    expect(events.filter((e) => e.type === "visit").length).toBe(2);
  });
});
