import { describe, expect, it } from "vitest";
import { outletOf } from "./outlet.ts";

describe("outlet", () => {
  it.each([
    ["https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20231004-x", "RFI"],
    ["https://www.dw.com/zh/x/a-67242722", "DW"],
    ["https://www.epochtimes.com/gb/23/10/26/n14103768.htm", "Epoch Times"],
    ["https://www.bbc.com/zhongwen/simp/world-67237212", "BBC Chinese"],
    ["https://www.bbc.com/news/world-67237212", "BBC"],
    ["https://www.voachinese.com/a/blinken-wang-yi/7330000.html", "VOA"],
    ["https://www.rfa.org/mandarin/yataibaodao/x.html", "RFA"],
    ["https://cn.nytimes.com/world/20231027/wang-yi/", "NYT Chinese"],
    ["https://www.zaobao.com.sg/news/china/story20231027-1446000", "联合早报 Lianhe Zaobao"],
    ["https://www.cna.com.tw/news/aopl/202310270001.aspx", "CNA"],
    ["https://udn.com/news/story/6809/7534000", "UDN"],
    ["https://news.ltn.com.tw/news/world/breakingnews/4470000", "Liberty Times"],
    ["https://www.sinchew.com.my/?p=5000000", "星洲日报 Sin Chew Daily"],
    ["https://www.orientaldaily.com.my/news/international/2023/10/27/600000", "Oriental Daily (Malaysia)"],
    ["http://www.news.cn/world/2023-10/27/c_1129941000.htm", "Xinhua"],
  ])("should name the outlet of %s", (url, outlet) => {
    expect(outletOf(url)).toBe(outlet);
  });

  it.each([[null], ["not a url"], ["https://example.org/a"]])("should return null for %s", (url) => {
    expect(outletOf(url)).toBeNull();
  });
});
