// A bare day in a future clause is not dated by a past month written in another sentence.
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

describe("time future-day", () => {
  it.each([
    [["两人8月在法国七国集团峰会期间会面。", "川普與莫迪預定24日在紐約再度舉行雙邊會談。"], "2019-09-23", "24日", "2019-09-24"],
    [["两人8月在法国七国集团峰会期间会面。", "特朗普与莫迪预定24日在纽约再度举行双边会谈。"], "2019-09-23", "24日", "2019-09-24"],
    [["王毅上月访问欧洲，7月28日抵达罗马。", "他将于20日启程访问非洲。"], "2024-08-10", "20日", "2024-08-20"],
    // a past clause keeps the written month; so does a future clause with the month in its own sentence
    [["两人8月在法国七国集团峰会期间会面。", "特朗普24日在比亚里茨会见莫迪。"], "2019-09-23", "24日", "2019-08-24"],
    [["特朗普8月将访问印度，预定24日与莫迪会谈。"], "2019-07-03", "24日", "2019-08-24"],
  ])("should date %j (published %s): %s → %s", (paragraphs, published, surface, expected) => {
    expect(dateOf(paragraphs as string[], published as string, surface as string)).toBe(expected);
  });
});
