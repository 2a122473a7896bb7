import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { BIDEN, BLINKEN, doc, SULLIVAN, timeline, XI } from "./rules.helpers.ts";

// Merging rules on hand-made extractions: what several articles say about one event must end up in it,
// and nothing else may.
describe("merging rules", () => {
  it("should keep a planned pair out of a happened meeting with other people", async () => {
    const events = await timeline(
      doc("cna", "2023-06-19", [
        { type: "meeting", participants: [BLINKEN, XI], place: "place:great-hall-of-the-people", from: "2023-06-19", quote: "布林肯19日下午在北京人民大會堂與習近平會面。" },
        { type: "meeting", participants: [BIDEN, XI, BLINKEN], status: "possible", quote: "布林肯此行的主要目標是為拜登與習近平今年稍後可能的會晤鋪路。" },
        { type: "meeting", participants: [BIDEN, XI], status: "possible", from: "2023-06-20", to: "2023-12-31", precision: "year", quote: "為拜登與習近平今年稍後可能的會晤鋪路" },
      ]),
      doc("voa", "2023-06-21", [{ type: "meeting", participants: [SULLIVAN.id, XI], quote: "沙利文表示，会晤富有成效。" }]),
    );
    const met = events.find((e) => e.status === "happened" && e.participants.includes(BLINKEN))!;
    expect(met.participants).toEqual([BLINKEN, XI].sort());
    expect(met.sources).toHaveLength(1);
  });

  it("should let a pair join a larger meeting of another document only on the same day", async () => {
    const events = await timeline(
      doc("a", "2023-11-16", [{ type: "meeting", participants: [BIDEN, XI, BLINKEN], place: "place:filoli", from: "2023-11-15", quote: "拜登、布林肯15日与习近平会晤。" }]),
      doc("b", "2023-11-16", [{ type: "meeting", participants: [BIDEN, XI], from: "2023-11-15", quote: "拜登15日与习近平会晤。" }]),
      doc("c", "2023-12-01", [{ type: "meeting", participants: [BLINKEN, XI], from: "2023-11-01", to: "2023-11-30", precision: "month", quote: "布林肯11月曾与习近平见面。" }]),
    );
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.participants.length === 3)!.sources.map((s) => s.document)).toEqual(["a", "b"]);
  });

  it("should never merge a postponed visit with a visit that happened in another month", async () => {
    const events = await timeline(
      doc("cna", "2023-06-19", [
        { type: "visit", participants: [BLINKEN], place: "place:beijing", from: "2023-02-05", to: "2023-06-06", status: "not-happened", quote: "布林肯原定今年2月5日至6日訪問北京，但宣布延後行程。" },
        { type: "visit", participants: [BLINKEN], place: "place:beijing", from: "2023-06-18", quote: "布林肯18日抵達北京。" },
      ]),
      doc("voa", "2023-07-09", [{ type: "visit", participants: [BLINKEN], place: "place:beijing", from: "2023-06-01", to: "2023-06-30", precision: "month", quote: "布林肯上月访问北京。" }]),
    );
    expect(events.map((e) => [e.start, e.status, e.sources.length])).toEqual([
      ["2023-02-05", "not-happened", 1],
      ["2023-06-18", "happened", 2],
    ]);
  });

  it("should keep a postponed visit apart from the rescheduled plan, and read a month-long 'day' range as its first day", async () => {
    const events = await timeline(
      doc("cna", "2023-06-01", [
        { type: "visit", participants: [BLINKEN], place: "place:beijing", from: "2023-02-05", to: "2023-06-06", status: "not-happened", quote: "布林肯原定今年2月5日至6日訪問北京，但宣布延後行程。" },
        { type: "visit", participants: [BLINKEN], place: "place:beijing", from: "2023-06-01", to: "2023-06-30", precision: "month", status: "planned", quote: "布林肯將於本月訪問北京。" },
      ]),
    );
    expect(events.map((e) => [e.start, e.end, e.status])).toEqual([
      ["2023-02-05", "2023-02-05", "not-happened"],
      ["2023-06", "2023-06", "planned"],
    ]);
  });

  it("should merge a plan, the meeting near the city and later recollections into one happened event", async () => {
    const events = await timeline(
      doc("bbc", "2023-06-20", [{ type: "meeting", participants: [XI, BIDEN], place: "place:san-francisco", from: "2023-11-01", to: "2023-11-30", precision: "month", status: "possible", quote: "习近平是否会在今年11月前往旧金山与拜登会面" }]),
      doc("mingpao", "2023-11-16", [{ type: "meeting", participants: [XI, BIDEN], place: "place:filoli", from: "2023-11-15", quote: "習近平與拜登15日在斐洛里莊園舉行會晤" }]),
      doc("ltn", "2024-04-03", [{ type: "meeting", participants: [XI, BIDEN], place: "place:san-francisco", from: "2023-11-01", to: "2023-11-30", precision: "month", quote: "兩人去年11月在舊金山會晤後首次直接對話" }]),
      doc("hk01", "2024-11-17", [{ type: "meeting", participants: [XI, BIDEN], quote: "兩人上一次會晤" }]),
    );
    expect(events).toHaveLength(1);
    expect([events[0]!.start, events[0]!.status, events[0]!.place, events[0]!.sources.length]).toEqual(["2023-11-15", "happened", "place:filoli", 4]);
  });

  it.each<[string, EventSpec["status"], string]>([
    ["a report of what happened joins the event before its document", "happened", "2023-06-19"],
    ["a plan joins the event after its document", "planned", "2023-07-10"],
  ])("should pick among dated events by the document's date: %s", async (_name, status, want) => {
    const events = await timeline(
      doc("a", "2023-06-19", [{ type: "meeting", participants: [BLINKEN, XI], from: "2023-06-19", quote: "布林肯19日会见习近平。" }]),
      doc("b", "2023-07-10", [{ type: "meeting", participants: [BLINKEN, XI], from: "2023-07-10", quote: "布林肯10日会见习近平。" }]),
      doc("c", "2023-07-01", [{ type: "meeting", participants: [BLINKEN, XI], status, quote: "布林肯与习近平会晤。" }]),
    );
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.sources.some((s) => s.document === "c"))!.start).toBe(want);
  });

  it("should take the most precise date: 8月初 and 昨（2）日 → 08-02", async () => {
    const events = await timeline(
      doc("a", "2024-08-03", [
        { type: "call", participants: [BIDEN, XI], from: "2024-08-01", to: "2024-08-10", precision: "part-of-month", quote: "拜登8月初与习近平通电话。" },
        { type: "call", participants: [BIDEN, XI], from: "2024-08-02", quote: "拜登昨（2）日与习近平通电话。" },
      ]),
    );
    expect(events.map((e) => [e.start, e.end, e.precision])).toEqual([["2024-08-02", "2024-08-02", "day"]]);
  });

});
