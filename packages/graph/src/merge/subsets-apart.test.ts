// Rule test: a document that reports a trilateral (三方会晤) and, apart, a bilateral of two of its people keeps them two events.
import { describe, expect, it } from "vitest";
import { EventMerger } from "./merger.ts";
import { PlaceRelations } from "./places.ts";
import { toEvent } from "./finish.ts";
import type { MergeInput } from "./cluster.ts";

/** One report: participants joined by +, its document, its sentence and trigger. */
type Report = [who: string, doc: string, quote: string, trigger: string];

function input([who, doc, quote, trigger]: Report, i: number): MergeInput {
  return {
    type: "meeting",
    participants: who.split("+"),
    place: null,
    precision: "day",
    status: "happened",
    source: { document: doc, quote, paragraph: 0, start: i, end: i + 1, from: "2024-05-06", to: "2024-05-06", status: "happened", trigger, rule: "test", documentDate: null },
  };
}

function count(reports: Report[]): number {
  const places = new PlaceRelations([]);
  const m = new EventMerger(places);
  reports.forEach((r, i) => m.add(input(r, i)));
  return m.clusters().map((c) => toEvent(c, places)).length;
}

describe("merging subsets told apart", () => {
  it.each<[string, Report[], number]>([
    ["a bilateral and a trilateral of one sentence", [["习近平+马克龙", "a", "6日与马克龙会谈，同日三人还与冯德莱恩举行中法欧三方会晤。", "会谈"], ["习近平+马克龙+冯德莱恩", "a", "6日与马克龙会谈，同日三人还与冯德莱恩举行中法欧三方会晤。", "会晤"]], 2],
    ["a bilateral and a trilateral of two sentences (traditional)", [["习近平+马克龙", "a", "兩人隨後舉行會談。", "會談"], ["习近平+马克龙+冯德莱恩", "a", "同一天，三人舉行了中法歐三方會晤。", "會晤"]], 2],
    ["a trilateral summit and a bilateral on its sidelines", [["拜登+岸田文雄", "a", "拜登会见岸田文雄。", "会见"], ["拜登+岸田文雄+尹锡悦", "a", "三人随后举行三边会谈。", "会谈"]], 2],
    ["a bilateral of another document joins as before", [["习近平+马克龙", "b", "习近平与马克龙会谈。", "会谈"], ["习近平+马克龙+冯德莱恩", "a", "三人举行三方会晤。", "会晤"]], 1],
    ["a subset of a meeting not called trilateral joins as before", [["王毅+拜登", "a", "王毅与拜登会面。", "会面"], ["王毅+拜登+布林肯", "a", "王毅与拜登、布林肯会面。", "会面"]], 1],
  ])("should count: %s", (_name, reports, n) => {
    expect(count(reports)).toBe(n);
  });
});
