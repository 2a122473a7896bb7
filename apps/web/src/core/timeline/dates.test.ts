// Partial dates become day ranges; the table holds the forms graph.json uses.
import { describe, expect, it } from "vitest";
import { dateRange, formatDay, formatSpan, spanRange } from "./dates.ts";

describe("timeline/dates", () => {
  it.each([
    ["2023-10-26", "2023-10-26", "2023-10-26"],
    ["2023-11", "2023-11-01", "2023-11-30"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2023", "2023-01-01", "2023-12-31"],
    ["2023-10-27T08:00:00Z", "2023-10-27", "2023-10-27"],
  ])("should read %s as %s..%s", (input, from, to) => {
    const r = dateRange(input)!;
    expect([formatDay(r.from), formatDay(r.to)]).toEqual([from, to]);
  });

  it("should return null for text that is not a date", () => {
    expect(dateRange("十月下旬")).toBeNull();
    expect(dateRange(null)).toBeNull();
  });

  it("should span from the start of the first to the end of the last", () => {
    const r = spanRange("2023-09-16", "2023-09-17")!;
    expect([formatDay(r.from), formatDay(r.to)]).toEqual(["2023-09-16", "2023-09-17"]);
  });

  it.each([
    ["2023-10-26", "2023-10-26", "2023-10-26"],
    ["2023-09-16", "2023-09-17", "2023-09-16 – 2023-09-17"],
    ["2023-11", "2023-11", "2023-11"],
  ])("should show %s..%s as %s", (start, end, shown) => {
    expect(formatSpan(start, end)).toBe(shown);
  });
});
