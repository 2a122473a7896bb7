// Suggestions over every alias: simplified, traditional, English and pinyin.
import { beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../graph/model.ts";
import { sampleGraph } from "../graph/sample.ts";
import { buildSearchIndex, type SearchIndex } from "./index.ts";
import { loadFolders } from "./loaders.ts";
import { foldName } from "./normalize.ts";

const model = buildModel(sampleGraph());
let full: SearchIndex;

describe("search", () => {
  beforeAll(async () => {
    full = buildSearchIndex(model, await loadFolders());
  });

  it.each([
    ["布林肯", "布林肯 Antony Blinken"],
    ["blinken", "布林肯 Antony Blinken"],
    ["安东尼·布林肯", "布林肯 Antony Blinken"],
    ["蘇利文", "沙利文 Jake Sullivan"],
    ["苏利文", "沙利文 Jake Sullivan"],
    ["shaliwen", "沙利文 Jake Sullivan"],
    ["Wáng Yì", "王毅 Wang Yi"],
    ["华盛", "华盛顿 Washington"],
  ])("should find %s as %s", (query, label) => {
    expect(full.search(query)[0]?.label).toBe(label);
  });

  it("should not suggest events or match nothing", () => {
    expect(full.search("event")).toEqual([]);
    expect(full.search("   ")).toEqual([]);
  });

  it("should fold separators, case and tone marks", () => {
    expect(foldName("安東尼‧布林肯")).toBe("安東尼布林肯");
    expect(foldName("Wáng Yì")).toBe("wangyi");
  });

  it("should work before the folders are loaded", () => {
    expect(buildSearchIndex(model).search("Sullivan")[0]?.key).toBe("person:jake-sullivan");
  });
});
