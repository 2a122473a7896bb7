// Tests of the fields of an event mention: source, trigger, quote, rule, open-ended dates.
import { describe, expect, it } from "vitest";
import { month, runSentence } from "./testing.ts";

describe("events fields", () => {
  it("should keep the cited source, the trigger, the quote and the rule", () => {
    const [ev] = runSentence("路透社从美国国务院官员处获悉，王毅将访问华盛顿。");
    expect(ev?.reportedBy).toBe("路透社");
    expect(ev?.trigger).toBe("访问");
    expect(ev?.quote).toBe("路透社从美国国务院官员处获悉，王毅将访问华盛顿。");
    expect(ev?.rule).toMatch(/^visit\/subject;date:none;status:cue:将$/);
  });

  it("should run an open end (以来) to the document's date", () => {
    const [ev] = runSentence("今年6月以来，耶伦访华。", month("今年6月", "2023-06"));
    expect([ev?.from, ev?.to]).toEqual(["2023-06-01", "2023-10-05"]);
  });

  it("should keep the original script in trigger and quote", () => {
    const [ev] = runSentence("王毅與布林肯在華盛頓會晤。");
    expect(ev?.trigger).toBe("會晤");
  });
});
