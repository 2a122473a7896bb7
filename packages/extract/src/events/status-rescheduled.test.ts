// Table test of put-off contacts made later after all (押后…直到6月才成行): happened, at the later time.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

const JUNE = month("6月", "2023-06");
const JULY = month("7月", "2023-07");

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  ["布林肯的访华计划一再押后，直到6月才成行。", JUNE, ["visit 布林肯 @中国 2023-06-01 happened"], "2023-11-16"],
  ["布林肯的訪華計劃一再押後，直到6月才成行。", JUNE, ["visit 布林肯 @中国 2023-06-01 happened"], "2023-11-16"],
  ["耶伦访问北京的计划一再推迟，到了7月才终于成行。", JULY, ["visit 耶伦 @北京 2023-07-01 happened"], "2023-11-16"],
  ["耶倫訪問北京的計劃一再推遲，到了7月才終於成行。", JULY, ["visit 耶伦 @北京 2023-07-01 happened"], "2023-11-16"],
  ["岸田文雄访问北京的行程几经延期，直至6月才得以成行。", JUNE, ["visit 岸田文雄 @北京 2023-06-01 happened"], "2023-11-16"],
  ["岸田文雄訪問北京的行程幾經延期，直至6月才得以成行。", JUNE, ["visit 岸田文雄 @北京 2023-06-01 happened"], "2023-11-16"],
  ["雷蒙多访问上海一事被推迟，延至7月才实现。", JULY, ["visit 雷蒙多 @上海 2023-07-01 happened"], "2023-11-16"],
  ["雷蒙多訪問上海一事被推遲，延至7月才實現。", JULY, ["visit 雷蒙多 @上海 2023-07-01 happened"], "2023-11-16"],
  // put off with no later time it was made: still not happened
  ["布林肯的访华行程被迫推迟。", {}, ["visit 布林肯 @中国 ? not-happened"], "2023-02-04"],
  ["布林肯的訪華行程被迫推遲。", {}, ["visit 布林肯 @中国 ? not-happened"], "2023-02-04"],
  ["布林肯的访华行程推迟到6月。", JUNE, ["visit 布林肯 @中国 2023-06-01 not-happened"], "2023-02-04"],
];

describe("events status rescheduled", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
