// Table test of a return abroad (布林肯返回以色列: a visit; 返回华盛顿: home, none; 回到/重返巴厘岛 as a figure: no trigger) and a leg's 行程 (结束日本行程).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

const D16 = day("16日", "2023-10-16");

/** Each row: sentence, its times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 返回 a place abroad: a visit there again
  ["布林肯16日返回日本。", D16, ["visit 布林肯 @日本 2023-10-16 happened"], "2023-10-17"],
  ["耶倫16日返回北京。", D16, ["visit 耶伦 @北京 2023-10-16 happened"], "2023-10-17"],
  ["耶伦16日返回北京。", D16, ["visit 耶伦 @北京 2023-10-16 happened"], "2023-10-17"],
  ["馬克龍16日返回北京。", D16, ["visit 马克龙 @北京 2023-10-16 happened"], "2023-10-17"],
  ["两国元首同意回到巴厘岛共识。", {}, [], "2023-10-17"],
  ["王毅表示，要在重返巴厘岛的基础上推动关系企稳。", {}, [], "2023-10-17"],
  // home again is no visit; a return to something that is no place is none
  ["布林肯16日返回华盛顿。", D16, [], "2023-10-17"],
  ["習近平16日返回北京。", D16, [], "2023-10-17"],
  ["普京表示愿意重返谈判桌。", {}, [], "2023-10-17"],
  // 结束X行程: the leg just ended was a visit to X
  ["拜登是在结束日本行程后抵达北京的。", {}, ["visit 拜登 @日本 2023-10-03 happened", "visit 拜登 @北京 2023-10-03 happened"], "2023-10-17"],
  ["拜登是在結束日本行程後抵達北京的。", {}, ["visit 拜登 @日本 2023-10-03 happened", "visit 拜登 @北京 2023-10-03 happened"], "2023-10-17"],
  // a 行程 with no place right before it names no visit
  ["拜登的行程包括日本。", {}, [], "2023-10-17"],
  ["此次行程十分紧凑。", {}, [], "2023-10-17"],
];

describe("visit-return", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect(showEvents(sentence, spec, published)).toEqual(want);
  });
});
