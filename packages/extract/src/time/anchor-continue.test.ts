// A bare day inside the range just written, or a few days after the paragraph's last date, keeps that month.
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

describe("time anchor-continue", () => {
  it.each([
    // inside a range written earlier in the sentence, however old its month
    [["王毅3月21日至24日访问华盛顿，拜登22日在白宫会见了他。"], "2023-07-10", "22日", "2023-03-22"],
    [["王毅3月21日至24日訪問華府，拜登22日在白宮會見了他。"], "2023-07-10", "22日", "2023-03-22"],
    [["刘鹤4月3日至5日再赴华盛顿，特朗普4日再次接见刘鹤；"], "2019-06-29", "4日", "2019-04-04"],
    [["劉鶴4月3日至5日再赴華府，川普4日再次接見劉鶴；"], "2019-06-29", "4日", "2019-04-04"],
    [["布林肯去年6月18日至19日访华，19日下午获习近平接见。"], "2024-04-26", "19日下午", "2023-06-19"],
    [["布林肯去年6月18日至19日訪華，19日下午獲習近平接見。"], "2024-04-26", "19日下午", "2023-06-19"],
    [["回顧這次峰會的籌備過程，金正恩今年1月7日至10日第四度訪問中國，並於8日在北京與中國國家主席習近平會談。"], "2019-03-01", "8日", "2019-01-08"],
    [["金正恩去年12月7日至10日访问中国，并于8日在北京与习近平会谈。"], "2019-03-01", "8日", "2018-12-08"],
    // inside a range in the paragraph's previous sentence
    [["去年10月10日至11日，双方在华盛顿磋商。特朗普11日会见刘鹤。"], "2020-01-16", "11日", "2019-10-11"],
    [["去年10月10日至11日，雙方在華府磋商。川普11日會見劉鶴。"], "2020-01-16", "11日", "2019-10-11"],
    // a few days after an old date of the same paragraph
    [["今年2月12日，王毅抵达慕尼黑。他15日与布林肯会面。"], "2024-06-20", "15日", "2024-02-15"],
    [["今年2月12日，王毅抵達慕尼黑。他15日與布林肯會面。"], "2024-06-20", "15日", "2024-02-15"],
    [["马英九去年3月27日起访问大陆，30日抵达长沙。"], "2024-04-20", "30日", "2023-03-30"],
    // …but not a day of the last few days before the article (the story of today after a recall)
    [["两人上次会晤是3月14日。习近平16日抵达。"], "2024-07-17", "16日", "2024-07-16"],
    [["兩人上次會晤是3月14日。習近平16日抵達。"], "2024-07-17", "16日", "2024-07-16"],
    // nor a date of an earlier paragraph, nor a day well past the old date
    [["王毅3月21日至24日访问华盛顿。", "拜登22日会见了日本首相。"], "2023-07-24", "22日", "2023-07-22"],
    [["今年2月12日，王毅抵达慕尼黑。他25日与布林肯会面。"], "2024-06-28", "25日", "2024-06-25"],
    // a day before the range stays as the anchors read it
    [["布林肯9月18日至20日访华，王毅16日已抵达纽约。"], "2023-09-22", "16日", "2023-09-16"],
    // a month ahead of the article with no future cue continues the paragraph's older year
    [["去年6月29日，两人在大阪会面。7月30日至31日，双方在上海会谈。"], "2020-01-16", "7月30日至31日", "2019-07-30"],
    [["去年6月29日，兩人在大阪會面。7月30日至31日，雙方在上海會談。"], "2020-01-16", "7月30日至31日", "2019-07-30"],
    [["2022年3月，布林肯访问东京，5月又与王毅通电话。"], "2023-02-10", "5月", "2022-05-01"],
    [["2022年3月，布林肯訪問東京，5月又與王毅通電話。"], "2023-02-10", "5月", "2022-05-01"],
    [["去年9月10日王毅抵达纽约，10月2日返回北京。"], "2024-03-01", "10月2日", "2023-10-02"],
    // …not in a future clause, nor after a month of another paragraph, nor a month before the old one
    [["去年6月29日，两人在大阪会面。7月将再次会谈。"], "2020-01-16", "7月", "2020-07-01"],
    [["去年6月29日，两人在大阪会面。", "7月30日，双方在上海会谈。"], "2020-01-16", "7月30日", "2020-07-30"],
    [["去年11月15日两人在旧金山会面，3月双方将在北京会谈。"], "2024-01-16", "3月", "2024-03-01"],
  ])("should date %j (published %s): %s → %s", (paragraphs, published, surface, want) => {
    expect(dateOf(paragraphs as string[], published as string, surface as string)).toBe(want);
  });
});
