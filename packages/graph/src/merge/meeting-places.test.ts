import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";

const facts = lexiconPlaceFacts();
const XI = "person:xi-jinping";
const VUCIC = "person:aleksandar-vucic";
const ORBAN = "person:viktor-orban";
const SCHOLZ = "person:olaf-scholz";
const LI = "person:li-qiang";
const place = (id: string, name: string, country: string): EntitySpec => ({ id, name, country, within: facts.within[id] ?? [] });
const ENTITIES: EntitySpec[] = [
  { id: XI, name: "习近平", country: "CN" },
  { id: VUCIC, name: "武契奇", country: "RS" },
  { id: ORBAN, name: "欧尔班", country: "HU" },
  { id: SCHOLZ, name: "朔尔茨", country: "DE" },
  { id: LI, name: "李强", country: "CN" },
  place("place:serbia", "塞尔维亚", "RS"),
  place("place:belgrade", "贝尔格莱德", "RS"),
  place("place:hungary", "匈牙利", "HU"),
  place("place:budapest", "布达佩斯", "HU"),
  place("place:china", "中国", "CN"),
  place("place:beijing", "北京", "CN"),
  place("place:shanghai", "上海", "CN"),
  place("place:diaoyutai", "钓鱼台国宾馆", "CN"),
  place("place:great-hall-of-the-people", "人民大会堂", "CN"),
];
const visit = (who: string, where: string, day: string, quote: string): EventSpec => ({ type: "visit", participants: [who], place: where, from: day, quote });
const meet = (a: string, b: string, day: string, quote: string, where: string | null = null): EventSpec => ({ type: "meeting", participants: [a, b], place: where, from: day, quote });

/** The place of the meeting of `a` and `b` on `day` after one article's events. */
async function placeOf(events: EventSpec[], a: string, b: string, day: string): Promise<string | null> {
  const x = extraction({ id: "d", published: "2024-05-20", entities: ENTITIES, events });
  const all = (await toTimeline([x], { ...facts })).events;
  const m = all.find((e) => e.type === "meeting" && e.start === day && e.participants.includes(a) && e.participants.includes(b));
  return m?.place ?? null;
}

describe("the place of a meeting on a day of travel", () => {
  it.each<[string, EventSpec[], string | null]>([
    ["the host's country, not the next stop reached that evening", [visit(XI, "place:belgrade", "2024-05-07", "习近平7日晚转往贝尔格莱德。"), meet(XI, VUCIC, "2024-05-08", "8日，他与武契奇举行会谈。"), visit(XI, "place:budapest", "2024-05-08", "当晚习近平飞抵布达佩斯。")], "place:belgrade"],
    ["traditional", [visit(XI, "place:serbia", "2024-05-07", "習近平7日晚轉往塞爾維亞。"), meet(XI, VUCIC, "2024-05-08", "8日，他與武契奇舉行會談。"), visit(XI, "place:budapest", "2024-05-08", "當晚習近平飛抵布達佩斯。")], "place:serbia"],
    ["the next host, met after arriving", [visit(XI, "place:belgrade", "2024-05-07", "习近平7日抵达贝尔格莱德。"), visit(XI, "place:budapest", "2024-05-08", "8日晚抵达布达佩斯。"), meet(XI, ORBAN, "2024-05-09", "9日，习近平与欧尔班会谈。")], "place:budapest"],
    ["no place once the visitor has gone elsewhere", [visit(XI, "place:belgrade", "2024-05-07", "习近平7日抵达贝尔格莱德。"), visit(XI, "place:budapest", "2024-05-08", "8日抵达布达佩斯。"), meet(XI, VUCIC, "2024-05-10", "10日，武契奇与习近平通报情况后会面。")], null],
  ])("should place a meeting in %s", async (_, events, want) => {
    const [a, b] = events.find((e) => e.type === "meeting")!.participants as [string, string];
    const day = events.find((e) => e.type === "meeting")!.from!;
    expect(await placeOf(events, a, b, day)).toBe(want);
  });
});

describe("the place of a meeting on the day of another", () => {
  it.each<[string, EventSpec[], string | null]>([
    ["the city of the venue of the day's other meeting", [meet(XI, SCHOLZ, "2024-04-16", "习近平16日在钓鱼台国宾馆会见朔尔茨。", "place:diaoyutai"), meet(SCHOLZ, LI, "2024-04-16", "朔尔茨当天也与李强举行会谈。")], "place:beijing"],
    ["traditional", [meet(XI, SCHOLZ, "2024-04-16", "習近平16日在釣魚台國賓館會見蕭茲。", "place:diaoyutai"), meet(SCHOLZ, LI, "2024-04-16", "蕭茲當天也與李強舉行會談。")], "place:beijing"],
    ["a city named for it", [meet(LI, SCHOLZ, "2024-04-16", "李强16日在北京会见朔尔茨。", "place:beijing"), meet(XI, SCHOLZ, "2024-04-16", "同日，习近平也会见了朔尔茨。")], "place:beijing"],
    ["one city of two venues", [meet(XI, SCHOLZ, "2024-04-16", "习近平在钓鱼台国宾馆会见朔尔茨。", "place:diaoyutai"), meet(LI, SCHOLZ, "2024-04-16", "李强在人民大会堂与朔尔茨会谈。", "place:great-hall-of-the-people"), meet(XI, ORBAN, "2024-04-16", "习近平当天还与欧尔班通报情况后会面。")], "place:beijing"],
    ["no place from another day", [meet(XI, SCHOLZ, "2024-04-15", "习近平15日在钓鱼台国宾馆会见朔尔茨。", "place:diaoyutai"), meet(SCHOLZ, LI, "2024-04-16", "朔尔茨16日与李强举行会谈。")], null],
    ["no place when the day's meetings were in two cities", [meet(XI, SCHOLZ, "2024-04-16", "习近平在北京会见朔尔茨。", "place:beijing"), meet(LI, SCHOLZ, "2024-04-16", "李强在上海与朔尔茨会谈。", "place:shanghai"), meet(SCHOLZ, ORBAN, "2024-04-16", "朔尔茨当天还与欧尔班会面。")], null],
  ])("should place it by %s", async (_, events, want) => {
    const last = events[events.length - 1]!;
    const [a, b] = last.participants as [string, string];
    expect(await placeOf(events, a, b, last.from!)).toBe(want);
  });
});
