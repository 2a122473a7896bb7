import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, KNOWN, type EntitySpec, type EventSpec } from "../fixtures/index.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";

const facts = lexiconPlaceFacts();
const place = (id: string, name: string, country: string): EntitySpec => ({ id, name, country, ...(facts.within[id] ? { within: facts.within[id] } : {}) });
const XI = KNOWN.xi.id;
const HOST: EntitySpec = { id: "person:sultan-ibrahim", name: "苏丹依布拉欣", country: "MY" };
const ENTITIES = [KNOWN.xi, HOST, ...[
  ["place:kuala-lumpur", "吉隆坡", "MY"], ["place:putrajaya", "布城", "MY"], ["place:beijing", "北京", "CN"], ["place:shanghai", "上海", "CN"],
  ["place:tokyo", "东京", "JP"], ["place:osaka", "大阪", "JP"], ["place:moscow", "莫斯科", "RU"],
].map(([id, name, country]) => place(id!, name!, country!))];

type Row = [quote: string, place: string, published: string, status?: EventSpec["status"]];
/** Meetings left from a dated meeting (`held`: place, day) and an undated report in another article. */
async function meetings([quote, where, published, status]: Row, held: [string, string] = ["place:kuala-lumpur", "2025-04-16"]): Promise<number> {
  const dated: EventSpec = { type: "meeting", participants: [XI, HOST.id], place: held[0], from: held[1], to: held[1], precision: "day", quote: "苏丹依布拉欣16日在国家皇宫与习近平会晤。" };
  const report: EventSpec = { type: "meeting", participants: [XI, HOST.id], place: where, status: status ?? "happened", quote };
  const docs = [extraction({ id: "a", published: "2025-04-16", entities: ENTITIES, events: [dated] }), extraction({ id: "b", published, entities: ENTITIES, events: [report] })];
  return (await toTimeline(docs, { ...facts })).events.filter((e) => e.type === "meeting").length;
}

describe("misplaced", () => {
  it.each<[string, Row, [string, string]?]>([
    ["a clause's place lent to the next one", ["习近平与首相在布城会谈，并获苏丹依布拉欣接见。", "place:putrajaya", "2025-04-17"]],
    ["traditional", ["習近平與首相在布城會談，並獲蘇丹依布拉欣接見。", "place:putrajaya", "2025-04-17"]],
    ["a report a few weeks later", ["习近平上月访马期间在布城获苏丹依布拉欣接见。", "place:putrajaya", "2025-05-10"]],
    ["a plan reported before", ["苏丹依布拉欣将在布城接见习近平。", "place:putrajaya", "2025-04-10", "planned"]],
    ["traditional, a plan", ["蘇丹依布拉欣將在布城接見習近平。", "place:putrajaya", "2025-04-10", "planned"]],
    ["another country's pair of cities", ["两人在上海会面。", "place:shanghai", "2025-04-18"], ["place:beijing", "2025-04-16"]],
    ["traditional, Japan", ["兩人在大阪會面。", "place:osaka", "2025-04-18"], ["place:tokyo", "2025-04-16"]],
  ])("should join %s to the dated meeting", async (_, row, held) => {
    expect(await meetings(row, held)).toBe(1);
  });

  it.each<[string, Row]>([
    ["a place in another country", ["两人在莫斯科会面。", "place:moscow", "2025-04-17"]],
    ["traditional, another country", ["兩人在莫斯科會面。", "place:moscow", "2025-04-17"]],
    ["a report months later", ["习近平去年在布城获苏丹依布拉欣接见。", "place:putrajaya", "2025-09-30"]],
    ["a meeting that did not happen", ["习近平未在布城与苏丹依布拉欣会面。", "place:putrajaya", "2025-04-17", "not-happened"]],
    ["a plan reported after the meeting", ["苏丹依布拉欣将在布城再次接见习近平。", "place:putrajaya", "2025-04-30", "planned"]],
  ])("should keep apart %s", async (_, row) => {
    expect(await meetings(row)).toBe(2);
  });

  it("should keep apart when two meetings of the country fit", async () => {
    const dated = (place: string, day: string): EventSpec => ({ type: "meeting", participants: [XI, HOST.id], place, from: day, to: day, precision: "day", quote: `${day}会晤。` });
    const report: EventSpec = { type: "meeting", participants: [XI, HOST.id], place: "place:putrajaya", quote: "两人在布城会面。" };
    const docs = [
      extraction({ id: "a", published: "2025-04-20", entities: ENTITIES, events: [dated("place:kuala-lumpur", "2025-04-10"), dated("place:kuala-lumpur", "2025-04-16")] }),
      extraction({ id: "b", published: "2025-04-20", entities: ENTITIES, events: [report] }),
    ];
    expect((await toTimeline(docs, { ...facts })).events.filter((e) => e.type === "meeting").length).toBe(3);
  });

  // Dated by the trip only (15日至17日) against the day of the meeting (16日), in either order.
  it.each<[string, string, string, string, number]>([
    ["the trip's days, another city", "place:putrajaya", "2025-04-15", "2025-04-17", 1],
    ["a trip ending on the meeting's day", "place:putrajaya", "2025-04-14", "2025-04-16", 1],
    ["the same day in another city of the country (one meeting: one pair meets once a day)", "place:putrajaya", "2025-04-16", "2025-04-16", 1],
    ["another country", "place:moscow", "2025-04-15", "2025-04-17", 2],
    ["days that do not hold the meeting's", "place:putrajaya", "2025-04-17", "2025-04-19", 2],
  ])("should read a report dated by %s", async (_, where, from, to, want) => {
    const dated: EventSpec = { type: "meeting", participants: [XI, HOST.id], place: "place:kuala-lumpur", from: "2025-04-16", to: "2025-04-16", precision: "day", quote: "苏丹依布拉欣16日在国家皇宫与习近平会晤。" };
    const report: EventSpec = { type: "meeting", participants: [XI, HOST.id], place: where, from, to, precision: "day", quote: `习近平${from.slice(8)}日至${to.slice(8)}日访问马来西亚，在布城会谈，并获苏丹依布拉欣接见。` };
    const docs = [extraction({ id: "a", published: "2025-04-16", entities: ENTITIES, events: [dated] }), extraction({ id: "b", published: "2025-04-20", entities: ENTITIES, events: [report] })];
    const events = (await toTimeline(docs, { ...facts })).events.filter((e) => e.type === "meeting");
    expect(events.length).toBe(want);
    if (want === 1) expect([events[0]!.place, events[0]!.start]).toEqual(["place:kuala-lumpur", "2025-04-16"]);
  });
});
