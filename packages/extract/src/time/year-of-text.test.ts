// yearOfText through inferDocumentDate: target years skipped, a 去年 chain, a weekday picks the year.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find.ts";
import { makeDocument } from "./fixtures.ts";
import { inferDocumentDate } from "./infer.ts";

/** The inferred date of an undated document, as of `thisYear`. */
function inferred(paragraphs: string[], thisYear = 2026, yearHint: number | null = null): string | undefined {
  const doc = makeDocument(paragraphs, null, {});
  return inferDocumentDate(doc, findTimes(doc, [], { infer: false }).times, { thisYear, yearHint })?.date;
}

describe("time year of text", () => {
  it.each([
    // a target year is no date of the story
    [["双方承诺争取到2030年将装机容量增至三倍。", "2021年4月，克里访问上海。", "两国11月14日发表声明。"], "2021-11-14"],
    [["雙方承諾爭取到2030年將裝機容量增至三倍。", "2021年4月，克里訪問上海。", "兩國11月14日發表聲明。"], "2021-11-14"],
    [["两国将在2035年国家自主贡献中纳入减排行动。", "2019年6月，双方会晤。", "两国5月3日发表声明。"], "2019-05-03"],
    [["兩國將在2035年國家自主貢獻中納入減排行動。", "2019年6月，雙方會晤。", "兩國5月3日發表聲明。"], "2019-05-03"],
    [["中国承诺2060年前实现碳中和。", "2020年9月，习近平宣布目标。", "双方10月8日会谈。"], "2020-10-08"],
    [["中國承諾2060年前實現碳中和。", "2020年9月，習近平宣布目標。", "雙方10月8日會談。"], "2020-10-08"],
    // 2022年8月……直到去年11月: the text is a year after 2022
    [["2022年8月，北京暂停对话，直到去年11月两国元首会晤后才恢复。", "两国11月14日发表声明。"], "2023-11-14"],
    [["2022年8月，北京暫停對話，直到去年11月兩國元首會晤後才恢復。", "兩國11月14日發表聲明。"], "2023-11-14"],
    [["2019年6月双方会晤，此后去年3月再度通话。", "两人5月20日会面。"], "2020-05-20"],
    [["2019年6月雙方會晤，此後去年3月再度通話。", "兩人5月20日會面。"], "2020-05-20"],
    // a weekday written with the month-day picks the year
    [["特朗普周五（2月28日）在白宫会见泽连斯基。"], "2025-02-28"],
    [["特朗普週五（2月28日）在白宮會見澤連斯基。"], "2025-02-28"],
    [["拜登星期三（11月15日）在旧金山会见习近平。"], "2023-11-15"],
    [["拜登星期三（11月15日）在舊金山會見習近平。"], "2023-11-15"],
    [["王毅2月18日（周日）在慕尼黑会见布林肯。"], "2024-02-18"],
    [["王毅2月18日（週日）在慕尼黑會見布林肯。"], "2024-02-18"],
    // the weekday's year nearest the one the text writes
    [["2019年，双方曾会晤。", "特朗普周五（2月28日）会见泽连斯基。"], "2020-02-28"],
    [["2019年，雙方曾會晤。", "特朗普週五（2月28日）會見澤連斯基。"], "2020-02-28"],
  ])("should date %j → %s", (paragraphs, date) => {
    expect(inferred(paragraphs)).toBe(date);
  });

  it("should keep the year of the text when its weekday agrees, and take a year hint", () => {
    expect(inferred(["2025年1月，双方通话。", "特朗普周五（2月28日）会见泽连斯基。"])).toBe("2025-02-28");
    expect(inferred(["双方3月5日会谈。"], 2026, 2021)).toBe("2021-03-05");
    expect(inferred(["特朗普周五（2月28日）会见泽连斯基。"], 2022)).toBe("2020-02-28");
  });
});
