// Table test of put-off contacts made later after all (押后…直到6月才成行): happened, at the later time.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents, times } from "./testing.ts";

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
  // planned for one day, made a later one: 原定…见面，但…直到15日上午才接见他
  ["布林肯原定14日晚与安瓦尔见面，但对方让他等了数小时，直到15日上午才接见他。", times(day("14日", "2023-10-14"), day("15日上午", "2023-10-15")), ["meeting 布林肯+安瓦尔 @- 2023-10-15 happened"], "2023-10-16"],
  ["布林肯原定14日晚與安瓦爾見面，但對方讓他等了數小時，直到15日上午才接見他。", times(day("14日", "2023-10-14"), day("15日上午", "2023-10-15")), ["meeting 布林肯+安瓦尔 @- 2023-10-15 happened"], "2023-10-16"],
  ["王毅原计划3日会见岸田文雄，后因日程调整，直到5日才会见。", times(day("3日", "2024-03-03"), day("5日", "2024-03-05")), ["meeting 王毅+岸田文雄 @- 2024-03-05 happened"], "2024-03-06"],
  ["王毅原計劃3日會見岸田文雄，後因日程調整，直到5日才會見。", times(day("3日", "2024-03-03"), day("5日", "2024-03-05")), ["meeting 王毅+岸田文雄 @- 2024-03-05 happened"], "2024-03-06"],
  // a plan called off with no later meeting stays not happened
  ["王毅原定3日会见岸田文雄，但会见临时取消。", day("3日", "2024-03-03"), ["meeting 王毅+岸田文雄 @- 2024-03-03 not-happened"], "2024-03-06"],
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
