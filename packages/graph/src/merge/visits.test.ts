import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, KNOWN } from "../fixtures/index.ts";

const WANG = "person:wang-yi";
const BLINKEN = "person:antony-blinken";
const BIDEN = "person:joe-biden";
const XI = "person:xi-jinping";

async function visitDates(visit: { from: string; to: string; precision: "month" | "day" }, meetings: { from: string; place: string; with?: string }[]) {
  const doc = extraction({
    id: "v",
    published: "2023-10-30",
    entities: [KNOWN.wang, KNOWN.blinken, KNOWN.biden, KNOWN.washington, KNOWN.whiteHouse, KNOWN.us, KNOWN.newYork],
    events: [
      { type: "visit", participants: [WANG], place: "place:united-states", ...visit, trigger: "访美", quote: "王毅10月访美。" },
      ...meetings.map((m) => ({ type: "meeting" as const, participants: [WANG, m.with ?? BLINKEN], place: m.place, from: m.from, quote: `王毅${m.from}会见布林肯。` })),
    ],
  });
  const t = await toTimeline([doc]);
  const v = t.events.find((e) => e.type === "visit")!;
  return [v.start, v.end];
}

describe("anchorVisits", () => {
  it("should give a month-precise visit its meeting days at the destination", async () => {
    expect(await visitDates({ from: "2023-10-01", to: "2023-10-31", precision: "month" }, [{ from: "2023-10-26", place: "place:washington" }, { from: "2023-10-27", place: "place:white-house", with: BIDEN }])).toEqual(["2023-10-26", "2023-10-27"]);
  });

  it("should ignore meetings elsewhere or outside the visit's reports", async () => {
    expect(await visitDates({ from: "2023-10-01", to: "2023-10-31", precision: "month" }, [{ from: "2023-11-02", place: "place:washington" }])).toEqual(["2023-10", "2023-10"]);
  });

  it("should extend a day-precise visit only within its sources", async () => {
    expect(await visitDates({ from: "2023-10-27", to: "2023-10-27", precision: "day" }, [{ from: "2023-10-26", place: "place:washington" }])).toEqual(["2023-10-27", "2023-10-27"]);
  });
});

describe("anchorVisits, undated visits", () => {
  const entities = [KNOWN.wang, KNOWN.blinken, KNOWN.biden, KNOWN.xi, KNOWN.washington, KNOWN.whiteHouse, KNOWN.us, KNOWN.newYork, KNOWN.china, KNOWN.beijing];
  type Meeting = { from: string; place: string; with: string; doc?: string; status?: "planned" };
  const run = async (visitor: string, place: string, quote: string, meetings: Meeting[]) => {
    const mine = meetings.filter((m) => !m.doc);
    const other = meetings.filter((m) => m.doc);
    const docs = [
      extraction({ id: "story", published: "2023-11-20", entities, events: [
        { type: "visit", participants: [visitor], place, quote },
        ...mine.map((m) => ({ type: "meeting" as const, participants: [visitor, m.with], place: m.place, from: m.from, status: m.status ?? ("happened" as const), quote: `${m.from}会谈。` })),
      ] }),
      extraction({ id: "other", published: "2023-11-20", entities, events: other.map((m) => ({ type: "meeting" as const, participants: [visitor, m.with], place: m.place, from: m.from, quote: `${m.from}会谈。` })) }),
    ];
    const v = (await toTimeline(docs)).events.find((e) => e.type === "visit")!;
    return [v.start, v.end];
  };

  // 李强在访澳前曾访问纽西兰，并于13日在威灵顿与纽西兰总理会谈: the article dates the visit through its meeting.
  it.each<[string, string, string, Meeting[], [string | null, string | null]]>([
    ["王毅此前曾访问美国。", WANG, "place:united-states", [{ from: "2023-10-26", place: "place:washington", with: BLINKEN }], ["2023-10-26", "2023-10-26"]],
    ["王毅此前曾訪問美國。", WANG, "place:united-states", [{ from: "2023-10-26", place: "place:washington", with: BLINKEN }, { from: "2023-10-27", place: "place:white-house", with: BIDEN }], ["2023-10-26", "2023-10-27"]],
    ["王毅访美期间会见了布林肯。", WANG, "place:united-states", [{ from: "2023-10-27", place: "place:white-house", with: BIDEN }], ["2023-10-27", "2023-10-27"]],
    ["王毅訪問華盛頓。", WANG, "place:washington", [{ from: "2023-10-26", place: "place:white-house", with: BIDEN }], ["2023-10-26", "2023-10-26"]],
    ["布林肯此行访问北京。", BLINKEN, "place:beijing", [{ from: "2023-06-19", place: "place:beijing", with: XI }], ["2023-06-19", "2023-06-19"]],
    ["布林肯此行訪問中國。", BLINKEN, "place:china", [{ from: "2023-06-18", place: "place:beijing", with: WANG }, { from: "2023-06-19", place: "place:beijing", with: XI }], ["2023-06-18", "2023-06-19"]],
  ])("should date %s by the meetings its article reports there", async (quote, visitor, place, meetings, want) => {
    expect(await run(visitor, place, quote, meetings)).toEqual(want);
  });

  it.each<[string, string, string, Meeting[]]>([
    ["王毅此前曾访问美国。(a meeting only another article reports)", WANG, "place:united-states", [{ from: "2023-10-26", place: "place:washington", with: BLINKEN, doc: "other" }]],
    ["王毅此前曾訪問紐約。(a meeting elsewhere)", WANG, "place:new-york", [{ from: "2023-10-26", place: "place:washington", with: BLINKEN }]],
    ["王毅曾访问美国。(a meeting only planned)", WANG, "place:united-states", [{ from: "2023-10-26", place: "place:washington", with: BLINKEN, status: "planned" }]],
    ["王毅曾訪問美國。(meetings a month apart)", WANG, "place:united-states", [{ from: "2023-09-26", place: "place:washington", with: BLINKEN }, { from: "2023-10-27", place: "place:white-house", with: BIDEN }]],
  ])("should leave %s to the article's date", async (quote, visitor, place, meetings) => {
    const [start] = await run(visitor, place, quote, meetings);
    expect(start).toBe("2023-10-21");
  });
});
