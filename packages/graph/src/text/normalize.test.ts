import { describe, expect, it } from "vitest";
import { nameKey, nameParts } from "./normalize.ts";
import { editDistance } from "./distance.ts";
import { foldTraditional } from "./trad-simp.ts";
import { hash8, slug } from "./ids.ts";

describe("nameKey", () => {
  it.each([
    ["安東尼·布林肯", "安东尼布林肯"],
    ["安东尼‧布林肯", "安东尼布林肯"],
    ["蘇利文", "苏利文"],
    ["習近平", "习近平"],
    ["Jake  Sullivan", "jakesullivan"],
    ["J. Sullivan", "jsullivan"],
    ["Wáng Yì", "wangyi"],
    ["ＷＡＮＧ　ＹＩ", "wangyi"],
  ])("should fold %s to %s", (input, key) => {
    expect(nameKey(input)).toBe(key);
  });

  it("should accept a caller's normalizer", () => {
    expect(nameKey("川普", (s) => s.replace("川普", "特朗普"))).toBe("特朗普");
  });
});

describe("nameParts", () => {
  it("should split a transliteration at its dot", () => {
    expect(nameParts("吉娜·雷蒙多")).toEqual(["吉娜", "雷蒙多"]);
    expect(nameParts("王毅")).toEqual(["王毅"]);
  });
});

describe("foldTraditional", () => {
  it("should fold names and leave unknown characters alone", () => {
    expect(foldTraditional("華盛頓會談")).toBe("华盛顿会谈");
    expect(foldTraditional("王毅")).toBe("王毅");
  });
});

describe("editDistance", () => {
  it.each([
    ["布林肯", "布林肯", 0],
    ["布林肯", "布林根", 1],
    ["沙利文", "苏利文", 1],
    ["blinken", "blinkn", 1],
    ["拜登", "习近平", 3],
  ])("should measure %s vs %s as %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("should stop early past max", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("ids", () => {
  it("should slug English and keep Chinese", () => {
    expect(slug("Jake Sullivan")).toBe("jake-sullivan");
    expect(slug("孙卫东")).toBe("孙卫东");
  });

  it("should hash stably", () => {
    expect(hash8("王毅")).toBe(hash8("王毅"));
    expect(hash8("王毅")).not.toBe(hash8("王岐山"));
    expect(hash8("x")).toMatch(/^[0-9a-f]{8}$/);
  });
});
