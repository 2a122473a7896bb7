import { describe, expect, it } from "vitest";
import { pageTitle, sameHeadline, stripSiteSuffix } from "./page-title.ts";

describe("page-title", () => {
  it.each([
    ["美中外長會談 - 中央社 CNA", "美中外長會談"],
    ["王毅访美谈中美关系 | 联合早报", "王毅访美谈中美关系"],
    ["美中軍事對話重啟｜明報", "美中軍事對話重啟"],
    ["中美關係新動向 _ 某某網", "中美關係新動向"],
    ["王毅访美：中美关系能否止跌企稳 - BBC News 中文", "王毅访美：中美关系能否止跌企稳"],
    ["布林肯访华 与王毅会谈 - 国际 - 联合早报", "布林肯访华 与王毅会谈"],
    ["联合早报 | 布林肯访华 与王毅会谈", "布林肯访华 与王毅会谈"],
    ["王毅：中美关系 - 一个需要双方共同努力的新开始", "王毅：中美关系 - 一个需要双方共同努力的新开始"],
    ["王毅会见布林肯", "王毅会见布林肯"],
    ["美國對台軍售 - 20240410 - 兩岸 - 明報新聞網 - 每日明報 daily news", "美國對台軍售"],
    ["習近平訪歐 - 國際 - 自由時報電子報", "習近平訪歐"],
    ["布林肯访华 | 国际 | 星洲网", "布林肯访华"],
  ])("should read %s as %s", (title, headline) => {
    expect(stripSiteSuffix(title)).toBe(headline);
  });

  it.each([
    ["the <h1> when <title> starts with it", { title: "王毅會見布林肯 談台海 - 中央社 CNA", ogTitle: "王毅會見布林肯", h1: "王毅會見布林肯 談台海" }, "王毅會見布林肯 談台海"],
    ["og:title over a <title> it does not prefix", { title: "王毅访美 - BBC News 中文", ogTitle: "王毅访美：中美关系能否止跌企稳", h1: null }, "王毅访美：中美关系能否止跌企稳"],
    ["og:title without its own suffix", { title: null, ogTitle: "美中軍事對話重啟｜明報", h1: null }, "美中軍事對話重啟"],
    ["the first <h1> without <title> or og:title", { title: null, ogTitle: null, h1: "布林肯抵京" }, "布林肯抵京"],
    ["<title> over a logo <h1>", { title: "王毅會見布林肯", ogTitle: null, h1: "中央社 CNA 中央通訊社" }, "王毅會見布林肯"],
    ["the <h1> when <title> is the site name alone", { title: "中央社 CNA", ogTitle: null, h1: "布林肯訪華 與王毅會談" }, "布林肯訪華 與王毅會談"],
  ])("should pick %s", (_, page, title) => {
    expect(pageTitle(page)).toBe(title);
  });

  it.each([
    ["王毅訪美：中美關係能否止跌企穩", "王毅訪美 中美關係能否止跌企穩", true],
    ["王毅訪美", "王毅訪美：中美關係", true],
    ["中美關係", "王毅訪美：中美關係能否止跌企穩", false],
  ])("should tell whether %s states the headline %s", (heading, title, yes) => {
    expect(sameHeadline(heading, title)).toBe(yes);
  });
});
