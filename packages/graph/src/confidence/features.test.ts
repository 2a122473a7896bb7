import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";
import { eventFeatures, featureContext, QUOTE_CUES } from "./features.ts";

const WANG = "person:wang-yi";
const BLINKEN = "person:antony-blinken";
const ENTITIES: EntitySpec[] = [
  { id: WANG, name: "王毅", country: "CN" },
  { id: BLINKEN, name: "布林肯", country: "US" },
  { id: "place:washington", type: "place", name: "华盛顿", country: "US" },
  { id: "place:beijing", type: "place", name: "北京", country: "CN" },
];

/** The features of every event of one article published on 2023-10-27. */
async function featuresOf(events: EventSpec[], published: string | null = "2023-10-27") {
  const t = await toTimeline([extraction({ id: "a", published, entities: ENTITIES, events })]);
  const ctx = featureContext(t.events, t.entities, t.documents);
  return t.events.map((e) => eventFeatures(e, ctx));
}

describe("QUOTE_CUES", () => {
  it.each<[string, string]>([
    ["两人上次会面是在去年11月。", "recall"],
    ["王毅将于下周访问华盛顿。", "future"],
    ["王毅可能与布林肯会面。", "possible"],
    ["王毅并未赴美国纽约出席联大会议。", "negation"],
    ["据路透社报道，两人在华盛顿会面。", "hearsay"],
    ["王毅26日在华盛顿与布林肯会谈。", "day"],
    ["王毅周四抵达华盛顿。", "weekday"],
    ["王毅當天下午會見布林肯。", "relative"],
    ["两人通电话。", "remote"],
  ])("should find in %s the cue %s", (quote, cue) => {
    expect(QUOTE_CUES[cue]!.test(quote)).toBe(true);
  });
});

describe("eventFeatures", () => {
  it("should describe an event by kind, status, precision, people and its source's rule", async () => {
    const [f] = await featuresOf([
      { type: "meeting", participants: [WANG, BLINKEN], from: "2023-10-26", to: "2023-10-26", precision: "day", quote: "王毅26日在华盛顿与布林肯会谈。", trigger: "会谈", rule: "meet-pair/pair;date:clause;status:default" },
    ]);
    expect(f!.get("bias")).toBe(1);
    expect(f!.get("type:meeting")).toBe(1);
    expect(f!.get("status:happened")).toBe(1);
    expect(f!.get("precision:day")).toBe(1);
    expect(f!.get("people:2")).toBe(1);
    expect(f!.get("rule:date:clause")).toBe(1);
    expect(f!.get("rule:family:meet-pair")).toBe(1);
    expect(f!.get("trigger:会谈")).toBe(1);
    expect(f!.get("cue:day")).toBe(1);
    expect(f!.get("within-week-of-document")).toBe(1);
    expect(f!.has("undated-source")).toBe(false);
  });

  it("should tell an undated article and a contact long before it", async () => {
    const [f] = await featuresOf([{ type: "meeting", participants: [WANG, BLINKEN], from: "2021-03-18", to: "2021-03-18", precision: "day", quote: "两人上次会面是在2021年3月。" }], null);
    expect(f!.get("undated-source")).toBe(1);
    const [g] = await featuresOf([{ type: "meeting", participants: [WANG, BLINKEN], from: "2021-03-18", to: "2021-03-18", precision: "day", quote: "两人上次会面是在2021年3月。" }]);
    expect(g!.get("over-a-year-before")).toBe(1);
    expect(g!.get("cue:recall")).toBe(1);
  });

  it("should see another event of the same people on another day", async () => {
    const fs = await featuresOf([
      { type: "meeting", participants: [WANG, BLINKEN], from: "2023-10-26", to: "2023-10-26", precision: "day", quote: "王毅26日与布林肯会谈。" },
      { type: "meeting", participants: [WANG, BLINKEN], from: "2023-06-19", to: "2023-06-19", precision: "day", quote: "布林肯6月19日在北京会见王毅。" },
    ]);
    expect(fs.map((f) => f.get("same-people-events"))).toEqual([1, 1]);
    expect(fs.every((f) => !f.has("same-people-overlapping"))).toBe(true);
  });

  it("should mark a visit to the visitor's own country", async () => {
    const [home] = await featuresOf([{ type: "visit", participants: [WANG], place: "place:beijing", from: "2023-10-28", to: "2023-10-28", precision: "day", quote: "王毅28日返回北京。" }]);
    const [abroad] = await featuresOf([{ type: "visit", participants: [WANG], place: "place:washington", from: "2023-10-26", to: "2023-10-26", precision: "day", quote: "王毅26日抵达华盛顿。" }]);
    expect(home!.get("visit-home")).toBe(1);
    expect(abroad!.has("visit-home")).toBe(false);
  });
});
