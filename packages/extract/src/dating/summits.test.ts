// Tests of the summit calendar: which meeting a sentence names, in both scripts.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { summitCalendar } from "./summits.ts";

const calendar = summitCalendar();

/** The first days of the meetings the first summit of `text` can be, or null when it names none. */
function meetings(text: string): string[] | null {
  const found = calendar.find(toSimplified(text))[0];
  return found ? found.candidates.map((c) => c.start) : null;
}

describe("dating summits", () => {
  it.each([
    ["两国元首将在印尼巴厘岛举行的二十国集团峰会期间会晤。", ["2022-11-15"]],
    ["兩國元首將在印尼峇里島舉行的二十國集團峰會期間會晤。", ["2022-11-15"]],
    ["他随后前往日本大阪出席G20领导人峰会。", ["2019-06-28"]],
    ["總統將赴意大利羅馬出席二十國集團（G20）峰會。", ["2021-10-30"]],
    ["他将到秘鲁首都利马出席亚太经合组织（APEC）领导人非正式会议。", ["2016-11-19", "2024-11-15"]],
    ["2016年亞太經合組織（APEC）領袖會議在利馬舉行。", ["2016-11-19"]],
    ["习近平出席在旧金山举行的亚太经合组织第三十次领导人非正式会议。", ["2023-11-15"]],
    ["拜登飛往三藩市出席APEC峰會。", ["2023-11-15"]],
    ["金砖国家领导人第十六次会晤在俄罗斯喀山举行。", ["2024-10-22"]],
    ["莫迪前往喀山出席金砖峰会。", ["2024-10-22"]],
    ["普京抵达撒马尔罕出席上合组织峰会。", ["2022-09-15"]],
    ["北約峰會在立陶宛首都維爾紐斯登場。", ["2023-07-11"]],
    ["第二十届香格里拉对话在新加坡举行。", ["2023-06-02"]],
    ["夏季达沃斯论坛在天津开幕。", null],
    ["一名学者在巴厘岛度假。", null],
  ])("should find in %s the meetings %j", (text, want) => {
    expect(meetings(text)).toEqual(want);
  });

  it("should list every meeting of a forum named without a mark, unmarked", () => {
    const [m] = calendar.find("他将出席慕尼黑安全会议。");
    expect(m?.marked).toBe(false);
    expect(m?.candidates.length).toBeGreaterThan(5);
  });
});
