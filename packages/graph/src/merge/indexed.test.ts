import { describe, expect, it } from "vitest";
import type { EventStatus, TimelineEvent } from "../model.ts";
import { datedByKindPeople, firstParagraph, sameHappening } from "./indexed.ts";

interface Spec {
  id: string;
  type?: TimelineEvent["type"];
  who: string[];
  start: string | null;
  end?: string;
  status?: EventStatus;
  reports?: [document: string, paragraph: number][];
}

function event(s: Spec): TimelineEvent {
  const status = s.status ?? "happened";
  const end = s.start === null ? null : (s.end ?? s.start);
  const reports = s.reports ?? [["d", 0]];
  return {
    id: s.id,
    type: s.type ?? "meeting",
    participants: s.who,
    place: null,
    start: s.start,
    end,
    precision: "day",
    status,
    sources: reports.map(([document, paragraph]) => ({ document, quote: "王毅与布林肯会谈。", paragraph, start: 0, end: 1, from: s.start, to: end, status, trigger: "会谈", rule: "fixture", documentDate: null })),
    confidence: 0.5,
  };
}

/** The index as "key: id id …" lines. */
function index(specs: Spec[], keep: (e: TimelineEvent) => boolean = () => true): string[] {
  return [...datedByKindPeople(specs.map(event), keep)].map(([key, list]) => `${key}: ${list.map((d) => d.event.id).join(" ")}`);
}

describe("datedByKindPeople", () => {
  it.each<[string, Spec[], string[]]>([
    ["groups one kind between the same people, in either order", [{ id: "a", who: ["wang", "blinken"], start: "2023-10-26" }, { id: "b", who: ["blinken", "wang"], start: "2023-02-18" }], ["meeting|blinken|wang: b a"]],
    ["sorts each list by start", [{ id: "late", who: ["xi"], type: "visit", start: "2023-11-14" }, { id: "early", who: ["xi"], type: "visit", start: "2023-03-20", end: "2023-03-22" }], ["visit|xi: early late"]],
    ["keeps kinds apart (a call is not a meeting)", [{ id: "m", who: ["xi", "biden"], start: "2023-11-15" }, { id: "c", who: ["xi", "biden"], type: "call", start: "2024-04-02" }], ["meeting|biden|xi: m", "call|biden|xi: c"]],
    ["leaves out undated events", [{ id: "u", who: ["wang", "sullivan"], start: null }, { id: "d", who: ["wang", "sullivan"], start: "2023-09-16", end: "2023-09-17" }], ["meeting|sullivan|wang: d"]],
  ])("should index: %s", (_name, specs, want) => {
    expect(index(specs)).toEqual(want);
  });

  it("should keep only what the filter accepts", () => {
    const specs: Spec[] = [{ id: "held", who: ["xi"], type: "visit", start: "2023-03-20" }, { id: "plan", who: ["xi"], type: "visit", start: "2023-04-01", status: "planned" }];
    expect(index(specs, (e) => e.status === "happened")).toEqual(["visit|xi: held"]);
  });
});

describe("sameHappening", () => {
  it.each<[EventStatus, EventStatus, boolean]>([
    ["happened", "happened", true],
    ["happened", "planned", true],
    ["planned", "possible", true],
    ["not-happened", "not-happened", true],
    ["not-happened", "happened", false],
    ["planned", "not-happened", false],
  ])("should say %s and %s agree: %s", (a, b, want) => {
    expect(sameHappening(event({ id: "a", who: ["x"], start: null, status: a }), event({ id: "b", who: ["x"], start: null, status: b }))).toBe(want);
  });
});

describe("firstParagraph", () => {
  it.each<[string, [string, number][], string[], number]>([
    ["the earliest paragraph of the given articles", [["a", 5], ["b", 1], ["a", 2]], ["a"], 2],
    ["any of several articles", [["a", 5], ["b", 1]], ["a", "b"], 1],
    ["Infinity when none of them reports it", [["a", 5]], ["c"], Infinity],
  ])("should find %s", (_name, reports, docs, want) => {
    expect(firstParagraph(event({ id: "e", who: ["x"], start: null, reports }), new Set(docs))).toBe(want);
  });
});
