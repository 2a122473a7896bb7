import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec } from "../fixtures/index.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";

const facts = lexiconPlaceFacts();
const PLACES: [string, string, string][] = [
  ["place:beijing", "北京", "CN"],
  ["place:washington", "华盛顿", "US"],
  ["place:moscow", "莫斯科", "RU"],
  ["place:paris", "巴黎", "FR"],
  ["place:singapore", "新加坡", "SG"],
  ["place:london", "伦敦", "GB"],
  ["place:great-hall-of-the-people", "人民大会堂", "CN"],
  ["place:diaoyutai", "钓鱼台国宾馆", "CN"],
  ["place:zhongnanhai", "中南海", "CN"],
  ["place:yingtai", "瀛台", "CN"],
  ["place:white-house", "白宫", "US"],
  ["place:oval-office", "椭圆形办公室", "US"],
  ["place:kremlin", "克里姆林宫", "RU"],
  ["place:elysee-palace", "爱丽舍宫", "FR"],
  ["place:shangri-la-singapore", "香格里拉酒店", "SG"],
  ["place:downing-street", "唐宁街10号", "GB"],
  ["place:camp-david", "戴维营", "US"],
  ["place:schloss-elmau", "埃尔毛城堡", "DE"],
  ["place:panmunjom", "板门店", "ZZ"],
];
const place = ([id, name, country]: [string, string, string]): EntitySpec => ({ id, name, country, within: facts.within[id] ?? [] });
const A = "person:a";
const B = "person:b";
const people: EntitySpec[] = [
  { id: A, name: "甲", country: "CN" },
  { id: B, name: "乙", country: "US" },
];

/** The one event a meeting (or a visit by A) at `where` becomes; `cities` lists the places the corpus names. */
async function eventAt(where: string, quote: string, type: "meeting" | "visit" = "meeting", cities = PLACES) {
  const entities = [...people, ...cities.map(place)];
  const participants = type === "visit" ? [A] : [A, B];
  const x = extraction({ id: "d", published: "2024-05-20", entities, events: [{ type, participants, place: where, from: "2024-05-16", quote }] });
  const [e] = (await toTimeline([x], { ...facts })).events;
  return { place: e!.place, venue: e!.venue ?? null };
}

describe("placeInCities", () => {
  it.each<[string, string, string, string | null]>([
    ["李强在人民大会堂会见乙。", "place:great-hall-of-the-people", "place:beijing", "place:great-hall-of-the-people"],
    ["李強在人民大會堂會見乙。", "place:great-hall-of-the-people", "place:beijing", "place:great-hall-of-the-people"],
    ["王毅在钓鱼台国宾馆同乙举行会谈。", "place:diaoyutai", "place:beijing", "place:diaoyutai"],
    ["當晚，甲在中南海同乙小範圍會晤。", "place:zhongnanhai", "place:beijing", "place:zhongnanhai"],
    ["甲在中南海瀛台与乙茶叙。", "place:yingtai", "place:beijing", "place:yingtai"],
    ["乙在白宫会见甲。", "place:white-house", "place:washington", "place:white-house"],
    ["乙在白宮橢圓形辦公室接見甲。", "place:oval-office", "place:washington", "place:oval-office"],
    ["甲在克里姆林宫同乙举行会谈。", "place:kremlin", "place:moscow", "place:kremlin"],
    ["乙在愛麗舍宮與甲會談。", "place:elysee-palace", "place:paris", "place:elysee-palace"],
    ["乙在唐寧街10號會見甲。", "place:downing-street", "place:london", "place:downing-street"],
    // A venue outside any city, or of a region or country only, stays the place.
    ["甲与乙在戴维营会晤。", "place:camp-david", "place:camp-david", null],
    ["甲在埃爾毛城堡與乙會面。", "place:schloss-elmau", "place:schloss-elmau", null],
    // 新加坡 is a whole country in the lexicon (a city-state): its hotel stays the place.
    ["甲在香格里拉酒店会见乙。", "place:shangri-la-singapore", "place:shangri-la-singapore", null],
    ["甲与乙在板门店握手。", "place:panmunjom", "place:panmunjom", null],
    // A city or country is no venue.
    ["甲在北京会见乙。", "place:beijing", "place:beijing", null],
  ])("should place %s in its city", async (quote, where, place, venue) => {
    expect(await eventAt(where, quote)).toEqual({ place, venue });
  });

  it("should give a visit to a venue its city as destination", async () => {
    expect(await eventAt("place:white-house", "甲抵达白宫访问。", "visit")).toEqual({ place: "place:washington", venue: "place:white-house" });
  });

  it("should keep the venue when no article names its city", async () => {
    const only = PLACES.filter(([id]) => id !== "place:beijing");
    expect(await eventAt("place:great-hall-of-the-people", "李强在人民大会堂会见乙。", "meeting", only)).toEqual({ place: "place:great-hall-of-the-people", venue: null });
  });

  it("should give the city to a venue no entity stands for", async () => {
    const cities = PLACES.filter(([id]) => id !== "place:great-hall-of-the-people");
    expect(await eventAt("place:great-hall-of-the-people", "普丁與甲在北京人民大會堂舉行會談。", "meeting", cities)).toEqual({ place: "place:beijing", venue: null });
  });
});
