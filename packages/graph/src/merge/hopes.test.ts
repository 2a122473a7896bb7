import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";

const MA = "person:ma-ying-jeou";
const XI = "person:xi-jinping";
const ENTITIES: EntitySpec[] = [
  { id: MA, name: "马英九", country: "TW" },
  { id: XI, name: "习近平", country: "CN" },
];
type Status = NonNullable<EventSpec["status"]>;
const meet = (quote: string, status: Status): EventSpec => ({ type: "meeting", participants: [MA, XI], quote, status });

/** The merged events' statuses when article "a" reports `first` and article `doc` reports `second`. */
async function statuses(first: EventSpec, second: EventSpec, doc = "a", published = "2015-06-04"): Promise<string[][]> {
  const docs = [{ id: "a", events: [first], published: "2015-06-04" }, { id: "b", events: [] as EventSpec[], published }];
  docs.find((d) => d.id === doc)!.events.push(second);
  const xs = docs.filter((d) => d.events.length).map((d) => extraction({ id: d.id, published: d.published, entities: ENTITIES, events: d.events }));
  return (await toTimeline(xs)).events.map((e) => e.sources.map((s) => s.status));
}

describe("contactOf", () => {
  it.each<[string, Status, string, Status]>([
    ["马英九多次表示希望与习近平见面，但北京至今没有回应。", "not-happened", "外界关注马英九与习近平是否可能会面。", "possible"],
    ["馬英九多次表示希望與習近平見面，但北京至今沒有回應。", "not-happened", "外界關注兩人是否可能會面。", "possible"],
    ["外界关注马英九与习近平是否可能会面。", "possible", "北京方面表示，习近平不会与马英九见面。", "not-happened"],
    ["馬英九計劃與習近平會面。", "planned", "北京拒絕了馬習會的安排。", "not-happened"],
    ["马英九拟与习近平会面。", "planned", "马习会最终未能成行。", "not-happened"],
    ["兩人可能在APEC期間會面。", "possible", "馬英九未能與習近平見面。", "not-happened"],
  ])("should join %s and %s of one article", async (q1, s1, q2, s2) => {
    const events = await statuses(meet(q1, s1), meet(q2, s2));
    expect(events).toHaveLength(1);
    expect([...events[0]!].sort()).toEqual([s1, s2].sort());
  });

  it.each<[string, Status, string, Status, string]>([
    ["马英九与习近平见面。", "happened", "马英九没有与习近平见面。", "not-happened", "a"],
    ["馬英九曾與習近平會面。", "happened", "馬英九並未與習近平會面。", "not-happened", "a"],
    ["马英九希望与习近平见面。", "possible", "北京拒绝马习会。", "not-happened", "b"],
    ["馬英九計劃與習近平會面。", "planned", "馬習會未能成行。", "not-happened", "b"],
  ])("should keep apart %s and %s (article %s)", async (q1, s1, q2, s2, doc) => {
    expect(await statuses(meet(q1, s1), meet(q2, s2), doc)).toHaveLength(2);
  });

  it.each<[string, Status, string, Status, string, number]>([
    ["马英九可能与习近平会面。", "possible", "马英九计划与习近平会面。", "planned", "2015-09-01", 1],
    ["馬英九可能與習近平會面。", "possible", "馬英九計劃與習近平會面。", "planned", "2016-06-04", 2],
    ["马英九拟与习近平会面。", "planned", "马英九希望与习近平见面。", "possible", "2018-01-10", 2],
    ["北京拒絕馬習會。", "not-happened", "馬習會未能成行。", "not-happened", "2016-11-04", 2],
    ["北京拒绝马习会。", "not-happened", "马习会未能成行。", "not-happened", "2015-07-04", 1],
    ["马英九计划与习近平会面。", "planned", "马英九曾与习近平会面。", "happened", "2019-06-04", 1],
  ])("should join %s and another article's %s (published %s) into %i event(s)", async (q1, s1, q2, s2, published, count) => {
    expect(await statuses(meet(q1, s1), meet(q2, s2), "b", published)).toHaveLength(count);
  });
});
