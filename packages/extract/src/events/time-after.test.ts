// Table test of dates after a precedent: 继X上周访华之后，又一位到访北京 → from the day after to the article's date.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, days, month, showEvents } from "./testing.ts";

const LAST_WEEK = days("上周", "2023-04-03", "2023-04-09");
const LAST_WEEK_T = days("上週", "2023-04-03", "2023-04-09");

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // the precedent's last day + 1 … the article's date
  ["布林肯是继耶伦上周访华之后，又一位到访北京的美国高官。", LAST_WEEK, ["visit 耶伦 @中国 2023-04-03 happened", "visit 布林肯 @北京 2023-04-10 happened"], "2023-04-15"],
  ["布林肯是繼耶倫上週訪華之後，又一位到訪北京的美國高官。", LAST_WEEK_T, ["visit 耶伦 @中国 2023-04-03 happened", "visit 布林肯 @北京 2023-04-10 happened"], "2023-04-15"],
  ["继马克龙上周访华以后，朔尔茨也到访北京。", LAST_WEEK, ["visit 马克龙 @中国 2023-04-03 happened", "visit 朔尔茨 @北京 2023-04-10 happened"], "2023-04-15"],
  ["繼馬克龍上週訪華以後，朔爾茨也到訪北京。", LAST_WEEK_T, ["visit 马克龙 @中国 2023-04-03 happened", "visit 朔尔茨 @北京 2023-04-10 happened"], "2023-04-15"],
  ["继王毅10日访问莫斯科之后，李强也访问了俄罗斯。", day("10日", "2023-04-10"), ["visit 王毅 @莫斯科 2023-04-10 happened", "visit 李强 @俄罗斯 2023-04-11 happened"], "2023-04-15"],
  ["繼王毅10日訪問莫斯科之後，李強也訪問了俄羅斯。", day("10日", "2023-04-10"), ["visit 王毅 @莫斯科 2023-04-10 happened", "visit 李强 @俄罗斯 2023-04-11 happened"], "2023-04-15"],
  ["继耶伦上月访华之后，雷蒙多成为又一位访华的美国部长。", month("上月", "2023-03"), ["visit 耶伦 @中国 2023-03-01 happened", "visit 雷蒙多 @中国 2023-04-01 happened"], "2023-04-15"],
  ["繼葉倫上月訪華之後，雷蒙多成為又一位訪華的美國部長。", month("上月", "2023-03"), ["visit 耶伦 @中国 2023-03-01 happened", "visit 雷蒙多 @中国 2023-04-01 happened"], "2023-04-15"],
  // the event's own date wins
  ["继耶伦上周访华之后，布林肯14日抵达北京。", { ...LAST_WEEK, ...day("14日", "2023-04-14") }, ["visit 耶伦 @中国 2023-04-03 happened", "visit 布林肯 @北京 2023-04-14 happened"], "2023-04-15"],
  ["繼葉倫上週訪華之後，布林肯14日抵達北京。", { ...LAST_WEEK_T, ...day("14日", "2023-04-14") }, ["visit 耶伦 @中国 2023-04-03 happened", "visit 布林肯 @北京 2023-04-14 happened"], "2023-04-15"],
  // a precedent more than a month old says nothing about the event's date
  ["继去年11月在巴厘岛会晤之后，拜登与习近平再次会晤。", month("去年11月", "2022-11"), ["meeting 拜登+习近平 @- ? happened"], "2023-11-16"],
  ["繼去年11月在巴厘島會晤之後，拜登與習近平再次會晤。", month("去年11月", "2022-11"), ["meeting 拜登+习近平 @- ? happened"], "2023-11-16"],
  ["这是两人继2019年6月大阪会晤之后，首次面对面会谈。", month("2019年6月", "2019-06"), [], "2025-10-31"],
  ["這是兩人繼2019年6月大阪會晤之後，首次面對面會談。", month("2019年6月", "2019-06"), [], "2025-10-31"],
  // a precedent after the trigger, closed by 之后: its day + 1 … the article's date
  ["尹锡悦此次访日是在韩国政府3月6日宣布二战劳工赔偿问题解决方案之后成行。", day("3月6日", "2023-03-06"), ["visit 尹锡悦 @日本 2023-03-07 happened"], "2023-03-17"],
  ["尹錫悅此次訪日是在韓國政府3月6日宣布二戰勞工賠償問題解決方案之後成行。", day("3月6日", "2023-03-06"), ["visit 尹锡悦 @日本 2023-03-07 happened"], "2023-03-17"],
  ["拜登访华是在本月初标准普尔下调美国主权信用评级之后。", days("本月初", "2011-08-01", "2011-08-10"), ["visit 拜登 @中国 2011-08-11 happened"], "2011-08-21"],
  // a time after the trigger with no 之后 is the event's
  ["尹锡悦此次访日是在3月16日。", day("3月16日", "2023-03-16"), ["visit 尹锡悦 @日本 2023-03-16 happened"], "2023-03-17"],
  // no dated precedent: no window
  ["布林肯是继耶伦之后，又一位到访北京的美国高官。", {}, ["visit 布林肯 @北京 ? happened"], "2023-04-15"],
  ["布林肯是繼耶倫之後，又一位到訪北京的美國高官。", {}, ["visit 布林肯 @北京 ? happened"], "2023-04-15"],
];

describe("events time after a precedent", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
