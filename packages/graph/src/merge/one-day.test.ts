import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec } from "../fixtures/index.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";
import { homeCountries, oneDayPlaces } from "./one-day.ts";
import { PlaceRelations } from "./places.ts";

const facts = lexiconPlaceFacts();
const PLACES: [string, string, string][] = [
  ["place:capella-singapore", "嘉佩乐酒店", "SG"],
  ["place:sentosa", "圣淘沙", "SG"],
  ["place:singapore", "新加坡", "SG"],
  ["place:seoul", "首尔", "KR"],
  ["place:korean-dmz", "非军事区", "KR"],
  ["place:busan", "釜山", "KR"],
  ["place:gyeongju", "庆州", "KR"],
  ["place:south-korea", "韩国", "KR"],
  ["place:north-korea", "朝鲜", "KP"],
  ["place:pyongyang", "平壤", "KP"],
  ["place:panmunjom", "板门店", "ZZ"],
  ["place:kuala-lumpur", "吉隆坡", "MY"],
  ["place:putrajaya", "布城", "MY"],
  ["place:osaka", "大阪", "JP"],
  ["place:tokyo", "东京", "JP"],
  ["place:hanoi", "河内", "VN"],
  ["place:beijing", "北京", "CN"],
  ["place:shanghai", "上海", "CN"],
];
const entities: EntitySpec[] = [
  ...PLACES.map(([id, name, country]) => ({ id, name, country, within: facts.within[id] ?? [] })),
  { id: "person:donald-trump", name: "特朗普", country: "US" },
  { id: "person:kim-jong-un", name: "金正恩", country: "KP" },
  { id: "person:moon-jae-in", name: "文在寅", country: "KR" },
];
const PAIRS: Record<string, string[]> = {
  tk: ["person:donald-trump", "person:kim-jong-un"],
  tm: ["person:donald-trump", "person:moon-jae-in"],
  mk: ["person:moon-jae-in", "person:kim-jong-un"],
};
type Report = [place: string, day: string, quote: string];

/** The number of meetings two articles' reports of one pair make. */
async function meetings(pair: string, a: Report, b: Report): Promise<number> {
  const docs = [a, b].map(([place, from, quote], i) =>
    extraction({ id: `d${i}`, published: "2019-07-02", entities, events: [{ type: "meeting", participants: PAIRS[pair]!, place, from, quote }] }),
  );
  return (await toTimeline(docs, { ...facts })).events.filter((e) => e.type === "meeting").length;
}

describe("one-day", () => {
  it.each<[string, Report, Report]>([
    ["tk", ["place:capella-singapore", "2018-06-12", "特朗普与金正恩12日在嘉佩乐酒店举行会晤。"], ["place:sentosa", "2018-06-12", "特金会在圣淘沙举行。"]],
    ["tk", ["place:sentosa", "2018-06-12", "川普與金正恩12日在聖淘沙島會面。"], ["place:capella-singapore", "2018-06-12", "川金會在嘉佩樂酒店登場。"]],
    ["tm", ["place:seoul", "2019-06-30", "文在寅30日在首尔与特朗普举行会谈。"], ["place:korean-dmz", "2019-06-30", "文在寅当天陪同特朗普前往非军事区。"]],
    ["tm", ["place:korean-dmz", "2019-06-30", "文在寅當天陪同川普視察非軍事區。"], ["place:seoul", "2019-06-30", "川普30日在首爾與文在寅會談。"]],
    ["tm", ["place:busan", "2019-06-30", "特朗普与文在寅在釜山会晤。"], ["place:gyeongju", "2019-06-30", "特朗普与文在寅在庆州峰会期间会面。"]],
    ["mk", ["place:panmunjom", "2018-04-27", "文在寅与金正恩27日在板门店会晤。"], ["place:south-korea", "2018-04-27", "金正恩跨越军事分界线，在韩方一侧与文在寅会谈。"]],
    ["mk", ["place:north-korea", "2018-05-26", "兩人26日在北韓一側的統一閣會談。"], ["place:panmunjom", "2018-05-26", "文在寅與金正恩26日在板門店再度會晤。"]],
    ["tk", ["place:panmunjom", "2019-06-30", "特朗普与金正恩30日在板门店会面。"], ["place:north-korea", "2019-06-30", "特朗普跨过分界线踏上朝鲜土地与金正恩握手。"]],
    ["tk", ["place:hanoi", "2019-02-27", "川普與金正恩27日在河內會面。"], ["place:hanoi", "2019-02-27", "兩人27日晚在河內共進晚餐。"]],
    ["mk", ["place:pyongyang", "2018-09-19", "文在寅19日在平壤与金正恩会谈。"], ["place:north-korea", "2018-09-19", "文在寅19日在朝鲜与金正恩签署宣言。"]],
  ])("should make one meeting of one day's reports (%s): %j and %j", async (pair, a, b) => {
    expect(await meetings(pair, a, b)).toBe(1);
  });

  it.each<[string, Report, Report]>([
    ["tk", ["place:singapore", "2018-06-12", "特朗普与金正恩12日在新加坡会晤。"], ["place:hanoi", "2018-06-12", "两人在河内会面。(another country)"]],
    ["tm", ["place:seoul", "2019-06-30", "川普30日在首爾與文在寅會談。"], ["place:osaka", "2019-06-30", "兩人在大阪會面。(another country)"]],
    ["tk", ["place:capella-singapore", "2018-06-12", "特朗普与金正恩在嘉佩乐酒店会晤。"], ["place:sentosa", "2018-06-20", "两人20日在圣淘沙再次会面。(another week)"]],
    ["mk", ["place:panmunjom", "2018-04-27", "文在寅与金正恩27日在板门店会晤。"], ["place:panmunjom", "2018-05-26", "兩人26日在板門店再度會晤。(another month)"]],
    ["tk", ["place:panmunjom", "2019-06-30", "特朗普与金正恩在板门店会面。"], ["place:beijing", "2019-06-30", "两人在北京会面。(no side's country)"]],
    ["tm", ["place:busan", "2019-06-28", "特朗普28日在釜山与文在寅会晤。"], ["place:seoul", "2019-06-30", "川普30日在首爾與文在寅會談。(two days later)"]],
  ])("should keep apart (%s) %j and %j", async (pair, a, b) => {
    expect(await meetings(pair, a, b)).toBe(2);
  });

  describe("oneDayPlaces", () => {
    const rel = new PlaceRelations([], facts.countries, facts.within, facts.kinds);
    for (const [id, name, country] of PLACES) rel.set({ id, name, nameEn: null, country, within: facts.within[id] ?? [] });
    const KOREAS = new Set(["KR", "KP"]);
    it.each<[string, string, string, boolean]>([
      ["meeting", "place:sentosa", "place:capella-singapore", true],
      ["meeting", "place:kuala-lumpur", "place:putrajaya", true],
      ["meeting", "place:osaka", "place:tokyo", true],
      ["meeting", "place:panmunjom", "place:south-korea", true],
      ["meeting", "place:north-korea", "place:panmunjom", true],
      ["meeting", "place:beijing", "place:osaka", false],
      ["meeting", "place:panmunjom", "place:hanoi", false],
      ["visit", "place:beijing", "place:shanghai", false],
      ["visit", "place:sentosa", "place:capella-singapore", false],
    ])("should say whether a %s's places %s and %s fit on one day: %s", (cls, a, b, want) => {
      expect(oneDayPlaces(rel, cls, a, b, KOREAS)).toBe(want);
    });

    it.each<[string, string, boolean]>([
      ["place:south-korea", "place:pyongyang", true],
      ["place:north-korea", "place:seoul", true],
      ["place:south-korea", "place:busan", true],
      ["place:south-korea", "place:beijing", false],
      ["place:seoul", "place:pyongyang", false],
    ])("should say whether %s (a side's country) and %s fit a meeting of the two Koreas: %s", (a, b, want) => {
      expect(homeCountries(rel, "meeting", a, b, KOREAS)).toBe(want);
    });
  });
});
