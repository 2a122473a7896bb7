import { describe, expect, it } from "vitest";
import { detectScript, toSimplified } from "./script.ts";

describe("script", () => {
  it.each([
    ["王毅与美国国务卿布林肯会晤，双方讨论了两国关系。", "simplified"],
    ["王毅與美國國務卿布林肯會晤，雙方討論了兩國關係。", "traditional"],
    ["王毅與美國國務卿会晤，双方讨论了两國關係問題。", "mixed"],
    ["Wang Yi met Antony Blinken in Washington.", "latin"],
    ["著名学者于是乎", "simplified"],
  ])("should detect the script of %s", (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it.each([
    ["王毅與布林肯會晤，美國國務卿表示", "王毅与布林肯会晤，美国国务卿表示"],
    ["衞生署裏面", "卫生署里面"],
    ["臺灣總統賴清德", "台湾总统赖清德"],
    ["香港特區政府發言人說", "香港特区政府发言人说"],
    ["𠮷野家與麥當勞", "𠮷野家与麦当劳"],
  ])("should convert %s to simplified with the same length", (text, expected) => {
    const out = toSimplified(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });

  it("should return simplified text unchanged (the same string)", () => {
    const text = "王毅与布林肯会晤";
    expect(toSimplified(text)).toBe(text);
  });

  it("should keep the length over a long mixed paragraph", () => {
    const text = "「拜習會」前夕，國務卿布林肯說：「我們會繼續溝通。」".repeat(50) + "Joe Biden 與 習近平";
    expect(toSimplified(text).length).toBe(text.length);
  });
});
