// Tests of widening the dates an unknown day decides, and of combining world clues.
import { describe, expect, it } from "vitest";
import type { EventMention } from "../model.ts";
import { combineClues, type WorldClue } from "./clues.ts";
import { widenUnsure } from "./widen.ts";

function ev(from: string | null, to: string | null = from, start = 0): EventMention {
  return { id: "e", document: "d", type: "meeting", participants: ["p:a", "p:b"], place: null, from, to, precision: from ? "day" : null, status: "happened", trigger: "会谈", quote: "", paragraph: 0, start, end: 2, rule: "t" };
}

describe("dating widen", () => {
  it.each([
    // the same date under both datelines (今年3月, 4月1日): kept as it is
    [ev("2024-04-01"), ev("2024-04-01"), "2024-04-01", "2024-04-01", "day"],
    // a day the dateline decided (26日 · 周六): widened over both readings
    [ev("2024-11-09"), ev("2024-10-26"), "2024-10-26", "2024-11-09", "month"],
    [ev("2021-10-26"), ev("2021-05-26"), "2021-05-26", "2021-10-26", "year"],
    // open under the other dateline: widened back to the window's first day
    [ev("2021-10-26"), ev(null), "2021-01-20", "2021-10-26", "year"],
    [ev("2021-01-25"), ev(null), "2021-01-20", "2021-01-25", "month"],
  ])("should widen %j against %j to %s..%s (%s)", (kept, other, from, to, precision) => {
    const [out] = widenUnsure([kept], [other], "2021-01-20");
    expect([out?.from, out?.to, out?.precision]).toEqual([from, to, precision]);
  });

  it("should keep an event the other extraction does not have", () => {
    expect(widenUnsure([ev("2024-11-09", "2024-11-09", 5)], [ev("2024-10-26")], "2024-11-01")[0]?.from).toBe("2024-11-09");
  });
});

const clue = (windows: [string, string][], strong: boolean): WorldClue => ({ windows: windows.map(([lo, hi]) => ({ lo, hi })), strong, basis: "x" });

describe("dating clues", () => {
  it.each([
    [[clue([["2024-11-01", "2024-11-30"]], true), clue([["2023-11-16", "2024-11-14"]], true)], "2024-11-01..2024-11-14"],
    // a clue of two meetings counts when one fits
    [[clue([["2024-11-01", "2024-11-30"]], true), clue([["2015-11-20", "2016-11-18"], ["2023-11-16", "2024-11-14"]], true)], "2024-11-01..2024-11-14"],
    // a weak clue that conflicts with the strong is dropped
    [[clue([["2024-11-01", "2024-11-30"]], true), clue([["2021-01-20", "2025-01-20"]], false), clue([["2019-01-01", "2020-01-01"]], false)], "2024-11-01..2024-11-30"],
    // strong clues that conflict, or a two-meeting clue alone: no bounds
    [[clue([["2024-11-01", "2024-11-30"]], true), clue([["2023-01-01", "2023-12-31"]], true)], null],
    [[clue([["2015-11-20", "2016-11-18"], ["2023-11-16", "2024-11-14"]], true)], null],
    [[], null],
  ])("should combine %j into %s", (clues, want) => {
    const b = combineClues(clues);
    expect(b ? `${b.lo}..${b.hi}` : null).toBe(want);
  });
});
