import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect.ts";
import { expectOffsets, useTempDir } from "./fixtures.ts";

const files = useTempDir("parley-formats-");
const read = (name: string, content: string | Buffer) => files.read(name, content);

const RSS = `<!--1698488225000-->
[王毅与拜登会晤 美中共同推动“拜习会”](https://www.dw.com/zh/x/a-67242722)
------

<div><i><br>2023-10-28T10:05:40.549Z</i></div><img src="a.jpg"><div><small>布林肯也参加了会谈</small></div><p>（德国之声中文网）王毅10月27日对拜登表示，愿同美方沟通。</p><p><em>© 2023年德国之声版权声明：本文所有内容受到著作权法保护。</em></p><br><hr><div>获取更多RSS：<br><a href="https://feedx.net">https://feedx.net</a></div>`;

describe("formats", () => {
  it("should read an RSS dump: title, url, outlet, date line, caption, no boilerplate", async () => {
    const doc = await read("dw.txt", RSS);
    expect(doc).toMatchObject({ id: "dw", format: "rss", title: "王毅与拜登会晤 美中共同推动“拜习会”", outlet: "DW", published: "2023-10-28T10:05:40.549Z", lang: "zh", script: "simplified", encoding: "utf-8" });
    expect(doc.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ["caption", "布林肯也参加了会谈"],
      ["text", "（德国之声中文网）王毅10月27日对拜登表示，愿同美方沟通。"],
    ]);
    expectOffsets(doc, RSS);
  });

  it("should read a day-first RSS date line, else fall back to the epoch comment", async () => {
    const dated = await read("rfi.txt", "<!--1696466702000-->\n[标题](https://www.rfi.fr/cn/x)\n------\n\n<div>05/10/2023 - 01:51</div><p>正文。</p>");
    expect(dated.published).toBe("2023-10-05T01:51");
    expect(dated.outlet).toBe("RFI");
    const undated = await read("rfi2.txt", "<!--1696466702000-->\n[标题](https://www.rfi.fr/cn/x)\n------\n\n<p>正文。</p>");
    expect(undated.published).toBe("2023-10-05T00:45:02.000Z");
  });

  it("should decode entities in the RSS title line", async () => {
    const doc = await read("ent.txt", "[王毅 &amp; 布林肯：&quot;建设性&quot;会谈](https://www.voachinese.com/a/1.html)\n------\n<p>正文。</p>");
    expect([doc.title, doc.outlet, doc.published]).toEqual(["王毅 & 布林肯：\"建设性\"会谈", "VOA", null]);
  });

  it("should read a Jekyll post whose body is an RSS dump, front matter first", async () => {
    const text = `---
layout: post
title: "王毅布林肯会面 白宫：确保美中关系不再恶化"
date: 2023-10-26T22:57:12.000Z
author: 大纪元
from: https://www.epochtimes.com/gb/23/10/26/n14103768.htm
---
<!--1698361032000-->
[王毅布林肯会面](https://www.epochtimes.com/gb/23/10/26/n14103768.htm)
------

<div>
<p>【大纪元2023年10月27日讯】（大纪元记者林燕报导）周四下午，布林肯在华盛顿接待<a href="/tag">王毅</a>。</p><p>责任编辑：李缘#</p>
</div>`;
    const doc = await read("et.txt", text);
    expect(doc).toMatchObject({ format: "jekyll", title: "王毅布林肯会面 白宫：确保美中关系不再恶化", published: "2023-10-26T22:57:12.000Z", outlet: "Epoch Times", author: "林燕", url: "https://www.epochtimes.com/gb/23/10/26/n14103768.htm" });
    expect(doc.paragraphs[0]!.text).toBe("【大纪元2023年10月27日讯】（大纪元记者林燕报导）周四下午，布林肯在华盛顿接待王毅。");
    expectOffsets(doc, text);
  });

  it("should read Markdown: # title once, images dropped even across lines, alt text as caption", async () => {
    const text = `# 美媒称王毅将访美

# 美媒称王毅将访美

美国《外交政策》报道，王毅预计在本月稍晚访美。

![](https://inews.gtimg.com/om_bt/OHsm6KwsZ-
wxADrLsQAA/1000)

中美高层互动频繁 释放积极信号

![王毅与沙利文在马耳他](https://example.com/a.jpg)

## 布林肯为何再提“挑战”

**他说，双方需要对话。**

作者丨朱恩地，深圳卫视直新闻记者`;
    const doc = await read("qq.md", text);
    expect(doc).toMatchObject({ format: "markdown", title: "美媒称王毅将访美", published: null, url: null, outlet: null, author: "朱恩地" });
    expect(doc.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ["text", "美国《外交政策》报道，王毅预计在本月稍晚访美。"],
      ["heading", "中美高层互动频繁 释放积极信号"],
      ["caption", "王毅与沙利文在马耳他"],
      ["heading", "布林肯为何再提“挑战”"],
      ["text", "他说，双方需要对话。"],
      ["text", "作者丨朱恩地，深圳卫视直新闻记者"],
    ]);
    expectOffsets(doc, text);
  });

  it("should read a full HTML page: og:title, published time, author, canonical URL", async () => {
    const html = `<!DOCTYPE html><html><head><title>王毅访美 - BBC News 中文</title>
<meta property="og:title" content="王毅访美：中美关系能否止跌企稳">
<meta property="article:published_time" content="2023-10-27T08:00:00+08:00">
<meta name="author" content="王小明">
<link rel="canonical" href="https://www.bbc.com/zhongwen/simp/world-67237212">
</head><body><nav><a href="/">首页</a></nav><article><h1>王毅访美：中美关系能否止跌企稳</h1>
<time datetime="2023-10-27">2023年10月27日</time>
<p>中国外长王毅周四抵达华盛顿。</p><figure><img src="a.jpg" alt=""><figcaption>王毅与布林肯握手</figcaption></figure>
<p>双方同意为两国元首会晤&ldquo;共同努力&rdquo;。</p></article><footer>© 2023 BBC</footer></body></html>`;
    const doc = await read("bbc.html", html);
    expect(doc).toMatchObject({ format: "html", title: "王毅访美：中美关系能否止跌企稳", published: "2023-10-27T08:00:00+08:00", author: "王小明", outlet: "BBC Chinese", url: "https://www.bbc.com/zhongwen/simp/world-67237212" });
    expect(doc.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ["text", "中国外长王毅周四抵达华盛顿。"],
      ["caption", "王毅与布林肯握手"],
      ["text", "双方同意为两国元首会晤“共同努力”。"],
    ]);
  });

  it("should take a date line near the top of Markdown or text as the publication date", async () => {
    const md = await read("dated.md", "# 王毅访美\n\n发布时间：2023年10月5日 10:00\n\n王毅预计本月访问华盛顿。");
    expect([md.title, md.published, md.paragraphs.map((p) => p.text)]).toEqual(["王毅访美", "2023-10-05T10:00", ["王毅预计本月访问华盛顿。"]]);
    const txt = await read("dated.txt", "王毅访美\n2023-10-05\n王毅预计本月访问华盛顿。");
    expect([txt.title, txt.published]).toEqual(["王毅访美", "2023-10-05"]);
  });

  it("should read plain text: a short first line is the title", async () => {
    const doc = await read("note", "王毅访问华盛顿\n\n王毅周四抵达华盛顿，将与布林肯会谈。\n双方将讨论两国元首会晤。\n");
    expect(doc).toMatchObject({ id: "note", format: "text", title: "王毅访问华盛顿", published: null });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["王毅周四抵达华盛顿，将与布林肯会谈。", "双方将讨论两国元首会晤。"]);
  });

  it("should join hard-wrapped lines of one paragraph, without a space between hanzi", async () => {
    const text = "王毅访问华盛顿\n\n中国外长王毅周四抵达\n华盛顿，将与布林肯会谈。\n双方将讨论\nthe summit 安排。\n\n第二段。";
    const doc = await read("wrapped.txt", text);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["中国外长王毅周四抵达华盛顿，将与布林肯会谈。", "双方将讨论 the summit 安排。", "第二段。"]);
    expectOffsets(doc, text);
  });

  it("should detect the format from the content, not the extension", () => {
    expect(detectFormat("<!--1696466702000-->\n[t](u)\n------\n<p>x</p>", ".txt")).toBe("rss");
    expect(detectFormat("---\ntitle: x\n---\nbody", ".txt")).toBe("jekyll");
    expect(detectFormat("<html><body><p>x</p></body></html>", ".txt")).toBe("html");
    expect(detectFormat("# 标题\n\n正文", ".txt")).toBe("markdown");
    expect(detectFormat("标题\n\n正文", ".txt")).toBe("text");
  });
});
