import { describe, expect, it } from "vitest";
import { dropBoilerplate } from "./boilerplate.ts";
import type { Block } from "./types.ts";

const block = (text: string, linkShare = 0): Block => ({ kind: "text", text, sourceStart: 0, sourceEnd: text.length, map: { text: [0], source: [0] }, linkShare });

describe("boilerplate", () => {
  it.each([
    ["分享 :", "share-bar"],
    ["獲取更多RSS：", "feed-promo"],
    ["获取更多RSS：", "feed-promo"],
    ["© 2023年德国之声版权声明：本文所有内容受到著作权法保护，如无德国之声特别授权，不得擅自使用。", "copyright"],
    ["版權所有 © 2023 聯合早報", "copyright"],
    ["Copyright 2023 Radio Free Asia. All rights reserved.", "copyright"],
    ["首页 > 国际 > 中美关系", "navigation"],
    ["上一篇：王毅访美", "navigation"],
    ["相关新闻", "related-links"],
    ["延伸阅读：拜习会前瞻", "related-links"],
    ["【推薦閱讀】", "related-links"],
    ["广告", "advert"],
    ["点击订阅大纪元新闻频道", "advert"],
    ["下载APP，随时阅读", "advert"],
    ["![](https://inews.gtimg.com/om_bt/x/1000)", "image-link"],
    ["https://www.voachinese.com/a/7330000.html", "bare-url"],
    ["分享到：", "share-bar"],
    ["王毅访美确保中美关系不再恶化", "link-line", 1],
    ["#", "no-words"],
    ["图像来源，Getty Images", "image-credit"],
    ["圖片來源：路透社", "image-credit"],
  ])("should drop %s (%s)", (text, rule, linkShare = 0) => {
    expect(dropBoilerplate([block(text, linkShare)]).dropped).toEqual([rule]);
  });

  it("should mark a BBC caption line as a caption", () => {
    expect(dropBoilerplate([block("图像加注文字，王毅与布林肯在华盛顿握手")]).kept[0]!.kind).toBe("caption");
  });

  it.each([
    ["（路透社、美联社）"],
    ["（大纪元记者林燕报导）"],
    ["作者丨朱恩地，深圳卫视直新闻记者"],
    ["责任编辑：李缘"],
    ["王毅表示，推动中美关系真正稳下来、好起来。"],
    ["分享经济成为两国对话的新议题，双方在会谈中多次提及。"],
  ])("should keep %s", (text) => {
    expect(dropBoilerplate([block(text)]).kept).toHaveLength(1);
  });
});
