// Table test: a time that only dates history (追溯至1912年, 1972年建交以来, 50周年) is no date for the next sentence's contact.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents, times } from "./testing.ts";

const Y = (surface: string, y: string) => ({ [surface]: [`${y}-01-01`, `${y}-12-31`, "year"] as [string, string, "year"] });

/** Each row: two sentences, their times, the events, the document date. */
const ROWS: Row[] = [
  // a relation's origin or a span's start in the sentence before: the contact stays undated
  ["美国与台湾的关系可追溯至1979年。拜登在白宫会见了赖清德。", Y("1979年", "1979"), ["meeting 拜登+赖清德 @白宫 ? happened"], "2024-05-03"],
  ["美國與台灣的關係可追溯至1979年。拜登在白宮會見了賴清德。", Y("1979年", "1979"), ["meeting 拜登+赖清德 @白宫 ? happened"], "2024-05-03"],
  ["两国关系跌至1972年建交以来的最低点。习近平在北京会见了岸田文雄。", Y("1972年", "1972"), ["meeting 习近平+岸田文雄 @北京 ? happened"], "2023-11-17"],
  ["兩國關係跌至1972年建交以來的最低點。習近平在北京會見了岸田文雄。", Y("1972年", "1972"), ["meeting 习近平+岸田文雄 @北京 ? happened"], "2023-11-17"],
  ["两国在1972年建交五十周年之际举行活动。习近平与岸田文雄通电话。", Y("1972年", "1972"), ["call 习近平+岸田文雄 @- ? happened"], "2022-09-29"],
  ["中日兩國1972年邦交正常化50週年。習近平與岸田文雄通電話。", Y("1972年", "1972"), ["call 习近平+岸田文雄 @- ? happened"], "2022-09-29"],
  ["中美外交关系始于1979年。王毅在华盛顿与布林肯会谈。", Y("1979年", "1979"), ["meeting 王毅+布林肯 @华盛顿 ? happened"], "2023-10-27"],
  // an event's own time in the sentence before still dates the next one
  ["拜登11月15日在旧金山出席峰会。他在当地会见了习近平。", day("11月15日", "2023-11-15"), ["meeting 拜登+习近平 @- 2023-11-15 happened"], "2023-11-16"],
  ["两国1972年建交。去年11月，习近平在旧金山会见了岸田文雄。", times(Y("1972年", "1972"), month("去年11月", "2023-11")), ["meeting 习近平+岸田文雄 @旧金山 2023-11-01 happened"], "2024-03-01"],
  ["王毅今年2月出席慕尼黑安全会议。王毅会见了布林肯。", month("今年2月", "2024-02"), ["meeting 王毅+布林肯 @- 2024-02-01 happened"], "2024-03-08"],
];

describe("events time reference", () => {
  it.each(ROWS)("should date %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
