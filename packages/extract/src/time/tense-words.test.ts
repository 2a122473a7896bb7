// 还会见了 is 还 + 会见 (past), not 还会 (future); 还会在下周访问 stays future.
import { describe, expect, it } from "vitest";
import { tenseAt } from "./tense.ts";

describe("time tense of 会 words", () => {
  it.each([
    ["普京当天还会见了总理。", "past"],
    ["普京當天還會見了總理。", "past"],
    ["王毅当天也会谈了两个小时。", "past"],
    ["王毅當天也會談了兩個小時。", "past"],
    ["拜登当天还会在白宫会见王毅。", "future"],
    ["拜登當天還會在白宮會見王毅。", "future"],
    ["布林肯当天也会前往北京。", "future"],
    ["布林肯當天也會前往北京。", "future"],
  ])("should read %s as %s", (text, tense) => {
    const at = text.search(/当天|當天/);
    expect(tenseAt(text, at, at + 2, "head")).toBe(tense);
  });
});
