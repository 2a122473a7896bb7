import { describe, expect, it } from "vitest";
import { formatInterval, intervalOf, isoDay, monthBucket, overlaps } from "./days.ts";

const span = (s: string | null, e?: string | null) => {
  const iv = intervalOf(s, e);
  return iv ? [isoDay(iv.lo), isoDay(iv.hi)] : null;
};

describe("intervalOf", () => {
  it.each([
    ["2023-10-26", null, ["2023-10-26", "2023-10-26"]],
    ["2023-11", null, ["2023-11-01", "2023-11-30"]],
    ["2024-02", null, ["2024-02-01", "2024-02-29"]],
    ["2022", null, ["2022-01-01", "2022-12-31"]],
    ["2023-09-16", "2023-09-17", ["2023-09-16", "2023-09-17"]],
    [null, "2023-10", ["2023-10-01", "2023-10-31"]],
    [null, null, null],
  ])("should read %s..%s", (s, e, want) => {
    expect(span(s, e)).toEqual(want);
  });
});

describe("formatInterval", () => {
  const iv = intervalOf("2023-11-01", "2023-11-30")!;
  it.each([
    ["day", { start: "2023-11-01", end: "2023-11-30" }],
    ["month", { start: "2023-11", end: "2023-11" }],
    ["year", { start: "2023", end: "2023" }],
    ["part-of-month", { start: "2023-11-01", end: "2023-11-30" }],
  ] as const)("should write %s precision", (p, want) => {
    expect(formatInterval(iv, p)).toEqual(want);
  });
});

describe("overlaps and buckets", () => {
  it("should see 9月中旬 overlap 9月16日至17日 but not 10月", () => {
    const midSep = intervalOf("2023-09-11", "2023-09-20")!;
    expect(overlaps(midSep, intervalOf("2023-09-16", "2023-09-17")!)).toBe(true);
    expect(overlaps(midSep, intervalOf("2023-10")!)).toBe(false);
  });

  it("should bucket by month", () => {
    expect(monthBucket(intervalOf("2023-10-31")!.lo)).toBe(2023 * 12 + 9);
  });
});
