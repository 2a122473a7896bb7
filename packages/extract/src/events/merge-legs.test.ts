// Table test of one sentence's legs: a leg just ended (placeless, happened) and the next one ahead stay two visits.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

const AT = "2021-03-27";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  ["王毅结束日本访问后还将前往韩国。", {}, ["visit 王毅 @- 2021-03-13 happened", "visit 王毅 @韩国 ? planned"], AT],
  ["王毅結束日本訪問後還將前往韓國。", {}, ["visit 王毅 @- 2021-03-13 happened", "visit 王毅 @韩国 ? planned"], AT],
  ["王毅结束访问后将前往华盛顿。", {}, ["visit 王毅 @- 2021-03-13 happened", "visit 王毅 @华盛顿 ? planned"], AT],
  ["王毅结束访问后，还将转往首尔。", {}, ["visit 王毅 @- 2021-03-13 happened", "visit 王毅 @首尔 2021-03-27 planned"], AT],
  ["王毅結束訪問後，還將轉往首爾。", {}, ["visit 王毅 @- 2021-03-13 happened", "visit 王毅 @首尔 2021-03-27 planned"], AT],
  ["布林肯已结束访问，随后将前往东京。", {}, ["visit 布林肯 @- 2021-03-13 happened", "visit 布林肯 @东京 2021-03-27 planned"], AT],
  ["布林肯已結束訪問，隨後將前往東京。", {}, ["visit 布林肯 @- 2021-03-13 happened", "visit 布林肯 @东京 2021-03-27 planned"], AT],
  // one visit told twice, or one plan: still one
  ["王毅抵达东京，开始访问日本。", {}, ["visit 王毅 @东京 ? happened"], AT],
  ["王毅抵達東京，開始訪問日本。", {}, ["visit 王毅 @东京 ? happened"], AT],
  ["王毅抵达后将访问东京。", {}, ["visit 王毅 @东京 ? planned"], AT],
  ["王毅結束歐洲之行後可能前往新加坡。", {}, ["visit 王毅 @新加坡 ? possible"], AT],
];

describe("events merge-legs", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
