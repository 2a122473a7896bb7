// Table test of a trigger's date: 随后 takes the clause before it; …以来首度 and a previous sentence's plan give none.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // 随后/随即/接着: the same day as the clause before it
  ["习近平当天上午为普京举行欢迎仪式，随后两国元首普京与习近平举行会谈。", day("当天上午", "2024-05-16"), ["meeting 普京+习近平 @- 2024-05-16 happened"], "2024-05-16"],
  ["習近平當天上午為普京舉行歡迎儀式，隨後兩國元首普京與習近平舉行會談。", day("當天上午", "2024-05-16"), ["meeting 普京+习近平 @- 2024-05-16 happened"], "2024-05-16"],
  ["王毅15日抵达华盛顿，随即与布林肯会晤。", day("15日", "2023-10-15"), ["visit 王毅 @华盛顿 2023-10-15 happened", "meeting 王毅+布林肯 @华盛顿 2023-10-15 happened"], "2023-10-17"],
  ["王毅15日抵達華盛頓，隨即與布林肯會晤。", day("15日", "2023-10-15"), ["visit 王毅 @华盛顿 2023-10-15 happened", "meeting 王毅+布林肯 @华盛顿 2023-10-15 happened"], "2023-10-17"],
  ["岸田文雄16日出席峰会开幕式，接着习近平与岸田文雄举行会谈。", day("16日", "2023-11-16"), ["meeting 习近平+岸田文雄 @- 2023-11-16 happened"], "2023-11-17"],
  ["岸田文雄16日出席峰會開幕式，接著習近平與岸田文雄舉行會談。", day("16日", "2023-11-16"), ["meeting 习近平+岸田文雄 @- 2023-11-16 happened"], "2023-11-17"],
  // …以来首度: the time is where a count starts, not the event's date
  ["这是习近平访问美国，是2017年4月以来首度访美。", month("2017年4月", "2017-04"), ["visit 习近平 @美国 ? happened"], "2023-11-15"],
  ["這是習近平訪問美國，是2017年4月以來首度訪美。", month("2017年4月", "2017-04"), ["visit 习近平 @美国 ? happened"], "2023-11-15"],
  ["布林肯访问北京是2018年10月以来美国国务卿首次访华。", month("2018年10月", "2018-10"), ["visit 布林肯 @北京 ? happened"], "2023-06-19"],
  ["布林肯訪問北京是2018年10月以來美國國務卿首次訪華。", month("2018年10月", "2018-10"), ["visit 布林肯 @北京 ? happened"], "2023-06-19"],
  // a time right after the trigger still dates it
  ["习近平访问美国是在2017年4月。", month("2017年4月", "2017-04"), ["visit 习近平 @美国 2017-04-01 happened"], "2023-11-15"],
  ["習近平訪問美國是在2017年4月。", month("2017年4月", "2017-04"), ["visit 习近平 @美国 2017-04-01 happened"], "2023-11-15"],
  // a previous sentence's plan (将主办2025年峰会) lends no date to what happened
  ["中国宣布将主办2025年峰会。习近平访问了俄罗斯。", { "2025年": ["2025-01-01", "2025-12-31", "year"] }, ["visit 习近平 @俄罗斯 ? happened"], "2024-07-04"],
  ["中國宣布將主辦2025年峰會。習近平訪問了俄羅斯。", { "2025年": ["2025-01-01", "2025-12-31", "year"] }, ["visit 习近平 @俄罗斯 ? happened"], "2024-07-04"],
  ["2024年5月，中国主办了论坛。习近平访问了俄罗斯。", month("2024年5月", "2024-05"), ["visit 习近平 @俄罗斯 2024-05-01 happened"], "2024-07-04"],
  ["2024年5月，中國主辦了論壇。習近平訪問了俄羅斯。", month("2024年5月", "2024-05"), ["visit 习近平 @俄罗斯 2024-05-01 happened"], "2024-07-04"],
];

describe("events time scope", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
