// A name or word that ends in a Chinese numeral (马英九, 张三) right before Arabic digits: the date is whole.
import { describe, expect, it } from "vitest";
import { normalizeTimes } from "./normalize.ts";

const REF = { anchor: "2023-04-06" };

describe("time numerals before digits", () => {
  it.each([
    ["台湾前总统马英九3月27日起率团访问中国大陆", "3月27日", "2023-03-27"],
    ["台灣前總統馬英九3月27日起率團訪問中國大陸", "3月27日", "2023-03-27"],
    ["马英九3月28日抵达南京", "3月28日", "2023-03-28"],
    ["馬英九3月28日抵達南京", "3月28日", "2023-03-28"],
    ["记者张三4月2日报道", "4月2日", "2023-04-02"],
    ["記者張三4月2日報導", "4月2日", "2023-04-02"],
    ["特派员李四3月30日在北京说", "3月30日", "2023-03-30"],
    ["特派員李四3月30日在北京說", "3月30日", "2023-03-30"],
    ["马英九2023年3月27日抵达上海", "2023年3月27日", "2023-03-27"],
    ["馬英九2023年3月27日抵達上海", "2023年3月27日", "2023-03-27"],
    ["十一月3日，双方会谈", "十一月3日", "2022-11-03"],
    ["十一月3日，雙方會談", "十一月3日", "2022-11-03"],
    ["二月十五日，双方会谈", "二月十五日", "2023-02-15"],
    ["二月十五日，雙方會談", "二月十五日", "2023-02-15"],
  ])("should read %s → %s = %s", (text, surface, from) => {
    const hit = normalizeTimes(text, REF).find((t) => t.surface === surface);
    expect(hit?.from).toBe(from);
  });

  it.each([
    ["这是第3月5日的报告", "3月5日"],
    ["這是第3月5日的報告", "3月5日"],
    ["每3月5日举行", "3月5日"],
    ["每3月5日舉行", "3月5日"],
  ])("should keep the guard of a counter word before digits: %s", (text, surface) => {
    expect(normalizeTimes(text, REF).some((t) => t.surface === surface)).toBe(false);
  });
});
