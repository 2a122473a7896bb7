// Table test: one day of a dated trip (访问最后一天, 行程首日, 此行第二天), a trilateral joined by the pair met
// before it (同日还与X举行三方会晤), and leaders named by their offices (中日领导人, 两国外长) before the pair.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { days, month, showEvents } from "./testing.ts";

const TRIP = days("8月27日至29日", "2023-08-27", "2023-08-29");

/** Each row: a paragraph, its times, the meetings and calls as "type A+B @place date status". */
const DAY_ROWS: Row[] = [
  ["沙利文8月27日至29日访问北京，与王毅举行会谈，并在访问最后一天会见习近平。", TRIP, ["meeting 沙利文+王毅 @北京 2023-08-27 happened", "meeting 沙利文+习近平 @北京 2023-08-29 happened"]],
  ["沙利文8月27日至29日訪問北京，與王毅舉行會談，並在訪問最後一天會見習近平。", TRIP, ["meeting 沙利文+王毅 @北京 2023-08-27 happened", "meeting 沙利文+习近平 @北京 2023-08-29 happened"]],
  ["布林肯8月27日至29日访华，并在行程首日与秦刚会谈。", TRIP, ["meeting 布林肯+秦刚 @中国 2023-08-27 happened"]],
  ["布林肯8月27日至29日訪華，並在行程首日與秦剛會談。", TRIP, ["meeting 布林肯+秦刚 @中国 2023-08-27 happened"]],
  ["耶伦8月27日至29日访华，此行第二天与何立峰会谈。", TRIP, ["meeting 耶伦+何立峰 @中国 2023-08-28 happened"]],
  ["耶倫8月27日至29日訪華，此行第二天與何立峰會談。", TRIP, ["meeting 耶伦+何立峰 @中国 2023-08-28 happened"]],
  // no day of the trip named: the whole trip
  ["耶伦8月27日至29日访华，期间与何立峰会谈。", TRIP, ["meeting 耶伦+何立峰 @中国 2023-08-27 happened"]],
];

const TRILATERAL_ROWS: Row[] = [
  ["习近平6日与马克龙会谈，同日两人还与冯德莱恩举行中法欧领导人三方会晤。", {}, ["meeting 习近平+马克龙 @- ? happened", "meeting 习近平+冯德莱恩+马克龙 @- ? happened"]],
  ["習近平6日與馬克龍會談，同日兩人還與馮德萊恩舉行中法歐領導人三方會晤。", {}, ["meeting 习近平+马克龙 @- ? happened", "meeting 习近平+冯德莱恩+马克龙 @- ? happened"]],
  ["拜登在峰会期间会见岸田文雄，随后又与尹锡悦举行三边会谈。", {}, ["meeting 拜登+岸田文雄 @- ? happened", "meeting 拜登+尹锡悦+岸田文雄 @- ? happened"]],
  ["拜登在峰會期間會見岸田文雄，隨後又與尹錫悅舉行三邊會談。", {}, ["meeting 拜登+岸田文雄 @- ? happened", "meeting 拜登+尹锡悦+岸田文雄 @- ? happened"]],
  // a bilateral after a bilateral stays two people
  ["拜登在峰会期间会见岸田文雄，随后又与尹锡悦举行会谈。", {}, ["meeting 拜登+岸田文雄 @- ? happened", "meeting 拜登+尹锡悦 @- ? happened"]],
  ["拜登在峰會期間會見岸田文雄，隨後又與尹錫悅舉行會談。", {}, ["meeting 拜登+岸田文雄 @- ? happened", "meeting 拜登+尹锡悦 @- ? happened"]],
];

const OFFICE_ROWS: Row[] = [
  ["中日领导人上次会晤是在去年11月，岸田文雄与习近平在旧金山会面。", month("去年11月", "2022-11"), ["meeting 岸田文雄+习近平 @旧金山 2022-11-01 happened"]],
  ["中日領導人上次會晤是在去年11月，岸田文雄與習近平在舊金山會面。", month("去年11月", "2022-11"), ["meeting 岸田文雄+习近平 @旧金山 2022-11-01 happened"]],
  ["中美外长上一次会谈是在去年11月，布林肯和王毅在旧金山见面。", month("去年11月", "2022-11"), ["meeting 布林肯+王毅 @旧金山 2022-11-01 happened"]],
  ["中美外長上一次會談是在去年11月，布林肯和王毅在舊金山見面。", month("去年11月", "2022-11"), ["meeting 布林肯+王毅 @旧金山 2022-11-01 happened"]],
  ["中美防长上次会晤是在去年11月。", month("去年11月", "2022-11"), []],
];

describe("events meeting-trip", () => {
  it.each(DAY_ROWS)("should date %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].filter((e) => !e.startsWith("visit")).sort()).toEqual([...want].sort());
  });
  it.each(TRILATERAL_ROWS)("should join %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].filter((e) => !e.startsWith("visit")).sort()).toEqual([...want].sort());
  });
  it.each(OFFICE_ROWS)("should pair %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].filter((e) => !e.startsWith("visit")).sort()).toEqual([...want].sort());
  });
});
