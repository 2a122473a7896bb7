// A bracketed day after a narrative day word (前一天（29日）) far from where the word counts is a bare day.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { makeDocument } from "./fixtures.ts";
import { findTimes } from "./find.ts";

/** The date of `surface` (its last occurrence) in a dated article of paragraphs. */
function dateOf(paragraphs: string[], published: string, surface: string): string | null {
  const doc = makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), published);
  const found = findTimes(doc, []).times.filter((t) => t.surface === surface);
  return found.at(-1)?.from ?? null;
}

describe("time bracket-day", () => {
  it.each([
    // the day before an unwritten date (the summit's opening), not before the text's last date
    [["10月6日，杨洁篪与沙利文在苏黎世会谈。习近平与拜登9月曾通电话。", "拜登则在峰会开幕前一天（29日）抵达罗马。"], "2021-11-01", "前一天（29日）", "2021-10-29"],
    [["10月6日，楊潔篪與沙利文在蘇黎世會談。習近平與拜登9月曾通電話。", "拜登則在峰會開幕前一天（29日）抵達羅馬。"], "2021-11-01", "前一天（29日）", "2021-10-29"],
    // a bracket near the count keeps the count's month
    [["10月30日，峰会在罗马开幕。拜登前一天（29日）抵达罗马。"], "2021-11-05", "前一天（29日）", "2021-10-29"],
    [["6月1日，两国外长会谈。次日（2日），双方发表声明。"], "2021-07-05", "次日（2日）", "2021-06-02"],
    [["5月31日，王毅抵达。次日（1日），双方会谈。"], "2021-07-05", "次日（1日）", "2021-06-01"],
  ])("should date %j (published %s): %s → %s", (paragraphs, published, surface, expected) => {
    expect(dateOf(paragraphs as string[], published as string, surface as string)).toBe(expected);
  });
});
