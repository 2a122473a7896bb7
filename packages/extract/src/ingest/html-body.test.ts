import { describe, expect, it } from "vitest";
import { htmlToBlocks } from "./html-body.ts";
import { toSourceOffset } from "./offsets.ts";
import type { Block } from "./types.ts";

const summary = (blocks: Block[]) => blocks.map((b) => [b.kind, b.text]);

describe("html-body", () => {
  it("should make paragraphs of block elements and keep inline text", () => {
    const html = "<div><p>王毅<a href='/x'>会晤</a>了<strong>布林肯</strong>。</p><p>双方<em>同意</em>保持沟通。<br>第二段</p></div>";
    expect(summary(htmlToBlocks(html))).toEqual([
      ["text", "王毅会晤了布林肯。"],
      ["text", "双方同意保持沟通。"],
      ["text", "第二段"],
    ]);
  });

  it("should mark headings and captions (figcaption, DW's <small> after an image, img alt)", () => {
    const html =
      '<h2>白宫：王毅访美</h2><figure><img src="a.jpg"><figcaption>王毅在白宫</figcaption></figure>' +
      '<img src="b.jpg"><div><small style="color: #999;">布林肯、沙利文等人也参加了会谈</small></div>' +
      '<img src="c.jpg" alt="拜登与王毅握手"><p><strong>欲擒故纵</strong></p>';
    expect(summary(htmlToBlocks(html))).toEqual([
      ["heading", "白宫：王毅访美"],
      ["caption", "王毅在白宫"],
      ["caption", "布林肯、沙利文等人也参加了会谈"],
      ["caption", "拜登与王毅握手"],
      ["heading", "欲擒故纵"],
    ]);
  });

  it("should keep a long bold lead paragraph as text", () => {
    const html = "<p><strong>据美国《外交政策》杂志周二报导称，外长王毅预计本月晚些时候访问华盛顿。</strong></p>";
    expect(htmlToBlocks(html)[0]!.kind).toBe("text");
  });

  it("should decode entities and map offsets back into the source", () => {
    const html = "<p>中&amp;美&nbsp;&nbsp;会谈 &#x738B;毅</p>";
    const base = 100;
    const [block] = htmlToBlocks(html, { base });
    expect(block!.text).toBe("中&美 会谈 王毅");
    const at = (i: number) => toSourceOffset(block!, i) - base;
    expect(html[at(0)]).toBe("中");
    expect(html.slice(at(1), at(1) + 5)).toBe("&amp;");
    expect(html[at(2)]).toBe("美");
    expect(html[at(4)]).toBe("会");
    expect(html.slice(at(7), at(7) + 8)).toBe("&#x738B;");
    expect(html[at(8)]).toBe("毅");
  });

  it("should skip scripts, styles and navigation", () => {
    const html = "<nav><a>首页</a></nav><script>var a = '王毅';</script><style>p{}</style><p>正文</p><footer>版权</footer>";
    expect(summary(htmlToBlocks(html))).toEqual([["text", "正文"]]);
  });

  it("should read truncated HTML up to where it stops", () => {
    const html = "<div><p>王毅周四在华盛顿会见布林肯。</p><p>双方同意继续沟通，<a href=\"https://exa";
    expect(summary(htmlToBlocks(html))).toEqual([
      ["text", "王毅周四在华盛顿会见布林肯。"],
      ["text", "双方同意继续沟通，"],
    ]);
  });

  it("should record the share of link text", () => {
    const [block] = htmlToBlocks('<li><a href="/a">相关：王毅访美</a></li>');
    expect(block!.linkShare).toBe(1);
  });
});
