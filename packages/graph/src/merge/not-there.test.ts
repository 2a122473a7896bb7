import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";

const facts = lexiconPlaceFacts();
const A = "person:emmanuel-macron";
const B = "person:xi-jinping";
const place = (id: string, name: string, country: string): EntitySpec => ({ id, name, country, within: facts.within[id] ?? [] });
const ENTITIES: EntitySpec[] = [
  { id: A, name: "马克龙", country: "FR" },
  { id: B, name: "习近平", country: "CN" },
  place("place:china", "中国", "CN"),
  place("place:guangzhou", "广州", "CN"),
  place("place:shanghai", "上海", "CN"),
  place("place:beijing", "北京", "CN"),
];
type Row = [place: string, status: EventSpec["status"], dated: boolean, quote: string];

/** The place of the one event two reports of a visit by A (or a meeting of A and B) make. */
async function placeOf(type: "visit" | "meeting", rows: Row[]): Promise<string | null> {
  const participants = type === "visit" ? [A] : [A, B];
  const events: EventSpec[] = rows.map(([where, status, dated, quote]) => ({ type, participants, place: where, status, quote, ...(dated ? { from: "2023-04-05", to: "2023-04-07" } : {}) }));
  const all = (await toTimeline([extraction({ id: "d", published: "2023-04-07", entities: ENTITIES, events })], { ...facts })).events;
  expect(all).toHaveLength(1);
  return all[0]!.place;
}

describe("a place the text says the event did not go to", () => {
  it.each<[string, "visit" | "meeting", Row[], string]>([
    ["没有随马克龙前往广州", "visit", [["place:china", "happened", true, "马克龙5日抵达中国，开始为期三天的国事访问。"], ["place:guangzhou", "not-happened", false, "冯德莱恩没有随马克龙前往广州。"]], "place:china"],
    ["traditional", "visit", [["place:china", "happened", true, "馬克龍5日抵達中國，展開為期三天的國事訪問。"], ["place:guangzhou", "not-happened", false, "馮德萊恩沒有隨馬克龍前往廣州。"]], "place:china"],
    ["此行不会前往上海", "visit", [["place:china", "happened", true, "马克龙此次访华为期三天。"], ["place:shanghai", "not-happened", false, "马克龙此行不会前往上海。"]], "place:china"],
    ["a meeting not held in 上海", "meeting", [["place:china", "happened", true, "马克龙访华期间与习近平会晤。"], ["place:shanghai", "not-happened", false, "两人并未如外界预期在上海见面。"]], "place:china"],
    ["traditional, a meeting", "meeting", [["place:china", "happened", true, "馬克龍訪華期間與習近平會晤。"], ["place:shanghai", "not-happened", false, "兩人並未如外界預期在上海見面。"]], "place:china"],
    ["the city it did go to", "visit", [["place:guangzhou", "happened", true, "马克龙7日抵达广州。"], ["place:china", "not-happened", false, "马克龙没有访问中国其他城市。"]], "place:guangzhou"],
    ["a visit that did not happen keeps its place", "visit", [["place:china", "not-happened", true, "马克龙原定访华的行程取消。"], ["place:guangzhou", "not-happened", false, "马克龙不会前往广州。"]], "place:guangzhou"],
    ["a plan keeps the place of what did not happen (no source happened)", "visit", [["place:china", "planned", true, "马克龙将访华。"], ["place:guangzhou", "not-happened", false, "马克龙不会前往广州。"]], "place:guangzhou"],
  ])("should place %s", async (_, type, rows, want) => {
    expect(await placeOf(type, rows)).toBe(want);
  });
});
