import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";

const XI = "person:xi-jinping";
const YOON = "person:yoon-suk-yeol";
const ENTITIES: EntitySpec[] = [
  { id: XI, name: "习近平", country: "CN" },
  { id: YOON, name: "尹锡悦", country: "KR" },
  { id: "place:lima", name: "利马", country: "PE" },
];
const meet = (quote: string, from: string | null, extra: Partial<EventSpec> = {}): EventSpec => ({ type: "meeting", participants: [XI, YOON], from, quote, ...extra });

/** The merged meetings of one article titled `title`, as [start, number of sources]. */
async function meetings(title: string, events: EventSpec[], published = "2024-11-16"): Promise<[string | null, number][]> {
  const x = extraction({ id: "a", title, published, entities: ENTITIES, events });
  return (await toTimeline([x])).events.map((e) => [e.start, e.sources.length]);
}

describe("a headline's day", () => {
  it.each<[string, string, EventSpec[], [string | null, number][]]>([
    ["同日 in the title, 15日 in the body", "習近平利馬會見尹錫悅", [meet("習近平15日在利馬與尹錫悅舉行會晤。", "2024-11-15"), meet("習近平利馬會見尹錫悅", "2024-11-16")], [["2024-11-15", 2]]],
    ["simplified: 昨日 in the title", "习近平昨日会见尹锡悦", [meet("习近平当地时间15日会见尹锡悦。", "2024-11-15"), meet("习近平昨日会见尹锡悦", "2024-11-16")], [["2024-11-15", 2]]],
    ["the title's day before the body's", "习近平今日会见尹锡悦", [meet("习近平今日会见尹锡悦", "2024-11-14"), meet("当地时间15日，习近平会见尹锡悦。", "2024-11-15")], [["2024-11-15", 2]]],
    ["a title with the venue", "習尹利馬會談", [meet("習近平與尹錫悅16日在利馬會談。", "2024-11-16", { place: "place:lima" }), meet("習尹利馬會談", "2024-11-15")], [["2024-11-16", 2]]],
  ])("should join %s to the body's meeting", async (_, title, events, want) => {
    expect(await meetings(title, events)).toEqual(want);
  });

  it.each<[string, string, EventSpec[]]>([
    ["two days the body reports (20日非正式会晤, 21日正式会谈)", "习近平与尹锡悦会谈", [meet("习近平20日与尹锡悦非正式会晤。", "2024-11-20"), meet("21日，两人举行正式会谈。", "2024-11-21")]],
    ["a title two days off", "習近平會見尹錫悅", [meet("習近平13日會見尹錫悅。", "2024-11-13"), meet("習近平會見尹錫悅", "2024-11-15")]],
    ["a body sentence that merely repeats the title's words", "习近平会见尹锡悦", [meet("习近平20日会见尹锡悦。", "2024-11-20"), meet("习近平21日再次会见尹锡悦。", "2024-11-21")]],
  ])("should keep apart %s", async (_, title, events) => {
    expect(await meetings(title, events)).toHaveLength(2);
  });
});

describe("an undated headline among its article's events", () => {
  it.each<[string, string, EventSpec[], string]>([
    [
      "the lead's meeting, not the one recalled below it",
      "习近平与尹锡悅利马会晤",
      [meet("习近平与尹锡悦周五（15日）在利马会晤。", "2024-11-15"), meet("两人上一次会晤是在2024年11月，当时在峇里岛。", "2024-11-01", { to: "2024-11-30", precision: "month", place: "place:lima" }), meet("习近平与尹锡悅利马会晤", null)],
      "2024-11-15",
    ],
    [
      "traditional: the lead's meeting",
      "習近平晤尹錫悅",
      [meet("國家主席習近平15日會見南韓總統尹錫悅。", "2024-11-15"), meet("兩人同月稍早曾在另一場合會面。", "2024-11-01", { to: "2024-11-30", precision: "month", place: "place:lima" }), meet("習近平晤尹錫悅", null)],
      "2024-11-15",
    ],
  ])("should join %s", async (_, title, events, want) => {
    const x = extraction({ id: "a", title, published: "2024-11-16", entities: ENTITIES, events });
    const all = (await toTimeline([x])).events;
    const withHeadline = all.filter((e) => e.sources.some((s) => s.quote === title));
    expect(withHeadline.map((e) => e.start)).toEqual([want]);
  });
});
