// Table test of a follower's trip (随/跟随/随同 X 前往Y): a denial is the follower's alone, the one followed still goes, so neither is reported.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A @place date status". */
const ROWS: Row[] = [
  ["冯德莱恩没有随马克龙前往广州。", {}, []],
  ["馮德萊恩沒有隨馬克龍前往廣州。", {}, []],
  ["布林肯没有跟随拜登访问日本。", {}, []],
  ["布林肯沒有跟隨拜登訪問日本。", {}, []],
  ["何立峰未随同习近平前往旧金山。", {}, []],
  ["耶伦并未随总统拜登前往巴厘岛。", {}, []],
  // 随后 / 随即 are no following; without a denial the one followed is the traveller named last
  ["随后习近平没有前往莫斯科。", {}, ["visit 习近平 @莫斯科 ? not-happened"]],
  ["隨即習近平前往莫斯科。", {}, ["visit 习近平 @莫斯科 ? happened"]],
  ["王毅随习近平出访俄罗斯。", {}, ["visit 习近平 @俄罗斯 ? happened"]],
  ["王毅隨習近平出訪俄羅斯。", {}, ["visit 习近平 @俄罗斯 ? happened"]],
];

describe("events visits of followers", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
