import { describe, expect, it } from "vitest";
import { EventMerger } from "./merger.ts";
import { PlaceRelations } from "./places.ts";
import { toEvent } from "./finish.ts";
import type { MergeInput } from "./cluster.ts";
import type { EventStatus } from "../model.ts";

const places = new PlaceRelations();
places.set({ id: "ukraine", name: "乌克兰", nameEn: null, country: "UA", within: [] }, "UA");
places.set({ id: "kyiv", name: "基辅", nameEn: null, country: "UA", within: ["ukraine"] });
places.set({ id: "us", name: "美国", nameEn: null, country: "US", within: [] }, "US");
places.set({ id: "hawaii", name: "夏威夷州", nameEn: null, country: "US", within: ["us"] });
places.set({ id: "honolulu", name: "檀香山", nameEn: null, country: "US", within: ["hawaii"] });
places.set({ id: "poland", name: "波兰", nameEn: null, country: "PL", within: [] }, "PL");

interface Row {
  quote: string;
  rule?: string;
  from: string;
  to?: string;
  status?: EventStatus;
  doc?: string;
  place: string;
}

function input(r: Row, i: number): MergeInput {
  const status = r.status ?? "happened";
  return {
    type: "visit",
    participants: ["person:li-hui"],
    place: r.place,
    precision: "day",
    status,
    source: { document: r.doc ?? "a", quote: r.quote, paragraph: i, start: 0, end: 1, from: r.from, to: r.to ?? r.from, status, trigger: "此行", rule: r.rule ?? "visit/subject;date:clause", documentDate: "2023-05-20" },
  };
}

/** Each merged visit as its start and source count. */
function merge(rows: Row[]): string[] {
  const m = new EventMerger(places);
  rows.forEach((r, i) => m.add(input(r, i)));
  return m.clusters().map((c) => toEvent(c, places)).map((e) => `${e.start}:${e.sources.length}`).sort();
}

const AFTER = "visit-anaphoric/anaphoric;date:after";
const PREVIOUS = "visit-anaphoric/subject;date:previous-sentence";
const KYIV: Row = { quote: "李辉16日至17日访问基辅。", from: "2023-05-16", to: "2023-05-17", place: "kyiv" };
const HONOLULU: Row = { quote: "他5月10日抵达夏威夷檀香山，停留两晚。", from: "2023-05-10", place: "honolulu" };

// "This trip" with a day another event of its sentence (or the sentence before) gave it is the trip its article dates.
describe("borrowedDay", () => {
  it.each<[string, Row[], string[]]>([
    ["这次出访 dated by the call it follows up", [KYIV, { quote: "这次出访是落实4月26日两国元首通话精神。", rule: AFTER, from: "2023-04-26", place: "kyiv" }], ["2023-05-16:2"]],
    ["traditional, 這次出訪", [KYIV, { quote: "這次出訪是落實4月26日兩國元首通話精神。", rule: AFTER, from: "2023-04-26", place: "ukraine" }], ["2023-05-16:2"]],
    ["此行 dated by the sentence before", [HONOLULU, { quote: "此行先后访问三个友邦，途中过境夏威夷。", rule: PREVIOUS, from: "2023-05-16", place: "hawaii" }], ["2023-05-10:2"]],
    ["traditional, 此行先後", [HONOLULU, { quote: "賴總統此行先後訪問三個友邦，途中過境夏威夷。", rule: PREVIOUS, from: "2023-05-15", place: "hawaii" }], ["2023-05-10:2"]],
    ["此次访问 a fortnight off its article's trip", [KYIV, { quote: "此次访问距5月1日的会谈仅两周。", rule: "visit-anaphoric/subject;date:then", from: "2023-05-01", place: "kyiv" }], ["2023-05-16:2"]],
  ])("should join %s", (_, rows, want) => {
    expect(merge(rows)).toEqual(want);
  });

  it.each<[string, Row[], string[]]>([
    ["此行于…启程 three days before a leg its article dates", [KYIV, { quote: "李辉此行于5月13日启程。", rule: AFTER, from: "2023-05-13", place: "kyiv" }], ["2023-05-13:1", "2023-05-16:1"]],
    ["traditional, 此行於…啟程 when its article dates only last year's trip", [{ ...KYIV, from: "2022-05-16", to: "2022-05-17" }, { quote: "李輝此行於5月13日啟程。", rule: AFTER, from: "2023-05-13", place: "kyiv" }], ["2022-05-16:1", "2023-05-13:1"]],
    ["此行 in another article", [KYIV, { quote: "这次出访是落实4月26日通话精神。", rule: AFTER, from: "2023-04-26", place: "kyiv", doc: "b" }], ["2023-04-26:1", "2023-05-16:1"]],
    ["此行 to another country than its article's trip", [KYIV, { quote: "此行之后他将前往波兰，4月26日已有安排。", rule: AFTER, from: "2023-04-26", place: "poland" }], ["2023-04-26:1", "2023-05-16:1"]],
    ["此行 that did not happen", [KYIV, { quote: "此行原定4月26日成行。", rule: AFTER, from: "2023-04-26", place: "kyiv", status: "not-happened" }], ["2023-04-26:1", "2023-05-16:1"]],
    ["a visit that is no 此行", [KYIV, { quote: "李辉4月26日访问基辅。", rule: "visit/subject;date:after", from: "2023-04-26", place: "kyiv" }], ["2023-04-26:1", "2023-05-16:1"]],
  ])("should keep apart %s", (_, rows, want) => {
    expect(merge(rows)).toEqual(want);
  });
});
