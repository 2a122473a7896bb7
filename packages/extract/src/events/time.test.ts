// Tests of date choice helpers: time clauses after a dateline, yearly gatherings, open ends.
import { describe, expect, it } from "vitest";
import type { TimeExpr } from "../model.ts";
import { builtinRules } from "./rules.ts";
import { periodTime, timeClauseStart, union } from "./time.ts";
import type { SentenceView } from "./view.ts";
import { maskCues, splitClauses } from "./view.ts";

function view(text: string, times: [string, string, string][] = []): SentenceView {
  const rules = builtinRules();
  const items = times.map(([surface, from, to]) => {
    const start = text.indexOf(surface);
    const expr: TimeExpr = { surface, paragraph: 0, start, end: start + surface.length, from, to, precision: "day", range: false, anchor: "published", rule: "test" };
    return { expr, start, end: start + surface.length };
  });
  return { sentence: { paragraph: 0, start: 0, end: text.length, text, simplified: text }, text, cue: maskCues(text, rules), persons: [], places: [], orgs: [], times: items, clauses: splitClauses(text) };
}

describe("events time", () => {
  it("should read a time clause after the outlet's dateline", () => {
    const v = view("【大纪元2023年10月27日讯】周四下午，布林肯接待王毅。", [["2023年10月27日", "2023-10-27", "2023-10-27"], ["周四", "2023-10-26", "2023-10-26"]]);
    expect(timeClauseStart(v, builtinRules(), v.clauses[0]!)).toBe("【大纪元2023年10月27日讯】".length);
  });

  it("should not take a clause with a verb as a time clause", () => {
    const v = view("白宫周四表示，王毅将访问。", [["周四", "2023-10-26", "2023-10-26"]]);
    expect(timeClauseStart(v, builtinRules(), v.clauses[0]!)).toBeUndefined();
  });

  it("should run 以来 to the document's date", () => {
    const v = view("6月以来，耶伦访华", [["6月", "2023-06-01", "2023-06-30"]]);
    expect(union(v, v.times, "date:head", "2023-10-05")).toMatchObject({ from: "2023-06-01", to: "2023-10-05" });
  });

  it.each([
    ["在联大会议期间，布林肯与韩正会谈", "2023-10-04", "2023-09-01"],
    ["在联大期间，布林肯与韩正会谈", "2023-08-20", "2022-09-01"],
    ["在两会期间，王毅会见记者", "2024-03-08", "2024-03-01"],
  ])("should date %s by its yearly gathering", (text, dateline, from) => {
    const v = view(text);
    const clause = v.clauses.at(-1)!;
    const t = periodTime(v, builtinRules(), { clause, scope: clause.start, start: clause.end - 2, end: clause.end, dateline }, dateline);
    expect(t?.from).toBe(from);
  });
});
