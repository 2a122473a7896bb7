// Table test of 两人 after a greeting: host and guest (迎接, 为到访的…举行欢迎仪式) are the pair 两人 means.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: a paragraph, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // A为到访的B举行欢迎仪式，两人随后…会谈
  ["拜登在白宫南草坪为到访的习近平举行欢迎仪式，两人随后举行会谈。", {}, ["visit 习近平 @华盛顿 ? happened", "meeting 拜登+习近平 @- ? happened"]],
  ["拜登在白宮南草坪為到訪的習近平舉行歡迎儀式，兩人隨後舉行會談。", {}, ["visit 习近平 @华盛顿 ? happened", "meeting 拜登+习近平 @- ? happened"]],
  ["马克龙为来访的李强举行欢迎仪式。两人随后举行了会谈。", {}, ["visit 李强 @法国 ? happened", "meeting 马克龙+李强 @- ? happened"]],
  // A…迎接B，两人…
  ["文在寅亲自到机场迎接金正恩，两人当天下午举行第一轮会谈。", {}, ["meeting 文在寅+金正恩 @- ? happened"]],
  ["文在寅親自到機場迎接金正恩，兩人當天下午舉行第一輪會談。", {}, ["meeting 文在寅+金正恩 @- ? happened"]],
  // the host's spouse stands aside: 与夫人 is no pair
  ["金正恩与夫人李雪主到机场迎接文在寅，两人随后举行会谈。", {}, ["meeting 金正恩+文在寅 @- ? happened"]],
  ["金正恩與夫人李雪主到機場迎接文在寅，兩人隨後舉行會談。", {}, ["meeting 金正恩+文在寅 @- ? happened"]],
  // the guest arrives, the host greets him in the next clause
  ["习近平抵达平壤，金正恩到机场迎接。两人当天下午举行会谈。", {}, ["meeting 习近平+金正恩 @- ? happened"]],
  ["習近平抵達平壤，金正恩到機場迎接。兩人當天下午舉行會談。", {}, ["meeting 习近平+金正恩 @- ? happened"]],
  ["朔尔茨飞抵北京，李强和夫人到机场迎候。两人随后会谈。", {}, ["visit 朔尔茨 @北京 ? happened", "meeting 朔尔茨+李强 @- ? happened"]],
  // no greeting: 两人 stays unresolved
  ["拜登在白宫发表讲话，习近平在北京出席活动，两人随后举行会谈。", {}, []],
  // a greeting of someone else's guest does not pair the speaker
  ["王毅说，习近平将在机场迎接。", {}, []],
];

describe("events referents-greet", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
