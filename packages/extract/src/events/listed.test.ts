// Table test of counted contacts whose days are listed: one event per day, however the time pass joined them.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, days, showEvents, times } from "./testing.ts";

const T = times(
  days("2月25日及6月15日", "2022-02-25", "2022-06-15"),
  days("2月25日及6月15日", "2022-02-25", "2022-06-15"),
  days("3月2日和8月9日", "2023-03-02", "2023-08-09"),
  days("3月2日至8月9日", "2023-03-02", "2023-08-09"),
  day("当天", "2022-06-15"),
  day("當天", "2022-06-15"),
  day("1月17日", "2025-01-17"),
  day("6月5日", "2025-06-05"),
  day("9月19日", "2025-09-19"),
);

/** Each row: a paragraph, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // two days the time pass read as one expression, and a dated word after them
  ["普京与习近平会谈。此后两人曾两度通电话，包括2月25日及6月15日习近平生日当天。", T, ["meeting 普京+习近平 @- ? happened", "call 普京+习近平 @- 2022-02-25 happened", "call 普京+习近平 @- 2022-06-15 happened"]],
  ["普京與習近平會談。此後兩人曾兩度通電話，包括2月25日及6月15日習近平生日當天。", T, ["meeting 普京+习近平 @- ? happened", "call 普京+习近平 @- 2022-02-25 happened", "call 普京+习近平 @- 2022-06-15 happened"]],
  ["拜登与习近平会谈。两人此前两次通话，分别在3月2日和8月9日。", T, ["meeting 拜登+习近平 @- ? happened", "call 拜登+习近平 @- 2023-03-02 happened", "call 拜登+习近平 @- 2023-08-09 happened"]],
  ["拜登與習近平會談。兩人此前兩次通話，分別在3月2日和8月9日。", T, ["meeting 拜登+习近平 @- ? happened", "call 拜登+习近平 @- 2023-03-02 happened", "call 拜登+习近平 @- 2023-08-09 happened"]],
  // a range is one span, not two days
  ["拜登与习近平会谈。两人3月2日至8月9日期间两度通话。", T, ["meeting 拜登+习近平 @- ? happened"]],
  ["拜登與習近平會談。兩人3月2日至8月9日期間兩度通話。", T, ["meeting 拜登+习近平 @- ? happened"]],
  // a person the list only dates by is no counterpart
  ["特朗普与习近平会谈。两人今年已经三度通电话：1月17日特朗普就职前夕、6月5日以及9月19日。", T, ["meeting 特朗普+习近平 @- ? happened", "call 特朗普+习近平 @- 2025-01-17 happened", "call 特朗普+习近平 @- 2025-06-05 happened", "call 特朗普+习近平 @- 2025-09-19 happened"]],
  ["特朗普與習近平會談。兩人今年已經三度通電話：1月17日特朗普就職前夕、6月5日以及9月19日。", T, ["meeting 特朗普+习近平 @- ? happened", "call 特朗普+习近平 @- 2025-01-17 happened", "call 特朗普+习近平 @- 2025-06-05 happened", "call 特朗普+习近平 @- 2025-09-19 happened"]],
  // a person met inside the list: the list is of other events
  ["特朗普与习近平会谈。两人今年已经三度通电话：1月17日与王毅会谈、6月5日以及9月19日。", T, ["meeting 特朗普+习近平 @- ? happened"]],
  ["特朗普與習近平會談。兩人今年已經三度通電話：1月17日與王毅會談、6月5日以及9月19日。", T, ["meeting 特朗普+习近平 @- ? happened"]],
  ["特朗普与习近平会谈。两人今年已经三度通电话：1月17日王毅访美前夕、6月5日以及9月19日。", T, ["meeting 特朗普+习近平 @- ? happened", "visit 王毅 @美国 2025-01-17 planned"]],
];

describe("events listed", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
