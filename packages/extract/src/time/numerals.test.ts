// Numerals and calendar arithmetic.
import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayNumber, daysBetween, daysInMonth, isoDay, isoOfDay, parseIso, weekdayOf } from "./calendar.ts";
import { halfWidthDigits, parseNumber } from "./numerals.ts";

describe("parseNumber", () => {
  it.each([
    ["26", 26], ["２６", 26], ["十", 10], ["十二", 12], ["二十六", 26], ["三十一", 31], ["两", 2], ["兩", 2],
    ["四十一", 41], ["一百", 100], ["二〇二三", 2023], ["二零二三", 2023], ["一九九七", 1997], ["", null], ["多", null],
  ])("should read %s as %s", (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
  });

  it("should turn full-width digits into ASCII", () => {
    expect(halfWidthDigits("２０２３年")).toBe("2023年");
  });
});

describe("calendar", () => {
  it.each([
    ["2023-10-26", 3], ["2023-10-23", 0], ["2023-10-29", 6], ["2024-02-29", 3],
  ])("should give %s weekday %i (Monday 0)", (iso, wd) => {
    expect(weekdayOf(iso)).toBe(wd);
  });

  it("should count days and months", () => {
    expect(addDays("2023-10-28", -1)).toBe("2023-10-27");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(daysBetween("2023-12-31", "2024-03-01")).toBe(61);
    expect(daysBetween("2024-03-01", "2023-12-31")).toBe(-61);
    expect(daysBetween("2024-03-01", "3月1日")).toBeNaN();
    expect(addMonths(2023, 12, 1)).toEqual({ y: 2024, m: 1 });
    expect(addMonths(2023, 1, -1)).toEqual({ y: 2022, m: 12 });
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(isoDay(2023, 2, 30)).toBeNull();
    expect(parseIso("2023-10-26T22:57:12.000Z")).toEqual({ y: 2023, m: 10, d: 26 });
    expect(parseIso("26/10/2023")).toBeNull();
  });
});

describe("calendar round trip", () => {
  it("should agree with Date on every day from 1899 to 2101", () => {
    const start = Date.UTC(1899, 0, 1) / 86_400_000;
    const end = Date.UTC(2101, 11, 31) / 86_400_000;
    for (let n = start; n <= end; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      const p = parseIso(iso);
      expect(p && dayNumber(p.y, p.m, p.d)).toBe(n);
      expect(isoOfDay(n)).toBe(iso);
    }
  });
});
