// Tests of the sentence view: clause splitting and cue masking.
import { describe, expect, it } from "vitest";
import { builtinRules } from "./rules.ts";
import { maskCues, splitClauses } from "./view.ts";

const clauses = (s: string): string[] => splitClauses(s).map((c) => s.slice(c.start, c.end));

describe("events view", () => {
  it.each([
    ["王毅与拜登会晤 美中共同推动“拜习会”", ["王毅与拜登会晤", "美中共同推动“拜习会”"]],
    ["9月16日至17日，王毅与沙利文会晤。", ["9月16日至17日", "王毅与沙利文会晤"]],
    ["华日: 中美会谈势头强劲", ["华日", " 中美会谈势头强劲"]],
    ["耶伦 ( Janet Yellen ) 7 月访华", ["耶伦 ( Janet Yellen ) 7 月访华"]],
  ])("should split %s into clauses", (s, want) => {
    expect(clauses(s)).toEqual(want);
  });

  it("should blank out look-alike cues without moving offsets", () => {
    const s = "纽森此行按计划明确了目标，应美方邀请访问";
    const masked = maskCues(s, builtinRules());
    expect(masked.length).toBe(s.length);
    expect(masked).not.toContain("计划");
    expect(masked).not.toContain("邀请");
  });
});
