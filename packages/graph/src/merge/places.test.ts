import { describe, expect, it } from "vitest";
import { PlaceRelations } from "./places.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";

// Places as the extractor's lexicon knows them (ids, `in` chains, countries), plus one place it lacks.
const facts = lexiconPlaceFacts();
const rel = new PlaceRelations([], facts.countries);
const lexicon: [string, string, string][] = [
  ["place:moscow", "莫斯科", "RU"],
  ["place:kremlin", "克里姆林宫", "RU"],
  ["place:russia", "俄罗斯", "RU"],
  ["place:lima", "利马", "PE"],
  ["place:peru", "秘鲁", "PE"],
  ["place:filoli", "菲洛里庄园", "US"],
  ["place:san-francisco", "旧金山", "US"],
  ["place:los-angeles", "洛杉矶", "US"],
  ["place:woodside", "伍德赛德", "US"],
  ["place:palo-alto", "帕洛阿尔托", "US"],
  ["place:sacramento", "萨克拉门托", "US"],
  ["place:guangzhou", "广州", "CN"],
  ["place:shenzhen", "深圳", "CN"],
  ["place:washington", "华盛顿", "US"],
  ["place:new-york", "纽约", "US"],
  ["place:busan", "釜山", "KR"],
  ["place:gyeongju", "庆州", "KR"],
  ["place:taipei", "台北", "TW"],
  ["place:beijing", "北京", "CN"],
  ["place:diaoyutai", "钓鱼台国宾馆", "CN"],
  ["place:great-hall-of-the-people", "人民大会堂", "CN"],
];
for (const [id, name, country] of lexicon) rel.set({ id, name, nameEn: null, country, within: facts.within[id] ?? [] });
// A city whose chain the lexicon leaves out still sits in its country; a local venue knows only its country.
rel.set({ id: "place:lima-only", name: "利马市", nameEn: null, country: "PE", within: [] });
rel.set({ id: "local:d:松山機場", name: "松山機場", nameEn: null, country: "TW", within: [] });
// Places nothing is known of: no country, no container (陕西黄陵 read as 黄陵).
rel.set({ id: "local:d:黄陵", name: "黄陵", nameEn: null, country: null, within: [] });
rel.set({ id: "local:d:西米谷", name: "西米谷", nameEn: null, country: null, within: [] });

describe("PlaceRelations", () => {
  it.each<[string, string, number]>([
    ["place:moscow", "place:russia", 2],
    ["place:kremlin", "place:russia", 2],
    ["place:lima", "place:peru", 2],
    ["place:lima-only", "place:peru", 2],
    ["place:filoli", "place:san-francisco", 1],
    // One metropolitan area (旧金山湾区 in 加州): 旧金山附近 / 伍德赛德 / 帕洛阿尔托 name one summit.
    ["place:woodside", "place:san-francisco", 1],
    ["place:san-francisco", "place:woodside", 1],
    ["place:palo-alto", "place:woodside", 1],
    ["place:palo-alto", "place:san-francisco", 1],
    // Sharing only a province (or a state, between two of its cities) is not one place.
    ["place:sacramento", "place:los-angeles", 0],
    ["place:guangzhou", "place:shenzhen", 0],
    ["local:d:松山機場", "place:taipei", 1],
    ["place:washington", "place:new-york", 0],
    ["place:busan", "place:gyeongju", 0],
    ["place:diaoyutai", "place:great-hall-of-the-people", 0],
    ["local:d:黄陵", "place:beijing", 1],
    ["local:d:黄陵", "place:russia", 1],
    ["local:d:西米谷", "place:los-angeles", 1],
    ["local:d:黄陵", "local:d:西米谷", 1],
    ["local:d:黄陵", "local:d:黄陵", 3],
  ])("should fit %s and %s as %i", (a, b, want) => {
    expect(rel.fit(a, b)).toBe(want);
    expect(rel.fit(b, a)).toBe(want);
  });

  it("should name the country of a city through its chain", () => {
    expect(rel.countryOf("place:gyeongju")).toBe("KR");
    expect(rel.chain("place:kremlin")).toEqual(["place:moscow", "place:russia"]);
  });

  it("should follow a chain through containers no entity stands for", () => {
    const partial = new PlaceRelations([], facts.countries, facts.within);
    partial.set({ id: "place:filoli", name: "菲洛里庄园", nameEn: null, country: "US", within: ["place:woodside"] });
    partial.set({ id: "place:california", name: "加州", nameEn: null, country: "US", within: [] });
    expect(partial.fit("place:filoli", "place:california")).toBe(2);
  });

  it("should prefer the venue over the city it is near", () => {
    expect(rel.narrower("place:san-francisco", "place:filoli")).toBe("place:filoli");
  });
});
