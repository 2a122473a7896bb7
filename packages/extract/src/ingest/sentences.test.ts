import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

const split = (text: string, maxLength?: number) =>
  splitSentences({ index: 0, text, simplified: text }, maxLength ? { maxLength } : {}).map((s) => s.text);

describe("sentences", () => {
  it.each([
    ["王毅抵达华盛顿。他会见了布林肯！双方会谈顺利吗？", ["王毅抵达华盛顿。", "他会见了布林肯！", "双方会谈顺利吗？"]],
    ["王毅说：“中美有分歧。我们要对话。”他随后离开。", ["王毅说：“中美有分歧。我们要对话。”", "他随后离开。"]],
    ["他说“要对话。”", ["他说“要对话。”"]],
    ["白宫称此次会谈是“另一个里程碑”，确保关系不再恶化。", ["白宫称此次会谈是“另一个里程碑”，确保关系不再恶化。"]],
    ["「我們會繼續溝通。」布林肯說。", ["「我們會繼續溝通。」", "布林肯說。"]],
    ['王毅说,"两国存在分歧。需要对话。"拜登表示同意。', ['王毅说,"两国存在分歧。需要对话。"', "拜登表示同意。"]],
    ["U.S. officials met Wang Yi. They talked for 3.5 hours. Dr. Smith was there.", ["U.S. officials met Wang Yi.", "They talked for 3.5 hours.", "Dr. Smith was there."]],
    ["拜登(Joe Biden)表示:双方同意会晤; 时间待定.此后再议", ["拜登(Joe Biden)表示:双方同意会晤;", "时间待定.", "此后再议"]],
    ["第一行\n第二行", ["第一行", "第二行"]],
    ["会谈结束。）下一句。", ["会谈结束。）", "下一句。"]],
  ])("should split %s", (text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  it("should give offsets into the paragraph and the simplified slice", () => {
    const text = "王毅與布林肯會晤。雙方同意。";
    const simplified = "王毅与布林肯会晤。双方同意。";
    const [a, b] = splitSentences({ index: 3, text, simplified });
    expect(a).toEqual({ paragraph: 3, start: 0, end: 9, text: "王毅與布林肯會晤。", simplified: "王毅与布林肯会晤。" });
    expect(b!.start).toBe(9);
    expect(b!.simplified).toBe("双方同意。");
  });

  it("should split after an unbalanced quote instead of swallowing the paragraph", () => {
    const text = "他说“" + "中美关系很重要。".repeat(100);
    expect(split(text).length).toBeGreaterThan(90);
  });

  it("should cut a 1 MB paragraph without punctuation, in linear time", () => {
    const text = "中美关系".repeat(250_000);
    const started = performance.now();
    const parts = split(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parts.length).toBe(500);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
  });

  it("should prefer cutting at a comma when a sentence runs too long", () => {
    const parts = split("甲".repeat(15) + "，" + "乙".repeat(10), 20);
    expect(parts[0]).toBe("甲".repeat(15) + "，");
  });
});
