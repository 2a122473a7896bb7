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

  it.each([
    // a year written only as background is a lower bound: the corpus's year passes it
    [["1949年以来，他是首位在故宫受到款待的外国元首。", "双方3月5日会谈。"], 2021, "2021-03-05"],
    [["1949年以來，他是首位在故宮受到款待的外國元首。", "雙方3月5日會談。"], 2021, "2021-03-05"],
    [["自2016年起，双方每年举行对话。", "两国5月3日发表声明。"], 2023, "2023-05-03"],
    [["自2016年起，雙方每年舉行對話。", "兩國5月3日發表聲明。"], 2023, "2023-05-03"],
    [["两人上一次会晤是在2019年10月。", "两人4月8日通话。"], 2024, "2024-04-08"],
    [["兩人上一次會晤是在2019年10月。", "兩人4月8日通話。"], 2024, "2024-04-08"],
    // ... but a hint older than it does not
    [["2018年，双方曾在北京会晤。", "两人6月12日通话。"], 2017, "2018-06-12"],
    [["2018年，雙方曾在北京會晤。", "兩人6月12日通話。"], 2017, "2018-06-12"],
    // a story year (not background) is the text's year even when the hint is later
    [["2020年以来两国关系紧张。", "2022年11月，两人在巴厘岛会晤。", "两人3月5日通话。"], 2024, "2022-03-05"],
    [["2020年以來兩國關係緊張。", "2022年11月，兩人在峇里島會晤。", "兩人3月5日通話。"], 2024, "2022-03-05"],
    // a weekday is searched from the latest year written on, not before it
    [["2020年6月，边境发生冲突。", "两人周三（10月23日）会晤。"], null, "2024-10-23"],
    [["2020年6月，邊境發生衝突。", "兩人週三（10月23日）會晤。"], null, "2024-10-23"],
    [["2019年，雙方曾會晤。", "兩人週三（10月23日）會晤。"], 2024, "2024-10-23"],
    [["2019年，双方曾会晤。", "两人周三（10月23日）会晤。"], 2024, "2024-10-23"],
  ])("should treat background years as a lower bound: %j (hint %s) → %s", (paragraphs, hint, date) => {
    expect(inferred(paragraphs, 2026, hint)).toBe(date);
  });

  it.each([
    // a gap counted from the last time: 五年来首次 / 时隔六年 with 上一次……2019年
    [["两人上一次正式会晤是在2019年10月。", "这是两国领导人五年来首次正式会谈。", "两人10月23日会晤。"], null, "2024-10-23"],
    [["兩人上一次正式會晤是在2019年10月。", "這是兩國領導人五年來首次正式會談。", "兩人10月23日會晤。"], null, "2024-10-23"],
    [["他上次访华是2018年。", "他时隔六年再度访华，4月16日抵达北京。"], null, "2024-04-16"],
    [["他上次訪華是2018年。", "他時隔六年再度訪華，4月16日抵達北京。"], null, "2024-04-16"],
    [["三年来首次访华。", "两人5月3日会谈。"], 2021, "2021-05-03"],
    [["三年來首次訪華。", "兩人5月3日會談。"], 2021, "2021-05-03"],
    // a year listed before 去年 is older than it
    [["两人在2022年巴厘岛峰会和去年8月的峰会上有过简短交谈。", "两人10月23日会晤。"], null, "2023-10-23"],
    [["兩人在2022年峇里島峰會和去年8月的峰會上有過簡短交談。", "兩人10月23日會晤。"], null, "2023-10-23"],
    [["2021年、去年两度通话后，两人3月2日会面。"], null, "2022-03-02"],
    [["2021年、去年兩度通話後，兩人3月2日會面。"], null, "2022-03-02"],
  ])("should raise the year by a counted gap or a listed 去年: %j (hint %s) → %s", (paragraphs, hint, date) => {
    expect(inferred(paragraphs, 2026, hint)).toBe(date);
  });

  it.each([
    // a full date written as background does not date the story; it is the date only when nothing else is
    [["2019年10月11日，两人曾在金奈会晤。", "两人10月23日在喀山会晤。"], 2024, "2024-10-23"],
    [["2019年10月11日，兩人曾在金奈會晤。", "兩人10月23日在喀山會晤。"], 2024, "2024-10-23"],
    [["2019年10月11日，习近平曾在金奈会见莫迪。", "习近平周四（10月23日）在喀山会见莫迪。"], null, "2025-10-23"],
    [["2019年10月11日，習近平曾在金奈會見莫迪。", "習近平週四（10月23日）在喀山會見莫迪。"], null, "2025-10-23"],
    [["两人上一次会晤是在2019年10月11日。", "两人4月8日通话。"], 2024, "2024-04-08"],
    [["兩人上一次會晤是在2019年10月11日。", "兩人4月8日通話。"], 2024, "2024-04-08"],
    [["2019年10月11日，两人曾在金奈会晤。"], 2024, "2019-10-11"],
    [["2019年10月11日，两人在金奈会晤。", "两人10月23日在喀山会晤。"], 2024, "2019-10-11"],
  ])("should not date the story by a background full date: %j (hint %s) → %s", (paragraphs, hint, date) => {
    expect(inferred(paragraphs, 2026, hint)).toBe(date);
  });
});
