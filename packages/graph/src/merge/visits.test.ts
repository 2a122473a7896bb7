import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, KNOWN } from "../fixtures/index.ts";

const WANG = "person:wang-yi";
const BLINKEN = "person:antony-blinken";
const BIDEN = "person:joe-biden";

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
