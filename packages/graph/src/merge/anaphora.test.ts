import { describe, expect, it } from "vitest";
import { EventMerger } from "./merger.ts";
import { PlaceRelations } from "./places.ts";
import { toEvent } from "./finish.ts";
import type { MergeInput } from "./cluster.ts";
import type { EventStatus } from "../model.ts";

// Two places that conflict, as a misread place (在美国国务卿… read as 在美国) conflicts with the real one.
const places = new PlaceRelations();
places.set({ id: "place:united-states", name: "美国", nameEn: null, country: "US", within: [] }, "US");
places.set({ id: "place:china", name: "中国", nameEn: null, country: "CN", within: [] }, "CN");
places.set({ id: "place:beijing", name: "北京", nameEn: null, country: "CN", within: ["place:china"] });

interface Row {
  who: string;
  quote: string;
  rule?: string;
  from?: string;
  to?: string;
  status?: EventStatus;
  doc: string;
  docDate?: string;
  place?: string;
}

function input(r: Row, i: number): MergeInput {
  const from = r.from ?? null;
  const month = !!from && from.endsWith("-01") && !!r.to && r.to.slice(0, 7) === from.slice(0, 7) && r.to !== from;
  return {
    type: r.who.includes("+") ? "meeting" : "visit",
    participants: r.who.split("+"),
    place: r.place ?? null,
    precision: from ? (month ? "month" : "day") : null,
    status: r.status ?? "happened",
    source: { document: r.doc, quote: r.quote, paragraph: i, start: 0, end: 1, from, to: r.to ?? from, status: r.status ?? "happened", trigger: "访问", rule: r.rule ?? "visit/subject;date:clause", documentDate: r.docDate ?? null },
  };
}

function merge(rows: Row[]) {
  const m = new EventMerger(places);
  rows.forEach((r, i) => m.add(input(r, i)));
  return m.clusters().map((c) => toEvent(c, places)).map((e) => `${e.start}:${e.sources.length}`).sort();
}

const TRIP = "visit-anaphoric/subject;date:after";
// The article's own trip, and a 此行 sentence whose date belongs to something else it mentions.
const julyTrip: Row = { who: "耶伦", quote: "耶伦6日抵达北京", from: "2023-07-06", to: "2023-07-09", doc: "a", docDate: "2023-07-10" };

describe("anaphora", () => {
  it.each<[string, Row[], string[]]>([
    ["此行 with a borrowed month (距布林肯上月访华) is the article's trip", [julyTrip, { who: "耶伦", quote: "耶伦此行距离布林肯上月访华不足三周", rule: TRIP, from: "2023-06-01", to: "2023-06-30", doc: "a" }], ["2023-07-06:2"]],
    ["此次访问 dated by the agreement behind it (去年11月商定) is the article's trip", [julyTrip, { who: "耶伦", quote: "耶伦此次访问是去年11月商定的", rule: TRIP, from: "2022-11-01", to: "2022-11-30", doc: "a" }], ["2023-07-06:2"]],
    ["這次訪問 in traditional script", [julyTrip, { who: "耶伦", quote: "耶倫這次訪問是兩國元首去年11月會晤時商定的", rule: TRIP, from: "2022-11-01", to: "2022-11-30", doc: "a" }], ["2023-07-06:2"]],
    ["此行 in another article keeps its own date", [julyTrip, { who: "耶伦", quote: "耶伦此行距离布林肯上月访华不足三周", rule: TRIP, from: "2023-06-01", to: "2023-06-30", doc: "b" }], ["2023-06:1", "2023-07-06:1"]],
    ["此行原定2月初成行 (postponed) keeps its date", [julyTrip, { who: "耶伦", quote: "耶伦此行原定今年2月初成行，但被推迟", rule: TRIP, status: "not-happened", from: "2023-02-01", to: "2023-02-10", doc: "a" }], ["2023-02-01:1", "2023-07-06:1"]],
    ["此行于4月1日启程 (a day of its own) keeps its date", [{ who: "马英九", quote: "他去年3月27日曾率团访问南京", from: "2023-03-27", doc: "a" }, { who: "马英九", quote: "馬英九此行於4月1日啟程", rule: TRIP, from: "2024-04-01", doc: "a" }], ["2023-03-27:1", "2024-04-01:1"]],
    ["此行 stands when its article dates no trip of its own", [{ who: "耶伦", quote: "耶伦此行距离布林肯上月访华不足三周", rule: TRIP, from: "2023-06-01", to: "2023-06-30", doc: "a" }], ["2023-06:1"]],
    ["此行 stands when its article's only dated trip did not happen", [{ ...julyTrip, status: "not-happened" }, { who: "耶伦", quote: "耶伦此行是去年11月商定的", rule: TRIP, from: "2022-11-01", to: "2022-11-30", doc: "a" }], ["2022-11:1", "2023-07-06:1"]],
    ["an undated headline joins its own article's meeting, not a tie from another article", [{ who: "布林肯+习近平", quote: "布林肯4月下旬访问北京并会见习近平", from: "2024-04-21", to: "2024-04-30", doc: "x", rule: "meet-verb/object", place: "place:united-states" }, { who: "布林肯+习近平", quote: "布林肯周五在人民大会堂会见习近平", from: "2024-04-26", doc: "y", rule: "meet-verb/object", place: "place:beijing" }, { who: "布林肯+习近平", quote: "布林肯会见习近平 双方称关系开始稳定", doc: "y", docDate: "2024-04-26", rule: "meet-verb/object" }], ["2024-04-21:1", "2024-04-26:2"]],
    ["of two meetings its article reports, the headline joins the one nearest its date", [{ who: "布林肯+习近平", quote: "他去年6月访问北京时曾与习近平会面", from: "2023-06-01", to: "2023-06-30", doc: "y" }, { who: "布林肯+习近平", quote: "布林肯4月下旬訪問北京並會見習近平", from: "2024-04-21", to: "2024-04-30", doc: "x", place: "place:united-states" }, { who: "布林肯+习近平", quote: "布林肯周五會見習近平", from: "2024-04-26", doc: "y", place: "place:beijing" }, { who: "布林肯+习近平", quote: "布林肯會見習近平", doc: "y", docDate: "2024-04-27" }], ["2023-06:1", "2024-04-21:1", "2024-04-26:2"]],
    ["with no own-article candidate, the one nearest the article's date is chosen as before", [{ who: "a+b", quote: "甲会见乙", from: "2024-04-21", to: "2024-04-30", doc: "x", place: "place:united-states" }, { who: "a+b", quote: "甲会见乙", from: "2024-04-26", doc: "y", place: "place:beijing" }, { who: "a+b", quote: "甲会见乙", doc: "z", docDate: "2024-04-27" }], ["2024-04-21:2", "2024-04-26:1"]],
  ])("should merge: %s", (_, rows, want) => {
    expect(merge(rows)).toEqual(want);
  });
});
