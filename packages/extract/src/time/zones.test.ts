// publishedDay: the stated date, in the newsroom's zone when the time is given in UTC.
import { describe, expect, it } from "vitest";
import { publishedDay } from "./zones.ts";

describe("publishedDay", () => {
  it.each([
    ["2023-10-26", null, "2023-10-26"],
    ["2023-10-26T22:57:12.000Z", "Epoch Times", "2023-10-26"],
    ["2023-10-28T10:05:40.549Z", "DW", "2023-10-28"],
    ["2023-11-15T23:30:00Z", "CNA", "2023-11-16"],
    ["2023-11-16T02:00:00Z", "VOA", "2023-11-15"],
    ["2023-11-15T23:30:00Z", null, "2023-11-15"],
    ["2023-11-15T23:30:00+08:00", "CNA", "2023-11-15"],
    ["2023-10-05T01:51", "RFI", "2023-10-05"],
    ["2023/10/5", null, "2023-10-05"],
    ["2023-02-30", null, null],
    [null, null, null],
  ])("should read %s (%s) as %s", (published, outlet, day) => {
    expect(publishedDay(published, outlet)).toBe(day);
  });
});
