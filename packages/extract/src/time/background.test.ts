// Background dates (这是…后的首次出访, an evening arrival) are not what 当天 means; an old month does not carry a bare day.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find.ts";
import { makeDocument } from "./fixtures.ts";

/** The date of the last expression of a document published on `published`. */
function lastDate(paragraphs: string[], published: string): string | null | undefined {
  const doc = makeDocument(paragraphs, published);
  return findTimes(doc, []).times.at(-1)?.from;
}

describe("time background dates", () => {
  it.each([
    // a 这是… sentence places the story against an earlier date
    [["普京周四（5月16日）抵达北京。这是普京本月7日宣誓就职后的首次出访。习近平当天上午为普京举行欢迎仪式。"], "2024-05-16", "2024-05-16"],
    [["普京週四（5月16日）抵達北京。這是普京本月7日宣誓就職後的首次出訪。習近平當天上午為普京舉行歡迎儀式。"], "2024-05-16", "2024-05-16"],
    [["王毅26日抵达华盛顿。这也是他继去年3日访美之后再度访美。", "当天，王毅会见布林肯。"], "2023-10-27", "2023-10-26"],
    [["王毅26日抵達華盛頓。這也是他繼去年3日訪美之後再度訪美。", "當天，王毅會見布林肯。"], "2023-10-27", "2023-10-26"],
    // 当天 later in the same 这是… sentence still means the story's day
    [["普京周四（5月16日）抵达北京。这是他本月7日宣誓就职后首次出访，习近平当天举行欢迎仪式。"], "2024-05-16", "2024-05-16"],
    [["普京週四（5月16日）抵達北京。這是他本月7日宣誓就職後首次出訪，習近平當天舉行歡迎儀式。"], "2024-05-16", "2024-05-16"],
    [["王毅26日抵达华盛顿。这是他继3日访俄之后再度出访，布林肯当天与他会晤。"], "2023-10-27", "2023-10-26"],
    [["王毅26日抵達華盛頓。這是他繼3日訪俄之後再度出訪，布林肯當天與他會晤。"], "2023-10-27", "2023-10-26"],
    // an evening arrival the day before the story's day
    [["谢尔曼周一（7月26日）在天津会谈。", "谢尔曼于周日晚间抵达天津。", "当天下午，王毅会见谢尔曼。"], "2021-07-26", "2021-07-26"],
    [["謝爾曼週一（7月26日）在天津會談。", "謝爾曼於週日晚間抵達天津。", "當天下午，王毅會見謝爾曼。"], "2021-07-26", "2021-07-26"],
    [["普京星期四（6月20日）在河内会谈。普京于星期三深夜飞抵河内。", "普京当天还会见了总理。"], "2024-06-20", "2024-06-20"],
    [["普京星期四（6月20日）在河內會談。普京於星期三深夜飛抵河內。", "普京當天還會見了總理。"], "2024-06-20", "2024-06-20"],
    // 当晚 after an evening arrival is that evening
    [["李强14日在北京会谈。", "李强15日晚抵达上海。", "当晚，他出席宴会。"], "2023-04-16", "2023-04-15"],
    [["李強14日在北京會談。", "李強15日晚抵達上海。", "當晚，他出席宴會。"], "2023-04-16", "2023-04-15"],
    // an arrival in the day is the narrative day
    [["习近平15日抵达旧金山。", "当天，他会见了拜登。"], "2023-11-16", "2023-11-15"],
    [["習近平15日抵達舊金山。", "當天，他會見了拜登。"], "2023-11-16", "2023-11-15"],
  ])("should date %j (published %s) → %s", (paragraphs, published, date) => {
    expect(lastDate(paragraphs, published)).toBe(date);
  });

  it.each([
    // an older month's next month is not the story's month when the article is later still
    [["普京5月16日至17日访华。", "习近平2日抵达阿斯塔纳。"], "2024-07-04", "2024-07-02"],
    [["普京5月16日至17日訪華。", "習近平2日抵達阿斯塔納。"], "2024-07-04", "2024-07-02"],
    [["布林肯3月20日访问首尔。", "王毅1日抵达莫斯科。"], "2023-05-03", "2023-05-01"],
    [["布林肯3月20日訪問首爾。", "王毅1日抵達莫斯科。"], "2023-05-03", "2023-05-01"],
    // the next month is the article's: a run of days into it
    [["王毅9月28日抵达华盛顿。", "3日，他会见布林肯。"], "2023-10-05", "2023-10-03"],
    [["王毅9月28日抵達華盛頓。", "3日，他會見布林肯。"], "2023-10-05", "2023-10-03"],
  ])("should read a bare day after an older month: %j (published %s) → %s", (paragraphs, published, date) => {
    expect(lastDate(paragraphs, published)).toBe(date);
  });
});
