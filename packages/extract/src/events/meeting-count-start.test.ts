// Table test: dates a meeting does not take (2016年以来…首次会谈) and a date restated after 即 (即3月18日).
import { describe, expect, it } from "vitest";
import type { Row, TimeSpec } from "./testing.ts";
import { day, month, showEvents, times } from "./testing.ts";

/** 2016年以来 as the time finder reads it: one expression, open to the document's date. */
const SINCE_2016: TimeSpec = { "2016年以来": ["2016-01-01", "2022-11-16", "year"], "2016年以來": ["2016-01-01", "2022-11-16", "year"] };

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // a time with its own 以来 before a first contact is the count's start, not the meeting's date
  ["习近平与拜登的会晤持续约3小时，是2016年以来中美两国领导人首次正式会谈。", SINCE_2016, ["meeting 习近平+拜登 @- ? happened"], "2022-11-16"],
  ["習近平與拜登的會晤持續約3小時，是2016年以來中美兩國領導人首次正式會談。", SINCE_2016, ["meeting 习近平+拜登 @- ? happened"], "2022-11-16"],
  ["这是2016年以来两人第二次通话。拜登与习近平通电话。", SINCE_2016, ["call 拜登+习近平 @- ? happened"], "2022-11-16"],
  ["王毅与布林肯2016年以来首度会面。", SINCE_2016, ["meeting 王毅+布林肯 @- ? happened"], "2022-11-16"],
  ["王毅與布林肯2016年以來首度會面。", SINCE_2016, ["meeting 王毅+布林肯 @- ? happened"], "2022-11-16"],
  ["這是2016年以來兩人第二次通話。拜登與習近平通電話。", SINCE_2016, ["call 拜登+习近平 @- ? happened"], "2022-11-16"],
  // 这是两人…会晤后首次通话: the call just reported, measured from a meeting (后 alone is the bound)
  ["拜登与习近平通电话，这是两人去年11月在旧金山会晤后首次通话。", month("去年11月", "2023-11"), ["call 拜登+习近平 @- ? happened", "meeting 拜登+习近平 @旧金山 2023-11-01 happened"], "2024-04-03"],
  ["拜登與習近平通電話，這是兩人去年11月在舊金山會晤後首次通話。", month("去年11月", "2023-11"), ["call 拜登+习近平 @- ? happened", "meeting 拜登+习近平 @旧金山 2023-11-01 happened"], "2024-04-03"],
  ["拜登与习近平通电话，这是两人最后一次通话。", {}, ["call 拜登+习近平 @- ? happened"], "2024-04-03"],
  // 即3月18日: a clause restating the date heads the next one
  ["罗马会谈后4天，即3月18日，拜登与习近平举行视频通话。", day("3月18日", "2022-03-18"), ["call 拜登+习近平 @- 2022-03-18 happened"], "2022-06-15"],
  ["羅馬會談後4天，即3月18日，拜登與習近平舉行視頻通話。", day("3月18日", "2022-03-18"), ["call 拜登+习近平 @- 2022-03-18 happened"], "2022-06-15"],
  ["抵达后第二天，亦即18日，耶伦与何立峰会谈。", times(day("18日", "2023-07-18")), ["meeting 耶伦+何立峰 @- 2023-07-18 happened"], "2023-07-20"],
  ["抵達後第二天，亦即18日，耶倫與何立峰會談。", times(day("18日", "2023-07-18")), ["meeting 耶伦+何立峰 @- 2023-07-18 happened"], "2023-07-20"],
];

describe("events meeting-count-start", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
