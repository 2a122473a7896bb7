import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";

const TRUMP = "person:donald-trump";
const ENTITIES: EntitySpec[] = [
  { id: TRUMP, name: "特朗普", country: "US" },
  { id: "place:china", name: "中国", country: "CN" },
  { id: "place:beijing", name: "北京", country: "CN", within: ["place:china"] },
];
const COUNTRIES = { "place:china": "CN" };
const visit = (quote: string, status: EventSpec["status"], year: boolean, place = "place:china"): EventSpec =>
  year ? { type: "visit", participants: [TRUMP], place, from: "2020-01-01", to: "2020-12-31", precision: "year", status, quote } : { type: "visit", participants: [TRUMP], place, status, quote };

/** How many visits two articles (of 2020-01-17 and 2020-03-02) make. */
async function visits(a: EventSpec[], b: EventSpec[] = []): Promise<number> {
  const docs = [extraction({ id: "a", published: "2020-01-17", entities: ENTITIES, events: a })];
  if (b.length) docs.push(extraction({ id: "b", published: "2020-03-02", entities: ENTITIES, events: b }));
  return (await toTimeline(docs, { countries: COUNTRIES })).events.length;
}

describe("an undated plan and a plan of a year", () => {
  it.each<[string, EventSpec[], EventSpec[]]>([
    ["one article", [visit("外界关注特朗普今年是否真会访问北京。", "possible", true, "place:beijing"), visit("特朗普表示他将在不太遥远的将来访问中国。", "planned", false)], []],
    ["one article, traditional", [visit("外界關注川普今年是否真會訪問北京。", "possible", true, "place:beijing"), visit("川普表示他將在「不太遙遠的將來」訪問中國。", "planned", false)], []],
    ["two articles", [visit("特朗普计划今年访华。", "planned", true)], [visit("白宫称特朗普仍准备访问中国。", "planned", false)]],
    ["two articles, traditional", [visit("川普計劃今年訪華。", "planned", true)], [visit("白宮稱川普仍準備訪問中國。", "planned", false)]],
    ["a possible one", [visit("特朗普年内访华的可能性很大。", "possible", true)], [visit("特朗普或将访华。", "possible", false)]],
  ])("should be one visit in %s", async (_, a, b) => {
    expect(await visits(a, b)).toBe(1);
  });

  it.each<[string, EventSpec[], EventSpec[]]>([
    ["a visit that happened, undated", [visit("特朗普计划今年访华。", "planned", true)], [visit("特朗普访华期间参观故宫。", "happened", false)]],
    ["visits of a year that happened (a summary)", [visit("特朗普今年已三度访华。", "happened", true)], [visit("特朗普访华", "happened", false)]],
    ["a plan of a year, an undated report it happened", [visit("特朗普今年是否訪華仍未確定。", "possible", true)], [visit("川普結束訪華行程。", "happened", false)]],
  ])("should keep apart %s", async (_, a, b) => {
    expect(await visits(a, b)).toBe(2);
  });
});
