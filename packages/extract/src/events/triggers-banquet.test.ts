// Table test of hosting verbs (款待, 宴请): the host meets the guest named as the object; a thank-you names no meeting.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

const D = day("24日", "2019-03-24");

/** Each row: a sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  ["24日，马克龙在巴黎设私人晚宴款待习近平夫妇。", D, ["meeting 马克龙+习近平 @巴黎 2019-03-24 happened"], "2019-03-27"],
  ["24日，馬克龍在巴黎設私人晚宴款待習近平夫婦。", D, ["meeting 马克龙+习近平 @巴黎 2019-03-24 happened"], "2019-03-27"],
  ["普京24日在莫斯科宴请到访的习近平。", D, ["meeting 普京+习近平 @莫斯科 2019-03-24 happened", "visit 习近平 @莫斯科 2019-03-24 happened"], "2019-03-27"],
  ["普京24日在莫斯科宴請到訪的習近平。", D, ["meeting 普京+习近平 @莫斯科 2019-03-24 happened", "visit 习近平 @莫斯科 2019-03-24 happened"], "2019-03-27"],
  ["李强24日在北京宴请朔尔茨一行。", D, ["meeting 李强+朔尔茨 @北京 2019-03-24 happened"], "2019-03-27"],
  ["李強24日在北京宴請朔爾茨一行。", D, ["meeting 李强+朔尔茨 @北京 2019-03-24 happened"], "2019-03-27"],
  ["习近平和夫人在人民大会堂设国宴款待特朗普夫妇。", {}, ["meeting 习近平+特朗普 @人民大会堂 ? happened"]],
  ["習近平和夫人在人民大會堂設國宴款待特朗普夫婦。", {}, ["meeting 习近平+特朗普 @人民大会堂 ? happened"]],
  // thanks for hospitality, or hospitality received: no meeting of its own
  ["岸田文雄感谢中方的热情款待。", {}, []],
  ["岸田文雄感謝中方的熱情款待。", {}, []],
  ["王毅表示，感谢马克龙的盛情款待。", {}, []],
  ["王毅表示，感謝馬克龍的盛情款待。", {}, []],
];

describe("events triggers-banquet", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
