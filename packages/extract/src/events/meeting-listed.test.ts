// Table test of contacts counted and listed by time alone: 两度通电话，分别在2月及9月 → one contact per time.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, times as t, showEvents } from "./testing.ts";

const FEB_SEP = t(month("2月", "2023-02"), month("9月", "2023-09"));
const APR_NOV = t(month("4月", "2023-04"), month("11月", "2023-11"));

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // 两度/三度/两次 with the times listed after 分别 or before the count
  ["拜登与习近平今年已两度通电话，分别在2月及9月。", FEB_SEP, ["call 拜登+习近平 @- 2023-02-01 happened", "call 拜登+习近平 @- 2023-09-01 happened"]],
  ["拜登與習近平今年已兩度通電話，分別在2月及9月。", FEB_SEP, ["call 拜登+习近平 @- 2023-02-01 happened", "call 拜登+习近平 @- 2023-09-01 happened"]],
  ["王毅与布林肯今年2月和7月两度会面。", t(month("2月", "2023-02"), month("7月", "2023-07")), ["meeting 王毅+布林肯 @- 2023-02-01 happened", "meeting 王毅+布林肯 @- 2023-07-01 happened"]],
  ["王毅與布林肯今年2月和7月兩度會面。", t(month("2月", "2023-02"), month("7月", "2023-07")), ["meeting 王毅+布林肯 @- 2023-02-01 happened", "meeting 王毅+布林肯 @- 2023-07-01 happened"]],
  [
    "沙利文与王毅去年5月、9月和11月三度会晤。",
    t(month("5月", "2022-05"), month("9月", "2022-09"), month("11月", "2022-11")),
    ["meeting 沙利文+王毅 @- 2022-05-01 happened", "meeting 沙利文+王毅 @- 2022-09-01 happened", "meeting 沙利文+王毅 @- 2022-11-01 happened"],
  ],
  [
    "沙利文與王毅去年5月、9月和11月三度會晤。",
    t(month("5月", "2022-05"), month("9月", "2022-09"), month("11月", "2022-11")),
    ["meeting 沙利文+王毅 @- 2022-05-01 happened", "meeting 沙利文+王毅 @- 2022-09-01 happened", "meeting 沙利文+王毅 @- 2022-11-01 happened"],
  ],
  ["拜登与习近平今年已两度通电话，分别在2月农历新年前夕及9月。", FEB_SEP, ["call 拜登+习近平 @- 2023-02-01 happened", "call 拜登+习近平 @- 2023-09-01 happened"]],
  ["拜登與習近平今年已兩度通電話，分別在2月農曆新年前夕及9月。", FEB_SEP, ["call 拜登+习近平 @- 2023-02-01 happened", "call 拜登+习近平 @- 2023-09-01 happened"]],
  ["奥斯汀与魏凤和曾两次通话，分别在4月和11月。", APR_NOV, ["call 奥斯汀+魏凤和 @- 2023-04-01 happened", "call 奥斯汀+魏凤和 @- 2023-11-01 happened"], "2023-12-01"],
  ["奧斯汀與魏鳳和曾兩次通話，分別在4月和11月。", APR_NOV, ["call 奥斯汀+魏凤和 @- 2023-04-01 happened", "call 奥斯汀+魏凤和 @- 2023-11-01 happened"], "2023-12-01"],
  ["马克龙与习近平分别在4月和11月两度会面。", APR_NOV, ["meeting 马克龙+习近平 @- 2023-04-01 happened", "meeting 马克龙+习近平 @- 2023-11-01 happened"], "2023-12-01"],
  ["馬克龍與習近平分別在4月和11月兩度會面。", APR_NOV, ["meeting 马克龙+习近平 @- 2023-04-01 happened", "meeting 马克龙+习近平 @- 2023-11-01 happened"], "2023-12-01"],
  // not a list: a range, an ordinal, one time, an uncounted pair of times
  ["拜登与习近平在9月16日至17日举行会谈。", { "9月16日至17日": ["2023-09-16", "2023-09-17", "day"] }, ["meeting 拜登+习近平 @- 2023-09-16 happened"]],
  ["拜登與習近平在9月16日至17日舉行會談。", { "9月16日至17日": ["2023-09-16", "2023-09-17", "day"] }, ["meeting 拜登+习近平 @- 2023-09-16 happened"]],
  ["拜登与习近平15日举行第二次会晤。", day("15日", "2023-11-15"), ["meeting 拜登+习近平 @- 2023-11-15 happened"], "2023-11-16"],
  ["拜登與習近平15日舉行第二次會晤。", day("15日", "2023-11-15"), ["meeting 拜登+习近平 @- 2023-11-15 happened"], "2023-11-16"],
  ["耶伦与何立峰曾多次会谈。", {}, []],
  ["耶倫與何立峰曾多次會談。", {}, []],
];

describe("events meeting-listed", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
