// inferDocumentDate and bare days: the nearer month of a later day, and days written before any month.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find.ts";
import { makeDocument } from "./fixtures.ts";
import { inferDocumentDate } from "./infer.ts";

/** The inferred date of an undated document, as findTimes infers it. */
function inferred(paragraphs: string[]): string | undefined {
  const doc = makeDocument(paragraphs, null, {});
  return inferDocumentDate(doc, findTimes(doc, [], { infer: false }).times)?.date;
}

/** The first resolved day of the second pass, anchored on the inferred date. */
function firstDay(paragraphs: string[]): string | null | undefined {
  const doc = makeDocument(paragraphs, null, {});
  return findTimes(doc, []).times.find((t) => t.rule === "day")?.from;
}

describe("inferDocumentDate > bare days", () => {
  // A day just before the latest full date is that month's, not the next (2023/11/17 … 16日).
  it.each([
    [["东京17日专电 2023年11月17日", "岸田文雄16日在旧金山与习近平举行会谈。"], "2023-11-17"],
    [["東京17日專電 2023年11月17日", "岸田文雄16日在舊金山與習近平舉行會談。"], "2023-11-17"],
    [["2024年3月20日，外交部表示。", "王毅19日会见来访的德国外长。"], "2024-03-20"],
    [["2024年3月20日，外交部表示。", "王毅19日會見來訪的德國外長。"], "2024-03-20"],
    [["2022年8月5日，白宫发表声明。", "拜登3日与习近平通电话。"], "2022-08-05"],
    [["2022年8月5日，白宮發表聲明。", "拜登3日與習近平通電話。"], "2022-08-05"],
    [["2023年9月28日，双方会谈。", "3日，耶伦表示。"], "2023-10-03"],
    [["2023年9月28日，雙方會談。", "2日，葉倫表示。"], "2023-10-02"],
    [["2021年6月30日，双方会谈。", "29日，沙利文抵达。"], "2021-06-30"],
    [["2021年6月30日，雙方會談。", "29日，蘇利文抵達。"], "2021-06-30"],
  ])("should read a later bare day in its nearer month: %j → %s", (paragraphs, date) => {
    expect(inferred(paragraphs)).toBe(date);
  });

  // 26日 written before the month (7月下旬) that dates the text, and before 前一天（25日）.
  it.each([
    [["布林肯26日在万象与王毅会谈。", "本届会议于2024年7月下旬举行。", "王毅在前一天（25日）与拉夫罗夫会晤。"], "2024-07-26"],
    [["布林肯26日在永珍與王毅會談。", "本屆會議於2024年7月下旬舉行。", "王毅在前一天（25日）與拉夫羅夫會晤。"], "2024-07-26"],
    [["马克龙12日抵达北京。", "这是他2023年4月第二次访华。", "他在前一天（11日）会见了习近平。"], "2023-04-12"],
    [["馬克龍12日抵達北京。", "這是他2023年4月第二次訪華。", "他在前一天（11日）會見了習近平。"], "2023-04-12"],
    [["李强8日在惠灵顿会见总理。", "2024年6月上旬，双方筹备访问。", "外交部在7日表示欢迎。"], "2024-06-08"],
    [["李強8日在威靈頓會見總理。", "2024年6月上旬，雙方籌備訪問。", "外交部在7日表示歡迎。"], "2024-06-08"],
  ])("should count a bare day written before any month: %j → %s", (paragraphs, date) => {
    expect(inferred(paragraphs)).toBe(date);
    expect(firstDay(paragraphs)).toBe(date);
  });

  it.each([
    [["王毅将于28日访问俄罗斯。", "2024年7月20日，外交部宣布。"], "2024-07-20"],
    [["王毅將於28日訪問俄羅斯。", "2024年7月20日，外交部宣布。"], "2024-07-20"],
  ])("should not move the date by a day in a future clause: %j → %s", (paragraphs, date) => {
    expect(inferred(paragraphs)).toBe(date);
  });
});
