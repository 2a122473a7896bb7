// Table test of "when" clauses: …时，/ …期间，/ …之际， with a date dates the main clause after it.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, days, month, showEvents, times } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  ["2019年3月习近平访问法国时，马克龙在巴黎与他会谈。", month("2019年3月", "2019-03"), ["visit 习近平 @法国 2019-03-01 happened", "meeting 马克龙+习近平 @巴黎 2019-03-01 happened"], "2023-10-05"],
  ["2019年3月習近平訪問法國時，馬克龍在巴黎與他會談。", month("2019年3月", "2019-03"), ["visit 习近平 @法国 2019-03-01 happened", "meeting 马克龙+习近平 @巴黎 2019-03-01 happened"], "2023-10-05"],
  ["习近平3月访问法国时，马克龙曾在巴黎与他会谈。", month("3月", "2023-03"), ["visit 习近平 @法国 2023-03-01 happened", "meeting 马克龙+习近平 @巴黎 2023-03-01 happened"], "2023-10-05"],
  ["習近平3月訪問法國的時候，馬克龍曾在巴黎與他會談。", month("3月", "2023-03"), ["visit 习近平 @法国 2023-03-01 happened", "meeting 马克龙+习近平 @巴黎 2023-03-01 happened"], "2023-10-05"],
  ["去年11月拜登访问旧金山期间，习近平与他举行了会晤。", month("去年11月", "2022-11"), ["meeting 习近平+拜登 @旧金山 2022-11-01 happened"], "2023-10-05"],
  ["去年11月拜登訪問舊金山期間，習近平與他舉行了會晤。", month("去年11月", "2022-11"), ["meeting 习近平+拜登 @旧金山 2022-11-01 happened"], "2023-10-05"],
  ["2月布林肯出席慕尼黑会议之际，王毅与他短暂会面。", month("2月", "2023-02"), ["meeting 王毅+布林肯 @- 2023-02-01 happened"], "2023-10-05"],
  ["2月布林肯出席慕尼黑會議之際，王毅與他短暫會面。", month("2月", "2023-02"), ["meeting 王毅+布林肯 @- 2023-02-01 happened"], "2023-10-05"],
  ["当地时间9月18日王毅抵达纽约时，沙利文随即与他会谈。", day("9月18日", "2023-09-18"), ["visit 王毅 @纽约 2023-09-18 happened", "meeting 沙利文+王毅 @纽约 2023-09-18 happened"], "2023-10-05"],
  ["當地時間9月18日王毅抵達紐約時，蘇利文隨即與他會談。", day("9月18日", "2023-09-18"), ["visit 王毅 @纽约 2023-09-18 happened", "meeting 沙利文+王毅 @纽约 2023-09-18 happened"], "2023-10-05"],
  // a time of the main clause itself wins; a clause that only counts from a date dates nothing
  ["习近平3月访问莫斯科时，普京曾于21日与他会谈。", times(month("3月", "2023-03"), day("21日", "2023-03-21")), ["visit 习近平 @莫斯科 2023-03-01 happened", "meeting 普京+习近平 @莫斯科 2023-03-21 happened"], "2023-10-05"],
  ["拜登2021年上任以来首次讲话时，习近平与他通了电话。", month("2021年", "2021-01"), ["call 习近平+拜登 @- ? happened"], "2023-10-05"],
  ["拜登2021年上任以來首次講話時，習近平與他通了電話。", month("2021年", "2021-01"), ["call 习近平+拜登 @- ? happened"], "2023-10-05"],
  // the main clause asks for the event: the clause of time dates the asking
  ["马克龙本月5日至7日访问中国时，曾呼吁习近平与普京对话。", days("本月5日至7日", "2023-04-05", "2023-04-07"), ["meeting 习近平+普京 @- ? happened", "visit 马克龙 @中国 2023-04-05 happened"], "2023-04-27"],
  ["馬克龍本月5日至7日訪問中國時，曾呼籲習近平與普京對話。", days("本月5日至7日", "2023-04-05", "2023-04-07"), ["meeting 习近平+普京 @- ? happened", "visit 马克龙 @中国 2023-04-05 happened"], "2023-04-27"],
  // 同时 / 小时 / 当时 end no clause of time
  ["会谈持续了3小时，王毅随后会见了布林肯。", {}, ["meeting 王毅+布林肯 @- ? happened"], "2023-10-05"],
];

describe("events time when-clause", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
