// A city, region or venue at the start of a ship's, an agreement's, a clock's or a newspaper's name is no place mention.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument } from "./fixtures.ts";

const lexicon = loadLexicon();

/** A sentence and exactly the places (lexicon ids without `place:`, or local names) it must yield. */
type Row = [text: string, places: string[]];

const ROWS: Row[] = [
  // ships
  ["华盛顿号航母驶入南海。", ["south-china-sea"]],
  ["美軍尼米茲號與華盛頓號航艦在菲律賓以東集結。", ["philippines"]],
  ["芝加哥号攻击型核潜艇抵达关岛。", ["guam"]],
  // agreements, declarations, processes
  ["各方应回到明斯克协议的轨道上来。", []],
  ["美國宣布退出巴黎協定。", ["united-states"]],
  ["根据维也纳公约，外交官享有豁免。", []],
  ["叙利亚问题阿斯塔纳进程会谈在多哈举行。", ["syria", "doha"]],
  ["赫爾辛基宣言發表五十週年。", []],
  // clocks and newspapers
  ["北京时间周四晚，两国元首通电话。", []],
  ["華盛頓時間週三上午，總統在白宮發表講話。", ["white-house"]],
  ["据洛杉矶时报报道，州长将访问北京。", ["beijing"]],
  // places that stay places
  ["外长在华盛顿号召盟友团结。", ["washington"]],
  ["双方在明斯克举行会谈。", ["minsk"]],
  ["会议在日内瓦万国宫举行。", ["geneva", "palais-des-nations"]],
  ["中国号召各方保持克制。", ["china"]],
];

describe("places in names", () => {
  it.each(ROWS)("should find exactly the places in %s", (text, places) => {
    const doc = testDocument([text]);
    const found = recognizeEntities(doc, sentencesOf(doc), lexicon)
      .filter((e) => e.type === "place")
      .map((e) => e.id.replace(/^place:/, ""));
    expect(found.sort()).toEqual([...places].sort());
  });
});
