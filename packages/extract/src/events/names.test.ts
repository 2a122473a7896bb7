// Tests of joinSplitNames: 川 + 普 inside 川普 are one person, not a leader pair.
import { describe, expect, it } from "vitest";
import type { Mention } from "../model.ts";
import { joinSplitNames } from "./names.ts";
import { testLexicon } from "./testing.ts";

const m = (entity: string, surface: string, start: number): Mention => ({
  entity, type: "person", surface, document: "t", paragraph: 0, start, end: start + surface.length, rule: "test",
});

describe("events names", () => {
  it("should join 川 and 普 written as 川普 into Trump", () => {
    const out = joinSplitNames([m("person:donald-trump", "川", 4), m("person:vladimir-putin", "普", 5)], testLexicon());
    expect(out.map((x) => [x.entity, x.surface, x.start, x.end])).toEqual([["person:donald-trump", "川普", 4, 6]]);
  });
  it("should keep 拜 and 习 of 拜习会 apart", () => {
    const ms = [m("person:joe-biden", "拜", 0), m("person:xi-jinping", "习", 1)];
    expect(joinSplitNames(ms, testLexicon())).toBe(ms);
  });
});
