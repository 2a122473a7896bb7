import { describe, expect, it } from "vitest";
import { parseContent } from "./detect.ts";

const BODY = "<p>美國國務卿布林肯與中國外長王毅週二舉行會談，雙方同意保持溝通。</p>";

describe("metadata", () => {
  it.each([
    ["a fragment: first <h1>, a div.updatetime slash date", `<div class="article"><h1>王毅會見布林肯</h1><div class="updatetime">2023/02/19 08:35</div>${BODY}</div>`, "王毅會見布林肯", "2023-02-19T08:35"],
    ["a page: <title> with ' - 中央社 CNA', span.time", `<html><head><title>美中外長會談 - 中央社 CNA</title></head><body><h1>美中外長會談</h1><span class="time">2024/05/09 05:30</span>${BODY}</body></html>`, "美中外長會談", "2024-05-09T05:30"],
    ["a page: ' | 联合早报', updated line before the published one", `<html><head><title>王毅访美谈中美关系 | 联合早报</title></head><body><div class="date">更新时间：2024-04-11 09:00</div><div class="date">发布时间：2024-04-10 17:45</div><p>王毅周三抵达华盛顿。</p></body></html>`, "王毅访美谈中美关系", "2024-04-10T17:45"],
    ["a page: '｜明報', p.pubtime with a weekday", `<html><head><title>美中軍事對話重啟｜明報</title></head><body><p class="pubtime">2024年4月10日 星期三</p>${BODY}</body></html>`, "美中軍事對話重啟", "2024-04-10"],
    ["a page: ' _ 某某網', <time> without datetime", `<html><head><title>中美關係新動向 _ 某某網</title></head><body><time>2024年4月10日 08:20</time>${BODY}</body></html>`, "中美關係新動向", "2024-04-10T08:20"],
    ["a fragment: og:title", `<meta property="og:title" content="布林肯抵京 展開訪問"><div class="post-date">2024-04-24</div>${BODY}`, "布林肯抵京 展開訪問", "2024-04-24"],
    ["a page: the site's today bar above the headline", `<html><body><div class="top-date">2026年11月22日 星期日</div><h1>王毅与沙利文会晤</h1><div class="article-time">2024-01-27 10:00</div><p>双方在曼谷举行会晤。</p></body></html>`, "王毅与沙利文会晤", "2024-01-27T10:00"],
    ["a page: a byline and a date in div.meta", `<html><body><h1>美中外长会谈</h1><div class="meta"><span>記者 王小明</span> <span>2024-04-10 17:45</span></div>${BODY}</body></html>`, "美中外长会谈", "2024-04-10T17:45"],
    ["a page: <title> that is only the site name", `<html><head><title>中央社 CNA</title></head><body><h1>布林肯訪華 與王毅會談</h1>${BODY}</body></html>`, "布林肯訪華 與王毅會談", null],
    ["a page: a plain today line above the headline, the date line below it", `<html><body><div>2026年11月22日 星期日</div><h1>布林肯訪華 與王毅會談</h1><p>2024年4月26日 下午3:05</p>${BODY}</body></html>`, "布林肯訪華 與王毅會談", "2024-04-26T15:05"],
    ["a page: article:modified_time only when nothing says published", `<html><head><title>王毅会见布林肯 - 某某网</title><meta property="article:modified_time" content="2024-04-11T09:00:00+08:00"></head><body>${BODY}</body></html>`, "王毅会见布林肯", "2024-04-11T09:00:00+08:00"],
    ["a fragment that opens with an <h2>", `<h2>王毅與布林肯通電話</h2><p class="meta">2024-04-10</p>${BODY}`, "王毅與布林肯通電話", "2024-04-10"],
    ["a page: an empty <meta> before the date-ish element", `<html><head><meta name="keywords" content=""><title>美中外長會談 - 某某網</title></head><body><div class="pubtime">2024-04-10</div>${BODY}</body></html>`, "美中外長會談", "2024-04-10"],
    ["a page: a compact publishdate meta", `<html><head><title>美中外長會談 - 某某網</title><meta name="publishdate" content="20240410"></head><body>${BODY}</body></html>`, "美中外長會談", "2024-04-10"],
    ["a page: an unreadable published meta, then the date line", `<html><head><title>美中外長會談 - 某某網</title><meta name="pubdate" content="昨天"></head><body><div class="info">2024年04月10日17:45 來源：中央社</div>${BODY}</body></html>`, "美中外長會談", "2024-04-10T17:45"],
    ["a page: a date only in the body narrative", `<html><head><title>王毅在纽约会见布林肯</title></head><body><p>2023年9月28日，王毅在纽约会见布林肯。</p></body></html>`, "王毅在纽约会见布林肯", null],
  ])("should read %s", (_, html, title, published) => {
    const parsed = parseContent(html, ".html");
    expect([parsed.title, parsed.published]).toEqual([title, published]);
  });

  it.each([
    ["香港01 ＞ 中國\n美中外長通話 討論台海局勢\n撰文：王小明\n出版：2024-04-10 17:45\n更新：2024-04-11 09:00\n\n美國國務卿布林肯週二與中國外長王毅通話，\n雙方討論台海局勢。\n", "美中外長通話 討論台海局勢", "2024-04-10T17:45"],
    ["首页 > 国际 > 中国\n\n王毅与布林肯举行会谈\n\n发布于 2025年10月31日 08:20\n\n王毅周四在吉隆坡与布林肯举行会谈。\n", "王毅与布林肯举行会谈", "2025-10-31T08:20"],
    ["联合早报\n王毅与布林肯举行会谈\n2025年10月31日 08:20\n王毅周四在吉隆坡与布林肯举行会谈。\n", "王毅与布林肯举行会谈", "2025-10-31T08:20"],
    ["主页 » 新闻\n\n中央社 CNA\n\n美中軍事對話重啟\n\n2024年4月10日 星期三\n\n美中兩軍週二舉行視訊會議。\n", "美中軍事對話重啟", "2024-04-10"],
    ["美中外長通話\n發佈時間：2024/04/10 17:45\n\n美國國務卿布林肯週二與\n中國外長王毅通話。\n", "美中外長通話", "2024-04-10T17:45"],
    ["王毅与布林肯举行会谈\n\n2023年9月28日，王毅在纽约会见布林肯。\n\n双方同意保持沟通。\n", "王毅与布林肯举行会谈", null],
    ["美国之音中文网\n美中外长会谈 布林肯敦促中国停止支持俄罗斯\n2024年4月26日 上午3:05\n\n美国国务卿布林肯周五在北京与王毅会谈。\n", "美中外长会谈 布林肯敦促中国停止支持俄罗斯", "2024-04-26T03:05"],
    ["RFI 华语 - 法国国际广播电台\n国际\n美中兩軍恢復對話\n发表时间： 10/04/2024 - 17:45\n修改时间： 10/04/2024 - 18:00\n\n美中兩軍週二舉行視訊會議。\n", "美中兩軍恢復對話", "2024-04-10T17:45"],
    ["Wang Yi meets Blinken in Washington\nPublished: October 26, 2023\n\nThe two met on Thursday.\n", "Wang Yi meets Blinken in Washington", "2023-10-26"],
  ])("should read the title and date of plain text %#", (text, title, published) => {
    const parsed = parseContent(text, ".txt");
    expect([parsed.title, parsed.published]).toEqual([title, published]);
    // the chrome above the body is gone, the body is whole
    const body = parsed.blocks.map((b) => b.text);
    expect(body.join("\n")).not.toMatch(/[>＞»]|出版|更新|發佈|发布于|Published|2024年4月10日/);
    expect(body[body.length - 1]).toMatch(/[。.]$/);
  });

  it("should keep a Jekyll body's first heading when the front matter states another title", () => {
    const parsed = parseContent(`---\ntitle: 王毅会见布林肯\ndate: 2024-04-10\n---\n<h2>双方同意保持沟通</h2><div class="time">2024-04-09</div>${BODY}`, ".md");
    expect([parsed.title, parsed.published, parsed.blocks[0]!.text]).toEqual(["王毅会见布林肯", "2024-04-10", "双方同意保持沟通"]);
  });

  it("should read an emphasized date line in Markdown", () => {
    const parsed = parseContent("# 王毅与布林肯通电话\n\n*发布时间：2024-04-10 17:45*\n\n两人周三通电话。\n", ".md");
    expect([parsed.title, parsed.published]).toEqual(["王毅与布林肯通电话", "2024-04-10T17:45"]);
  });

  it("should read the labelled head of a page copied by a reader tool (Title:, URL Source:, Published Time:)", () => {
    const text = "Title: 王毅与布林肯举行会谈 | 联合早报\n\nURL Source: https://www.zaobao.com.sg/news/china/story20240410-1\n\nPublished Time: 2024-04-10T17:45:00+08:00\n\nMarkdown Content:\n首页 > 中国\n\n王毅周三与布林肯举行会谈。\n";
    const parsed = parseContent(text, ".md");
    expect([parsed.title, parsed.url, parsed.published]).toEqual(["王毅与布林肯举行会谈", "https://www.zaobao.com.sg/news/china/story20240410-1", "2024-04-10T17:45:00+08:00"]);
    expect(parsed.blocks.map((b) => b.text)).toEqual(["首页 > 中国", "王毅周三与布林肯举行会谈。"]);
  });

  it("should not take a site's name for the # title, and drop a known site suffix from it", () => {
    expect(parseContent("# 联合早报\n\n## 王毅与布林肯通电话\n\n两人周三通电话。\n", ".md").title).toBe("王毅与布林肯通电话");
    expect(parseContent("# 美中軍事對話重啟 - 明報\n\n兩軍週二舉行視訊會議。\n", ".md").title).toBe("美中軍事對話重啟");
    expect(parseContent("# 王毅：中美关系 - 新的开始\n\n两人周三通电话。\n", ".md").title).toBe("王毅：中美关系 - 新的开始");
  });

  it("should read a Markdown page without a # title: the heading past the breadcrumb, a labelled date", () => {
    const parsed = parseContent("首页 > 国际\n\n## 王毅与布林肯通电话\n\n日期：2024-04-10\n\n两人周三通电话。\n", ".md");
    expect([parsed.title, parsed.published, parsed.blocks.map((b) => b.text)]).toEqual(["王毅与布林肯通电话", "2024-04-10", ["两人周三通电话。"]]);
  });
});
