// Rule test: one traveller's visit joins the joint visit of the same place and days; meetings keep day-precise rules.
import { describe, expect, it } from "vitest";
import { EventMerger } from "./merger.ts";
import { PlaceRelations } from "./places.ts";
import { toEvent } from "./finish.ts";
import type { MergeInput } from "./cluster.ts";
import type { EventType, Precision } from "../model.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";

/** One report: kind, participants joined by +, document, dates, precision, place. */
type Report = [type: EventType, who: string, doc: string, from: string, to: string, precision: Precision, place: string];

function input([type, who, doc, from, to, precision, place]: Report, i: number): MergeInput {
  return {
    type,
    participants: who.split("+"),
    place,
    precision,
    status: "happened",
    source: { document: doc, quote: `${who}${i}`, paragraph: 0, start: i, end: i + 1, from, to, status: "happened", trigger: "访问", rule: "test", documentDate: null },
  };
}

function count(reports: Report[]): number {
  const places = new PlaceRelations([], lexiconPlaceFacts().countries);
  const m = new EventMerger(places);
  reports.forEach((r, i) => m.add(input(r, i)));
  return m.clusters().map((c) => toEvent(c, places)).length;
}

const JOINT: Report = ["visit", "莱特希泽+姆努钦", "a", "2019-02-11", "2019-02-20", "part-of-month", "place:beijing"];

describe("merge subsets", () => {
  it.each<[string, Report[], number]>([
    ["one traveller's day inside a joint trip's mid-month joins it", [["visit", "莱特希泽", "b", "2019-02-15", "2019-02-15", "day", "place:beijing"], JOINT], 1],
    ["a traveller's day after the joint trip stays apart", [["visit", "莱特希泽", "b", "2019-02-25", "2019-02-25", "day", "place:beijing"], JOINT], 2],
    ["a traveller's month-precise visit stays apart", [["visit", "莱特希泽", "b", "2019-02-01", "2019-02-28", "month", "place:beijing"], JOINT], 2],
    ["a meeting's pair of another document keeps the day-precise rule", [["meeting", "刘鹤+莱特希泽", "b", "2019-02-15", "2019-02-15", "day", "place:beijing"], ["meeting", "刘鹤+莱特希泽+姆努钦", "a", "2019-02-11", "2019-02-20", "part-of-month", "place:beijing"]], 2],
  ])("should count: %s", (_name, reports, n) => {
    expect(count(reports)).toBe(n);
  });
});
