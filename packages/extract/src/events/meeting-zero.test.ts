// Table test of sentences naming no subject of their own: they go on with the previous sentence's subject.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents, times } from "./testing.ts";

const D = times(day("14日", "2023-05-14"), day("15日", "2023-05-15"), day("23日", "2023-05-23"), day("13日", "2023-05-13"));

/** Each row: a paragraph, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // a day, then the verb
  ["朔尔茨13日抵达北京。14日抵达上海，与李强会谈。", D, ["visit 朔尔茨 @北京 2023-05-13 happened", "visit 朔尔茨 @上海 2023-05-14 happened", "meeting 朔尔茨+李强 @上海 2023-05-14 happened"]],
  ["朔爾茨13日抵達北京。14日抵達上海，與李強會談。", D, ["visit 朔尔茨 @北京 2023-05-13 happened", "visit 朔尔茨 @上海 2023-05-14 happened", "meeting 朔尔茨+李强 @上海 2023-05-14 happened"]],
  // 翌日（23日）: a relative day with its date in brackets
  ["马克龙在巴黎会见了王毅。翌日（23日）与尹锡悦会谈。", D, ["meeting 马克龙+王毅 @巴黎 ? happened", "meeting 马克龙+尹锡悦 @- 2023-05-23 happened"]],
  ["馬克龍在巴黎會見了王毅。翌日（23日）與尹錫悅會談。", D, ["meeting 马克龙+王毅 @巴黎 ? happened", "meeting 马克龙+尹锡悦 @- 2023-05-23 happened"]],
  // a day before 他: the pronoun goes back past a sentence that opened with 他 too
  ["普京13日在莫斯科会见了王毅。15日他又在北京与李强会面。", D, ["meeting 普京+王毅 @莫斯科 2023-05-13 happened", "meeting 普京+李强 @北京 2023-05-15 happened"]],
  ["普京13日在莫斯科會見了王毅。15日他又在北京與李強會面。", D, ["meeting 普京+王毅 @莫斯科 2023-05-13 happened", "meeting 普京+李强 @北京 2023-05-15 happened"]],
  // a dinner after a flight, both clauses without a subject (当天 is dated by the time pass, not here)
  ["岸田文雄14日在东京会见了布林肯。当天晚间飞往巴黎，与马克龙共进晚餐。", D, ["meeting 岸田文雄+布林肯 @东京 2023-05-14 happened", "visit 岸田文雄 @巴黎 ? happened", "meeting 岸田文雄+马克龙 @巴黎 ? happened"]],
  ["岸田文雄14日在東京會見了布林肯。當天晚間飛往巴黎，與馬克龍共進晚餐。", D, ["meeting 岸田文雄+布林肯 @东京 2023-05-14 happened", "visit 岸田文雄 @巴黎 ? happened", "meeting 岸田文雄+马克龙 @巴黎 ? happened"]],
  // a sentence with a subject of its own is not carried
  ["普京13日在莫斯科会见了王毅。14日，马克龙与尹锡悦会谈。", D, ["meeting 普京+王毅 @莫斯科 2023-05-13 happened", "meeting 马克龙+尹锡悦 @- 2023-05-14 happened"]],
  ["普京13日在莫斯科會見了王毅。與此同時，馬克龍與尹錫悅會談。", D, ["meeting 普京+王毅 @莫斯科 2023-05-13 happened", "meeting 马克龙+尹锡悦 @- ? happened"]],
  // a frame clause (在…上) before the subject: the subject is that one, not the previous sentence's
  ["普京13日在莫斯科会见了王毅。在乌克兰问题上，马克龙与尹锡悦会谈。", D, ["meeting 普京+王毅 @莫斯科 2023-05-13 happened", "meeting 马克龙+尹锡悦 @- ? happened"]],
  ["普京13日在莫斯科會見了王毅。在烏克蘭問題上，馬克龍與尹錫悅會談。", D, ["meeting 普京+王毅 @莫斯科 2023-05-13 happened", "meeting 马克龙+尹锡悦 @- ? happened"]],
  // 与X相比: a comparison, no counterpart
  ["拜登13日在首尔会见了尹锡悦。与特朗普受到的接待相比，这次明显低调。", D, ["meeting 拜登+尹锡悦 @首尔 2023-05-13 happened"]],
  ["拜登13日在首爾會見了尹錫悅。與特朗普受到的接待相比，這次明顯低調。", D, ["meeting 拜登+尹锡悦 @首尔 2023-05-13 happened"]],
];

describe("events meeting-zero", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
