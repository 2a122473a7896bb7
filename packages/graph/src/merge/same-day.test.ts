import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec } from "../fixtures/index.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";
import { PlaceRelations } from "./places.ts";

const facts = lexiconPlaceFacts();
const VENUES: [string, string, string][] = [
  ["place:great-hall-of-the-people", "人民大会堂", "CN"],
  ["place:zhongnanhai", "中南海", "CN"],
  ["place:yingtai", "瀛台", "CN"],
  ["place:diaoyutai", "钓鱼台国宾馆", "CN"],
  ["place:white-house", "白宫", "US"],
  ["place:oval-office", "椭圆形办公室", "US"],
  ["place:capitol-hill", "国会山", "US"],
  ["place:kremlin", "克里姆林宫", "RU"],
  ["place:novo-ogaryovo", "新奥加廖沃", "RU"],
  ["place:schloss-elmau", "埃尔毛城堡", "DE"],
  ["place:beijing", "北京", "CN"],
  ["place:moscow", "莫斯科", "RU"],
];
const places: EntitySpec[] = VENUES.map(([id, name, country]) => ({ id, name, country, within: facts.within[id] ?? [] }));
const people: EntitySpec[] = [
  { id: "person:xi-jinping", name: "习近平", country: "CN" },
  { id: "person:vladimir-putin", name: "普京", country: "RU" },
];

/** The number of meetings two reports of the same pair make. */
async function meetings(a: [string, string, string], b: [string, string, string]): Promise<number> {
  const docs = [a, b].map(([place, from, quote], i) =>
    extraction({ id: `d${i}`, published: "2024-06-01", entities: [...people, ...places], events: [{ type: "meeting", participants: ["person:xi-jinping", "person:vladimir-putin"], place, from, quote }] }),
  );
  return (await toTimeline(docs, { ...facts })).events.length;
}

describe("merging one day's meetings in one city", () => {
  it.each<[[string, string, string], [string, string, string]]>([
    [["place:great-hall-of-the-people", "2024-05-16", "普京在人民大会堂与习近平举行会谈。"], ["place:zhongnanhai", "2024-05-16", "当晚，习近平在中南海同普京小范围会晤。"]],
    [["place:great-hall-of-the-people", "2024-05-16", "普京在人民大會堂與習近平舉行會談。"], ["place:zhongnanhai", "2024-05-16", "當晚，習近平在中南海同普京散步交談。"]],
    [["place:diaoyutai", "2024-05-16", "习近平在钓鱼台国宾馆与普京共进早餐。"], ["place:great-hall-of-the-people", "2024-05-16", "习近平随后在人民大会堂与普京会谈。"]],
    [["place:yingtai", "2024-05-16", "習近平在瀛台與普京茶敘。"], ["place:great-hall-of-the-people", "2024-05-16", "習近平在人民大會堂會見普京。"]],
    [["place:kremlin", "2023-03-21", "习近平在克里姆林宫同普京举行会谈。"], ["place:novo-ogaryovo", "2023-03-21", "普京在新奥加廖沃官邸与习近平非正式会晤。"]],
    [["place:kremlin", "2023-03-21", "習近平在克里姆林宮同普京舉行會談。"], ["place:novo-ogaryovo", "2023-03-21", "普京在新奧加廖沃官邸宴請習近平。"]],
  ])("should make one meeting of %j and %j", async (a, b) => {
    expect(await meetings(a, b)).toBe(1);
  });

  it.each<[[string, string, string], [string, string, string]]>([
    [["place:great-hall-of-the-people", "2024-05-16", "普京在人民大会堂与习近平举行会谈。"], ["place:zhongnanhai", "2024-05-17", "次日，习近平在中南海同普京会晤。(another day)"]],
    [["place:great-hall-of-the-people", "2024-05-16", "普京在人民大會堂與習近平舉行會談。"], ["place:kremlin", "2024-05-16", "習近平在克里姆林宮會見普京。(another city)"]],
    [["place:schloss-elmau", "2022-06-27", "习近平在埃尔毛城堡与普京会面。"], ["place:kremlin", "2022-06-27", "习近平在克里姆林宫会见普京。(a venue of a country only)"]],
  ])("should keep apart %j and %j", async (a, b) => {
    expect(await meetings(a, b)).toBe(2);
  });
});

describe("PlaceRelations.sameCity", () => {
  const rel = new PlaceRelations([], facts.countries, facts.within, facts.kinds);
  for (const [id, name, country] of VENUES) rel.set({ id, name, nameEn: null, country, within: facts.within[id] ?? [] });
  it.each<[string, string, boolean]>([
    ["place:great-hall-of-the-people", "place:zhongnanhai", true],
    ["place:yingtai", "place:diaoyutai", true],
    ["place:oval-office", "place:capitol-hill", true],
    ["place:white-house", "place:capitol-hill", true],
    ["place:kremlin", "place:novo-ogaryovo", true],
    ["place:great-hall-of-the-people", "place:kremlin", false],
    ["place:great-hall-of-the-people", "place:beijing", false],
    ["place:schloss-elmau", "place:schloss-elmau", false],
  ])("should say whether %s and %s are venues of one city: %s", (a, b, want) => {
    expect(rel.sameCity(a, b)).toBe(want);
  });
});
