import { describe, expect, it } from "vitest";
import { findTitle, isBreadcrumb, isSiteName, standsAlone } from "./head-lines.ts";

const blocks = (...lines: string[]) => lines.map((text) => ({ text }));

describe("head-lines", () => {
  it.each([
    ["香港01 ＞ 中國", true],
    ["首页 > 国际 > 中国", true],
    ["主页 » 新闻", true],
    ["新聞 › 兩岸", true],
    ["星洲日报 / 国际", true],
    ["王毅：中美关系 > 一切", false],
    ["美中外長通話 討論台海局勢", false],
    ["他说，3 > 2。", false],
  ])("should tell a breadcrumb: %s → %s", (line, yes) => {
    expect(isBreadcrumb(line)).toBe(yes);
  });

  it.each([
    ["中央社 CNA", true],
    ["香港01", true],
    ["聯合早報 zaobao.sg", true],
    ["BBC News 中文", true],
    ["美中軍事對話重啟", false],
  ])("should tell a site name: %s → %s", (line, yes) => {
    expect(isSiteName(line)).toBe(yes);
  });

  it.each([
    ["来源：新华社", true],
    ["撰文：王小明", true],
    ["出版：2024-04-10 17:45", true],
    ["王毅周四抵达华盛顿", false],
  ])("should tell a line that stands alone: %s → %s", (line, yes) => {
    expect(standsAlone(line)).toBe(yes);
  });

  it.each([
    ["the first line", blocks("王毅访问华盛顿", "王毅周四抵达华盛顿。"), 0],
    ["past a breadcrumb and a site name", blocks("香港01 ＞ 中國", "中央社 CNA", "美中外長通話 討論台海局勢", "正文。"), 2],
    ["past a date line", blocks("2024年4月10日 星期三", "美中軍事對話重啟", "正文。"), 1],
    ["a short first line when nothing longer reads like a headline", blocks("王毅访美", "王毅预计本月访问华盛顿。"), 0],
    ["nothing below body text", blocks("王毅周四抵达华盛顿，将与布林肯会谈。", "双方讨论元首会晤"), -1],
    ["nothing in a one-block text", blocks("王毅访问华盛顿"), -1],
  ])("should find the title %s", (_, list, index) => {
    expect(findTitle(list)).toBe(index);
  });
});
