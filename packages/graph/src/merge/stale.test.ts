import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";

const XI = "person:xi-jinping";
const BIDEN = "person:joe-biden";
const ENTITIES: EntitySpec[] = [
  { id: XI, name: "习近平", country: "CN" },
  { id: BIDEN, name: "拜登", country: "US" },
  { id: "place:lima", name: "利马", country: "PE" },
  { id: "place:beijing", name: "北京", country: "CN" },
];
type Spec = [quote: string, from: string, to: string, status: EventSpec["status"], place?: string];
const ev = ([quote, from, to, status, place]: Spec, type: EventSpec["type"] = "meeting"): EventSpec => ({
  type,
  participants: type === "visit" ? [BIDEN] : [XI, BIDEN],
  place: place ?? null,
  from,
  to,
  precision: from === to ? "day" : "month",
  status,
  quote,
});
const HELD: Spec = ["习近平与拜登16日在利马举行会晤。", "2024-11-16", "2024-11-16", "happened", "place:lima"];

/** The events of an article of 2024-11-17 (and another of `otherDate`, if given). */
async function merged(events: EventSpec[], other: EventSpec[] = [], otherDate = "2024-11-17"): Promise<number> {
  const docs = [extraction({ id: "a", published: "2024-11-17", entities: ENTITIES, events })];
  if (other.length) docs.push(extraction({ id: "b", published: otherDate, entities: ENTITIES, events: other }));
  return (await toTimeline(docs)).events.length;
}

describe("joinStalePlans", () => {
  it.each<[string, Spec]>([
    ["为今次拜习会作准备 dated by 今年8月", ["今年8月，沙利文访问北京，为今次「拜习会」作准备。", "2024-08-01", "2024-08-31", "planned"]],
    ["traditional", ["今年8月，蘇利文訪華，為今次「拜習會」作準備。", "2024-08-01", "2024-08-31", "planned"]],
    ["a plan announced on a day (9月19日通话时表示将会面)", ["拜登9月19日与习近平通话时表示，将在APEC期间与习近平会面。", "2024-09-19", "2024-09-19", "planned"]],
    ["traditional, announced on a day", ["拜登9月19日與習近平通話時表示，將在APEC期間與習近平會面。", "2024-09-19", "2024-09-19", "planned"]],
    ["a possible one", ["白宫10月曾表示两人可能在利马会面。", "2024-10-01", "2024-10-31", "possible", "place:lima"]],
    ["with the place it names", ["双方10月商定在利马会晤。", "2024-10-01", "2024-10-31", "planned", "place:lima"]],
  ])("should join %s into the meeting its article reports", async (_, plan) => {
    expect(await merged([ev(HELD), ev(plan)])).toBe(1);
  });

  it.each<[string, EventSpec[], EventSpec[]]>([
    ["a plan dated after its article (still ahead)", [ev(HELD), ev(["两人将于明年1月再次会晤。", "2025-01-01", "2025-01-31", "planned"])], []],
    ["a plan at another place", [ev(HELD), ev(["两人原计划8月在北京会面。", "2024-08-01", "2024-08-31", "planned", "place:beijing"])], []],
    ["a meeting only another article reports", [ev(["今年8月，双方为拜习会作准备。", "2024-08-01", "2024-08-31", "planned"])], [ev(HELD)]],
    ["a meeting after the article", [ev(["今年8月，双方为拜习会作准备。", "2024-08-01", "2024-08-31", "planned"]), ev(["两人12月在北京会面。", "2024-12-05", "2024-12-05", "happened", "place:beijing"])], []],
    ["a plan that did not happen", [ev(HELD), ev(["两人8月的会面最终没有成行。", "2024-08-01", "2024-08-31", "not-happened"])], []],
  ])("should keep apart %s", async (_, a, b) => {
    expect(await merged(a, b)).toBe(2);
  });

  it("should join a visit planned before its article into the visit it reports", async () => {
    const visit = ev(["拜登16日抵达利马。", "2024-11-16", "2024-11-16", "happened", "place:lima"], "visit");
    const plan = ev(["拜登10月宣布将出席APEC会议。", "2024-10-01", "2024-10-31", "planned", "place:lima"], "visit");
    expect(await merged([visit, plan])).toBe(1);
  });
});
