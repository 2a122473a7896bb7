// inferDocumentDate: the latest written date, moved on by later bare days; year clues; the URL.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find.ts";
import { makeDocument } from "./fixtures.ts";
import { inferDocumentDate } from "./infer.ts";
import { dateFromUrl, yearFromClues } from "./year-clues.ts";

/** Infers on the document's unanchored times, as findTimes does. */
function infer(paragraphs: string[], extra: Parameters<typeof makeDocument>[2] = {}, yearHint: number | null = null) {
  const doc = makeDocument(paragraphs, null, extra);
  return inferDocumentDate(doc, findTimes(doc, [], { infer: false }).times, { yearHint });
}

describe("inferDocumentDate", () => {
  it.each([
    [["2023年9月28日，双方会谈。", "2023年9月22日，成立工作组。"], "2023-09-28", "latest absolute date 2023-09-28"],
    [["2023年9月28日，双方会谈。", "3日，耶伦表示。"], "2023-10-03", "latest absolute date 2023-09-28; day-of-month 3日 after it"],
    [["2023年9月20日，双方会谈。", "25日，耶伦表示。"], "2023-09-25", "latest absolute date 2023-09-20; day-of-month 25日 after it"],
    [["2023年10月26日，王毅访美。", "2022年11月，两国元首会晤。"], "2023-10-26", "latest absolute date 2023-10-26"],
    [["2023年10月26日，王毅访美。", "峰会将于2023年11月15日举行。"], "2023-10-26", "latest absolute date 2023-10-26"],
  ])("should infer from %j → %s", (paragraphs, date, basis) => {
    expect(infer(paragraphs)).toEqual({ date, inferred: true, basis });
  });

  it("should take the year of month-day dates from a numbered annual session", () => {
    expect(infer(["在第78届联合国大会即将召开之际，9月28日，双方会谈。"])?.date).toBe("2023-09-28");
  });

  it("should take the latest year the text writes, then fall back to the year hint", () => {
    expect(infer(["9月28日，双方会谈。"], {}, 2021)?.date).toBe("2021-09-28");
    expect(infer(["2022年11月两国元首会晤。9月28日，双方会谈。"])?.date).toBe("2022-09-28");
    expect(infer(["2022年11月两国元首会晤。9月28日，双方会谈。"], {}, 2021)?.date).toBe("2022-09-28");
  });

  it("should prefer a date in the URL", () => {
    expect(infer(["9月28日，双方会谈。"], { url: "https://www.rfi.fr/cn/政治/20231004-王毅" })).toEqual({
      date: "2023-10-04", inferred: true, basis: "date in the URL 2023-10-04",
    });
  });

  it.each([
    [["10月8日，双方在北京会谈。", "今日（10日），王毅表示愿同美方保持沟通。"], "2023-10-10", "今日（10日）"],
    [["2023年10月28日，双方会谈。", "昨天（30日），布林肯表示。"], "2023-10-31", "昨天（30日）"],
    [["新华社华盛顿15日专电 拜登会见王毅。", "2023年11月14日，双方会谈。"], "2023-11-15", "15日专电"],
    [["（中央社記者台北27日電）外交部表示。", "2023年10月25日，雙方會談。"], "2023-10-27", "27日電"],
  ])("should take the text's own day from %j → %s", (paragraphs, date, surface) => {
    const found = infer(paragraphs, {}, 2023);
    expect(found?.date).toBe(date);
    expect(found?.basis).toContain(`the text's own day ${surface}`);
  });

  it("should return null when the text dates nothing", () => {
    expect(infer(["王毅预计本月晚些时候访问华盛顿。"])).toBeNull();
    expect(infer(["9月28日，双方会谈。"])).toBeNull();
  });
});

describe("year clues", () => {
  it.each([
    ["在第78届联合国大会即将召开之际", 2023],
    ["出席第七十七届联合国大会", 2022],
    ["第六届进博会在上海开幕", 2023],
    ["在第78屆聯合國大會即將召開之際", 2023],
  ])("should date %s to %i", (text, year) => {
    expect(yearFromClues(makeDocument([text], null))?.year).toBe(year);
  });

  it.each([
    ["https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20231004-abc", "2023-10-04"],
    ["https://www.epochtimes.com/gb/23/10/26/n14103768.htm", "2023-10-26"],
    ["https://www.dw.com/zh/a-67242722", null],
    [null, null],
  ])("should read the date in %s", (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });
});
