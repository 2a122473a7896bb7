import { describe, expect, it } from "vitest";
import { findByline } from "./byline.ts";
import type { Block } from "./types.ts";

const blocks = (...texts: string[]): Block[] =>
  texts.map((text) => ({ kind: "text", text, sourceStart: 0, sourceEnd: text.length, map: { text: [0], source: [0] }, linkShare: 0 }));

describe("byline", () => {
  it.each([
    ["【大纪元2023年10月27日讯】（大纪元记者林燕报导）周四下午，布林肯接待王毅。", "林燕"],
    ["【大紀元2023年10月27日訊】（大紀元記者林燕綜合報導）周四下午。", "林燕"],
    ["作者丨朱恩地，深圳卫视直新闻记者", "朱恩地"],
    ["（中央社記者張小明華盛頓26日專電）美國國務卿布林肯今天會見王毅。", "張小明"],
    ["記者王小明／台北報導", "王小明"],
    ["By Jane Perlez", "Jane Perlez"],
  ])("should find the author in %s", (text, author) => {
    expect(findByline(blocks("正文第一段。", text))).toBe(author);
  });

  it.each([["责任编辑：李缘"], ["（德国之声中文网）根据中国外交部的通报"], ["王毅表示，中美关系要稳下来。"]])(
    "should find no author in %s",
    (text) => {
      expect(findByline(blocks(text))).toBeNull();
    },
  );
});
