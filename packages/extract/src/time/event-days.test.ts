// Day words that name their event (会晤当天, 峰会前一天): the day of that event, not of the last sentence.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find.ts";
import { makeDocument } from "./fixtures.ts";

/** The date of the last expression of a document published on `published`. */
function lastDate(paragraphs: string[], published: string): string | null | undefined {
  const doc = makeDocument(paragraphs, published);
  return findTimes(doc, []).times.at(-1)?.from;
}

describe("time event days", () => {
  it.each([
    // the named event's day wins over a later date in the narrative
    [["两国元首昨天（30日）在釜山举行会晤。", "特朗普29日抵达庆州。", "习近平则在会晤当天抵达釜山。"], "2025-10-31", "2025-10-30"],
    [["兩國元首昨天（30日）在釜山舉行會晤。", "特朗普29日抵達慶州。", "習近平則在會晤當天抵達釜山。"], "2025-10-31", "2025-10-30"],
    [["拜登与习近平15日举行峰会。", "王毅13日会见布林肯。", "峰会前一天，双方团队完成磋商。"], "2023-11-17", "2023-11-14"],
    [["拜登與習近平15日舉行峰會。", "王毅13日會見布林肯。", "峰會前一天，雙方團隊完成磋商。"], "2023-11-17", "2023-11-14"],
    [["布林肯18日与王毅会谈。", "秦刚20日表示。", "会谈次日，布林肯会见习近平。"], "2023-06-21", "2023-06-19"],
    [["布林肯18日與王毅會談。", "秦剛20日表示。", "會談次日，布林肯會見習近平。"], "2023-06-21", "2023-06-19"],
    [["马克龙6日出席国宴。", "8日，他前往广州。", "国宴当晚，两人散步。"], "2023-04-09", "2023-04-06"],
    [["馬克龍6日出席國宴。", "8日，他前往廣州。", "國宴當晚，兩人散步。"], "2023-04-09", "2023-04-06"],
    [["双方10日在华盛顿举行记者会。", "11日，王毅离开美国。", "记者会的当天，白宫发表声明。"], "2023-10-12", "2023-10-10"],
    [["雙方10日在華盛頓舉行記者會。", "11日，王毅離開美國。", "記者會的當天，白宮發表聲明。"], "2023-10-12", "2023-10-10"],
    [["朔尔茨4日访问北京。", "5日，他返回德国。", "访问当天，他会见了习近平。"], "2022-11-06", "2022-11-04"],
    [["朔爾茨4日訪問北京。", "5日，他返回德國。", "訪問當天，他會見了習近平。"], "2022-11-06", "2022-11-04"],
    // no named event: the narrative's last date, as before
    [["布林肯18日与王毅会谈。", "秦刚20日表示。", "当天，布林肯会见习近平。"], "2023-06-21", "2023-06-20"],
    [["布林肯18日與王毅會談。", "秦剛20日表示。", "當天，布林肯會見習近平。"], "2023-06-21", "2023-06-20"],
    // a noun the text never dated: the narrative's last date
    [["布林肯18日抵达北京。", "秦刚20日表示。", "会晤当天，双方发表声明。"], "2023-06-21", "2023-06-20"],
    [["布林肯18日抵達北京。", "秦剛20日表示。", "會晤當天，雙方發表聲明。"], "2023-06-21", "2023-06-20"],
    // a planned event's day is no narrative day
    [["双方将于25日举行会谈。", "王毅20日表示。", "会谈当天，记者等候。"], "2023-06-21", "2023-06-20"],
    [["雙方將於25日舉行會談。", "王毅20日表示。", "會談當天，記者等候。"], "2023-06-21", "2023-06-20"],
  ])("should date %j (published %s) → %s", (paragraphs, published, date) => {
    expect(lastDate(paragraphs, published)).toBe(date);
  });

  // a count after a named event runs from that event's day, or from nothing when the text never dated it
  it.each([
    [["布林肯18日与王毅会谈。", "会谈三天后，秦刚表示欢迎。"], "2023-06-25", "2023-06-21"],
    [["布林肯18日與王毅會談。", "會談三天後，秦剛表示歡迎。"], "2023-06-25", "2023-06-21"],
    [["双方10日举行峰会。", "峰会一周后，两国发表声明。"], "2023-11-20", "2023-11-17"],
    [["雙方10日舉行峰會。", "峰會一週後，兩國發表聲明。"], "2023-11-20", "2023-11-17"],
    [["普京选择在访华一个月后到访平壤。"], "2024-06-19", null],
    [["普京選擇在訪華一個月後到訪平壤。"], "2024-06-19", null],
    [["特朗普希望在就职三个月后访问北京。"], "2025-01-20", null],
    [["特朗普希望在就職三個月後訪問北京。"], "2025-01-20", null],
    // no event before the count: from the article's date as before
    [["王毅表示，一个月后将访问华盛顿。"], "2023-10-05", "2023-11-01"],
    [["王毅表示，一個月後將訪問華盛頓。"], "2023-10-05", "2023-11-01"],
  ])("should count from a named event: %j (published %s) → %s", (paragraphs, published, date) => {
    expect(lastDate(paragraphs, published)).toBe(date);
  });
});
