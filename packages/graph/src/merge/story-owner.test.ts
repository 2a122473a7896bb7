import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";

const XI = "person:xi-jinping";
const ABE = "person:shinzo-abe";
const ENTITIES: EntitySpec[] = [
  { id: XI, name: "习近平", country: "CN" },
  { id: ABE, name: "安倍晋三", country: "JP" },
  { id: "place:beijing", name: "北京", country: "CN" },
  { id: "place:vladivostok", name: "符拉迪沃斯托克", country: "RU" },
  { id: "place:da-nang", name: "岘港", country: "VN" },
  { id: "place:tokyo", name: "东京", country: "JP" },
];
const STORY = "meet-verb/pair;date:story;status:default";
const meet = (quote: string, from: string, place: string, extra: Partial<EventSpec> = {}): EventSpec => ({ type: "meeting", participants: [XI, ABE], from, place, quote, ...extra });

/** The merged meetings of one article, as [start, place, number of sources]. */
async function meetings(events: EventSpec[]): Promise<[string | null, string | null, number][]> {
  const x = extraction({ id: "a", title: events.at(-1)!.quote, published: "2018-10-26", entities: ENTITIES, events });
  return (await toTimeline([x])).events.map((e) => [e.start, e.place, e.sources.length]);
}

describe("a heading dated by its article's other contact", () => {
  it.each<[string, EventSpec[], [string, string, number][]]>([
    [
      "a heading naming the place of the meeting recalled below",
      [meet("习近平26日在北京会见安倍晋三。", "2018-10-26", "place:beijing"), meet("9月12日，两人在符拉迪沃斯托克会晤。", "2018-09-12", "place:vladivostok"), meet("习近平安倍符拉迪沃斯托克会晤", "2018-10-26", "place:vladivostok", { rule: STORY })],
      [["2018-09-12", "place:vladivostok", 2], ["2018-10-26", "place:beijing", 1]],
    ],
    [
      "traditional, a caption",
      [meet("習近平26日在北京會見安倍晉三。", "2018-10-26", "place:beijing"), meet("兩人去年11月11日在峴港會面。", "2017-11-11", "place:da-nang"), meet("習近平與安倍在峴港握手。", "2018-10-26", "place:da-nang", { rule: STORY })],
      [["2017-11-11", "place:da-nang", 2], ["2018-10-26", "place:beijing", 1]],
    ],
    [
      "a caption of its own day's meeting, an earlier meeting there aside",
      [meet("两人本月20日已在东京首次会晤。", "2018-10-20", "place:tokyo"), meet("图为25日，习近平在东京与安倍会面", "2018-10-25", "place:tokyo", { rule: STORY }), meet("習近平周四（25日）在東京會見安倍晉三。", "2018-10-25", "place:tokyo")],
      [["2018-10-20", "place:tokyo", 1], ["2018-10-25", "place:tokyo", 2]],
    ],
  ])("should join %s to the meeting held there", async (_, events, want) => {
    expect(await meetings(events)).toEqual(want);
  });

  it.each<[string, EventSpec[], number]>([
    ["a heading at its own day's place", [meet("习近平26日在北京会见安倍晋三。", "2018-10-26", "place:beijing"), meet("習近平北京會見安倍", "2018-10-26", "place:beijing", { rule: STORY })], 1],
    [
      "a heading whose place no other report names",
      [meet("习近平26日在北京会见安倍晋三。", "2018-10-26", "place:beijing"), meet("习近平安倍东京会晤", "2018-10-26", "place:tokyo", { rule: STORY })],
      2,
    ],
    [
      "a body sentence dated in its own words",
      [meet("习近平26日在北京会见安倍晋三。", "2018-10-26", "place:beijing"), meet("9月12日，两人在符拉迪沃斯托克会晤。", "2018-09-12", "place:vladivostok"), meet("两人26日在符拉迪沃斯托克再度会晤。", "2018-10-25", "place:vladivostok")],
      3,
    ],
  ])("should leave %s where it was", async (_, events, count) => {
    expect(await meetings(events)).toHaveLength(count);
  });
});
