import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { BIDEN, BLINKEN, doc, SULLIVAN, timeline, TRUMP, XI } from "./rules.helpers.ts";

describe("joinTrips", () => {
  it.each<[string, EventSpec[], [string, string, string | null]]>([
    ["a city and its country (莫斯科, 俄罗斯)", [
      { type: "visit", participants: [XI], place: "place:moscow", from: "2023-03-20", quote: "习近平20日抵达莫斯科。" },
      { type: "visit", participants: [XI], place: "place:russia", from: "2023-03-22", quote: "习近平22日结束对俄罗斯的国事访问。" },
    ], ["2023-03-20", "2023-03-22", "place:moscow"]],
    ["two days apart (利马, 秘鲁)", [
      { type: "visit", participants: [XI], place: "place:lima", from: "2024-11-14", quote: "習近平14日抵達利馬。" },
      { type: "visit", participants: [XI], place: "place:peru", from: "2024-11-16", quote: "習近平16日在秘魯。" },
    ], ["2024-11-14", "2024-11-16", "place:lima"]],
    ["two cities of one country (釜山, 庆州)", [
      { type: "visit", participants: [TRUMP], place: "place:busan", from: "2025-10-29", quote: "特朗普29日抵达釜山。" },
      { type: "visit", participants: [TRUMP], place: "place:gyeongju", from: "2025-10-30", to: "2025-10-31", quote: "特朗普30日至31日在庆州。" },
    ], ["2025-10-29", "2025-10-31", "place:south-korea"]],
    ["a month's visit to one city holding a day's visit to another", [
      { type: "visit", participants: [TRUMP], place: "place:gyeongju", from: "2025-10-01", to: "2025-10-31", precision: "month", quote: "特朗普10月访问庆州。" },
      { type: "visit", participants: [TRUMP], place: "place:busan", from: "2025-10-29", quote: "特朗普29日抵达釜山。" },
    ], ["2025-10-29", "2025-10-29", "place:south-korea"]],
  ])("should make one trip of one visitor's visits: %s", async (_name, specs, want) => {
    const events = await timeline(doc("a", "2025-11-01", specs));
    expect(events.map((e) => [e.start, e.end, e.place])).toEqual([want]);
  });

  // What happened so far and the legs still planned in the same days are one trip; the firm status stands.
  it.each<[string, EventSpec, EventSpec]>([
    ["釜山 then 庆州 (simplified)",
      { type: "visit", participants: [TRUMP], place: "place:busan", from: "2025-10-29", quote: "特朗普29日抵达釜山。" },
      { type: "visit", participants: [TRUMP], place: "place:gyeongju", from: "2025-10-30", status: "planned", quote: "特朗普明天将前往庆州出席峰会。" }],
    ["釜山 then 慶州 (traditional)",
      { type: "visit", participants: [TRUMP], place: "place:busan", from: "2025-10-29", quote: "川普29日抵達釜山。" },
      { type: "visit", participants: [TRUMP], place: "place:gyeongju", from: "2025-10-31", status: "planned", quote: "川普週五將轉往慶州。" }],
    ["莫斯科 then 俄罗斯",
      { type: "visit", participants: [XI], place: "place:moscow", from: "2023-03-20", quote: "习近平20日抵达莫斯科。" },
      { type: "visit", participants: [XI], place: "place:russia", from: "2023-03-22", status: "planned", quote: "习近平预计22日结束对俄罗斯的访问。" }],
    ["利馬 then 秘魯",
      { type: "visit", participants: [XI], place: "place:lima", from: "2024-11-14", quote: "習近平14日抵達利馬。" },
      { type: "visit", participants: [XI], place: "place:peru", from: "2024-11-16", status: "possible", quote: "習近平16日可能前往秘魯其他城市。" }],
    ["北京 then 人民大会堂",
      { type: "visit", participants: [BLINKEN], place: "place:beijing", from: "2023-06-18", quote: "布林肯18日抵达北京。" },
      { type: "visit", participants: [BLINKEN], place: "place:great-hall-of-the-people", from: "2023-06-19", status: "planned", quote: "布林肯19日将前往人民大会堂。" }],
  ])("should join a planned leg to the trip that happened: %s", async (_name, first, leg) => {
    const events = await timeline(doc("a", first.from!, [first, leg]));
    expect(events.map((e) => [e.type, e.start, e.end, e.status])).toEqual([["visit", first.from, leg.from, "happened"]]);
  });

  it.each<[string, EventSpec, EventSpec]>([
    ["a visit called off (simplified)",
      { type: "visit", participants: [TRUMP], place: "place:busan", from: "2025-10-29", quote: "特朗普29日抵达釜山。" },
      { type: "visit", participants: [TRUMP], place: "place:gyeongju", from: "2025-10-30", status: "not-happened", quote: "特朗普取消了30日前往庆州的行程。" }],
    ["a visit called off (traditional)",
      { type: "visit", participants: [XI], place: "place:moscow", from: "2023-03-20", quote: "習近平20日抵達莫斯科。" },
      { type: "visit", participants: [XI], place: "place:russia", from: "2023-03-21", status: "not-happened", quote: "習近平並未如期在21日訪問俄羅斯其他城市。" }],
    ["two countries",
      { type: "visit", participants: [XI], place: "place:moscow", from: "2023-03-20", quote: "习近平20日抵达莫斯科。" },
      { type: "visit", participants: [XI], place: "place:peru", from: "2023-03-21", status: "planned", quote: "习近平21日将转往秘鲁。" }],
  ])("should keep apart what cannot be one trip: %s", async (_name, first, leg) => {
    const events = await timeline(doc("a", first.from!, [first, leg]));
    expect(events).toHaveLength(2);
  });
});

describe("placeMeetings", () => {
  it("should place a meeting where one of its people was visiting that day", async () => {
    const events = await timeline(
      doc("a", "2023-06-20", [
        { type: "visit", participants: [BLINKEN], place: "place:beijing", from: "2023-06-18", to: "2023-06-19", quote: "布林肯18日至19日访问北京。" },
        { type: "meeting", participants: [BLINKEN, SULLIVAN.id], from: "2023-06-19", quote: "布林肯19日与沙利文会晤。" },
        { type: "meeting", participants: [BLINKEN, XI], from: "2023-06-21", quote: "布林肯21日与习近平会晤。" },
        { type: "call", participants: [BLINKEN, BIDEN], from: "2023-06-19", quote: "布林肯19日与拜登通电话。" },
      ]),
    );
    expect(events.filter((e) => e.type !== "visit").map((e) => [e.type, e.start, e.place])).toEqual([
      ["call", "2023-06-19", null],
      ["meeting", "2023-06-19", "place:beijing"],
      ["meeting", "2023-06-21", null],
    ]);
  });

});
