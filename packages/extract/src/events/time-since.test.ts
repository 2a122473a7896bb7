// Table test of times that are not the event's date: a count's start (…后首次) and a day offset (就职前三天).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents } from "./testing.ts";
import { countsFrom, offsetDay } from "./time-since.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // …后首次 / …之后第二次 / …以后首位: the time is where a count starts; the call or meeting stays undated
  ["拜登与习近平去年11月会晤后首次通电话。", month("去年11月", "2023-11"), ["meeting 拜登+习近平 @- 2023-11-01 happened", "call 拜登+习近平 @- ? happened"], "2024-04-03"],
  ["拜登與習近平去年11月會晤後首次通電話。", month("去年11月", "2023-11"), ["meeting 拜登+习近平 @- 2023-11-01 happened", "call 拜登+习近平 @- ? happened"], "2024-04-03"],
  ["王毅自2023年10月访美以来首次与布林肯会晤。", month("2023年10月", "2023-10"), ["visit 王毅 @美国 2023-10-01 happened", "meeting 王毅+布林肯 @- ? happened"], "2024-01-27"],
  ["王毅自2023年10月訪美以來首次與布林肯會晤。", month("2023年10月", "2023-10"), ["visit 王毅 @美国 2023-10-01 happened", "meeting 王毅+布林肯 @- ? happened"], "2024-01-27"],
  ["特朗普与习近平1月就职之后首度通电话。", month("1月", "2025-01"), ["call 特朗普+习近平 @- ? happened"], "2025-06-06"],
  ["川普與習近平1月就職之後首度通電話。", month("1月", "2025-01"), ["call 特朗普+习近平 @- ? happened"], "2025-06-06"],
  // …以来首次 in the carried subject's own clause: the count's start does not date what follows
  ["尹锡悦去年5月就任以来首次出访，在东京会见了岸田文雄。", month("去年5月", "2022-05"), ["meeting 尹锡悦+岸田文雄 @东京 ? happened"], "2023-03-20"],
  ["尹錫悅去年5月就任以來首次出訪，在東京會見了岸田文雄。", month("去年5月", "2022-05"), ["meeting 尹锡悦+岸田文雄 @东京 ? happened"], "2023-03-20"],
  ["尹锡悦去年5月就任，在东京会见了岸田文雄。", month("去年5月", "2022-05"), ["meeting 尹锡悦+岸田文雄 @东京 2022-05-01 happened"], "2023-03-20"],
  // a time of the event itself, with 最后 (no count) or no count word, still dates it
  ["拜登与习近平11月最后一次会晤。", month("11月", "2024-11"), ["meeting 拜登+习近平 @- 2024-11-01 happened"], "2024-12-05"],
  ["拜登與習近平11月最後一次會晤。", month("11月", "2024-11"), ["meeting 拜登+习近平 @- 2024-11-01 happened"], "2024-12-05"],
  ["特朗普1月就职后与习近平通话。", month("1月", "2025-01"), ["call 特朗普+习近平 @- 2025-01-01 happened"], "2025-06-06"],
  // a day offset written after the date: 就职前三天 / 峰会开幕两天前 / 抵达后第二天
  ["特朗普在1月20日宣誓就职前三天与习近平通了电话。", day("1月20日", "2025-01-20"), ["call 特朗普+习近平 @- 2025-01-17 happened"], "2025-01-18"],
  ["川普在1月20日宣誓就職前三天與習近平通了電話。", day("1月20日", "2025-01-20"), ["call 特朗普+习近平 @- 2025-01-17 happened"], "2025-01-18"],
  ["王毅在11月15日峰会开幕两天前会见了沙利文。", day("11月15日", "2023-11-15"), ["meeting 王毅+沙利文 @- 2023-11-13 happened"], "2023-11-16"],
  ["王毅在11月15日峰會開幕兩天前會見了蘇利文。", day("11月15日", "2023-11-15"), ["meeting 王毅+沙利文 @- 2023-11-13 happened"], "2023-11-16"],
  ["布林肯在6月18日抵达后第二天会见了习近平。", day("6月18日", "2023-06-18"), ["meeting 布林肯+习近平 @- 2023-06-19 happened"], "2023-06-20"],
  ["布林肯在6月18日抵達後第二天會見了習近平。", day("6月18日", "2023-06-18"), ["meeting 布林肯+习近平 @- 2023-06-19 happened"], "2023-06-20"],
];

describe("events time since", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});

/** Text after a time → whether it starts a count. */
const COUNTS: [string, boolean][] = [
  ["连任后首次访华", true], ["連任後首次訪華", true], ["疫情暴发以来首度出国", true], ["上任之后第三次出访", true],
  ["胜选后，两人首次通话", false], ["最后一次会面", false], ["访问了中国", false], ["以後第２次會晤", true],
  ["就职以来头一次", true], ["以來首訪", true], ["以后首位访华的国务卿", true], ["以後首位訪華", true],
  ["成为二十大后首位访华的领导人", false], ["成為二十大後首位訪華的領導人", false],
  // the earlier event names its place, in brackets too: still a count's start
  ["在秘鲁首都利马（Lima）会晤后首次通话", true], ["在秘魯首都利馬（Lima）會晤後首次通話", true],
  ["在印尼巴厘岛举行面对面会晤以来首次通电话", true], ["在印尼峇里島舉行面對面會晤以來首次通電話", true],
  ["在秘鲁利马亚太经合组织峰会期间会面之后第二次通话", true], ["在秘魯利馬亞太經合組織峰會期間會面之後第二次通話", true],
  ["在北京人民大会堂与多国领导人会晤，并首次提出倡议", false],
];

/** Text after a one-day time → the day it moves to from 2025-01-20. */
const OFFSETS: [string, string][] = [
  ["宣誓就职前三天，", "2025-01-17"], ["宣誓就職前三天，", "2025-01-17"], ["就职三天前", "2025-01-17"], ["就职后两天", "2025-01-22"],
  ["抵达后第二天", "2025-01-21"], ["抵達後第二天", "2025-01-21"], ["就职前一天", "2025-01-19"], ["就职前三天内", "2025-01-20"],
  ["，三天后", "2025-01-20"], ["就职后100天", "2025-01-20"], ["举行会谈", "2025-01-20"],
];

describe("time since", () => {
  it.each(COUNTS)("should tell whether %s starts a count", (after, want) => {
    expect(countsFrom(after)).toBe(want);
  });
  it.each(OFFSETS)("should move a day by %s", (after, want) => {
    const c = offsetDay({ from: "2025-01-20", to: "2025-01-20", precision: "day", rule: "date:clause" }, after);
    expect(c.from).toBe(want);
  });
});
