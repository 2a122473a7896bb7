import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";

const facts = lexiconPlaceFacts();
const BLINKEN = "person:antony-blinken";
const XI = "person:xi-jinping";
const MODI = "person:narendra-modi";
const place = (id: string, name: string, country: string): EntitySpec => ({ id, name, country, within: facts.within[id] ?? [] });
const ENTITIES: EntitySpec[] = [
  { id: BLINKEN, name: "布林肯", country: "US" },
  { id: XI, name: "习近平", country: "CN" },
  { id: MODI, name: "莫迪", country: "IN" },
  place("place:united-states", "美国", "US"),
  place("place:china", "中国", "CN"),
  place("place:india", "印度", "IN"),
  place("place:beijing", "北京", "CN"),
  place("place:great-hall-of-the-people", "人民大会堂", "CN"),
  place("place:washington", "华盛顿", "US"),
  place("place:kazan", "喀山", "RU"),
  place("place:chennai", "金奈", "IN"),
  place("place:russia", "俄罗斯", "RU"),
];
type Row = [who: [string, string], place: string, from: string, to: string, quote: string];
const ev = ([who, where, from, to, quote]: Row): EventSpec => ({ type: "meeting", participants: who, place: where, from, to, precision: from === to ? "day" : "part-of-month", quote });

/** How many meetings two articles' reports make. */
async function meetings(a: Row, b: Row): Promise<number> {
  const docs = [a, b].map((r, i) => extraction({ id: `d${i}`, published: "2024-06-01", entities: ENTITIES, events: [ev(r)] }));
  return (await toTimeline(docs, { ...facts })).events.length;
}

const B_X: [string, string] = [BLINKEN, XI];
const HALL: Row = [B_X, "place:great-hall-of-the-people", "2024-04-26", "2024-04-26", "布林肯26日在北京人民大会堂会见习近平。"];

describe("a meeting's place read off a side's nationality", () => {
  it.each<[string, Row, Row]>([
    ["美国国务卿…4月下旬访问北京并会见习近平 (美国)", HALL, [B_X, "place:united-states", "2024-04-21", "2024-04-30", "美国国务卿布林肯4月下旬访问北京并会见习近平。"]],
    ["traditional", HALL, [B_X, "place:united-states", "2024-04-21", "2024-04-30", "美國國務卿布林肯4月下旬訪問北京並會見習近平。"]],
    ["中国国家主席 in Washington's report", [B_X, "place:washington", "2024-04-26", "2024-04-26", "布林肯26日在华盛顿会见习近平。"], [B_X, "place:china", "2024-04-21", "2024-04-30", "中国国家主席习近平4月下旬会见布林肯。"]],
    ["a city against the other side's country", [B_X, "place:beijing", "2024-04-26", "2024-04-26", "布林肯在北京会见习近平。"], [B_X, "place:united-states", "2024-04-26", "2024-04-26", "美方称，布林肯当天会见了习近平。"]],
    ["traditional, the country first", [B_X, "place:united-states", "2024-04-21", "2024-04-30", "美國國務卿布林肯4月下旬會見習近平。"], [B_X, "place:beijing", "2024-04-26", "2024-04-26", "布林肯26日在北京獲習近平接見。"]],
  ])("should make one meeting of %s", async (_, a, b) => {
    expect(await meetings(a, b)).toBe(1);
  });

  it.each<[string, Row, Row]>([
    ["a third country (印度 against 喀山)", [[MODI, XI], "place:india", "2024-10-01", "2024-10-31", "10月，习近平前往印度与莫迪会晤。"], [[MODI, XI], "place:kazan", "2024-10-23", "2024-10-23", "习近平23日在喀山会见莫迪。"]],
    ["traditional, a third country", [[MODI, XI], "place:india", "2024-10-01", "2024-10-31", "10月，習近平前往印度與莫迪會晤。"], [[MODI, XI], "place:russia", "2024-10-23", "2024-10-23", "習近平23日在俄羅斯會見莫迪。"]],
    ["two cities of the two sides", HALL, [B_X, "place:washington", "2024-04-26", "2024-04-26", "布林肯26日在华盛顿会见习近平。"]],
    ["a city of a side against a city elsewhere", [[MODI, XI], "place:chennai", "2024-10-23", "2024-10-23", "习近平在金奈会见莫迪。"], [[MODI, XI], "place:kazan", "2024-10-23", "2024-10-23", "习近平在喀山会见莫迪。"]],
    ["a side's country against a third country's", [[MODI, XI], "place:india", "2024-10-23", "2024-10-23", "莫迪称在印度会见习近平。"], [[MODI, XI], "place:russia", "2024-10-23", "2024-10-23", "俄方称习近平与莫迪在俄罗斯会面。"]],
  ])("should keep apart %s", async (_, a, b) => {
    expect(await meetings(a, b)).toBe(2);
  });
});
