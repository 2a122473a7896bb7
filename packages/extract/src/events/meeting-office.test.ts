// Table test: a side written as an office (英国首相, 法国总统) is the holder the same sentence names.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  ["上一次法国总统与习近平会面，是2018年1月时任总统马克龙访问北京。", month("2018年1月", "2018-01"), ["meeting 马克龙+习近平 @北京 2018-01-01 happened", "visit 马克龙 @北京 2018-01-01 happened"]],
  ["上一次法國總統與習近平會面，是2018年1月時任總統馬克龍訪問北京。", month("2018年1月", "2018-01"), ["meeting 马克龙+习近平 @北京 2018-01-01 happened", "visit 马克龙 @北京 2018-01-01 happened"]],
  ["上一次日本首相与习近平会面，是时任首相岸田文雄出席峰会。", {}, ["meeting 岸田文雄+习近平 @- ? happened"]],
  ["上一次日本首相與習近平會面，是時任首相岸田文雄出席峰會。", {}, ["meeting 岸田文雄+习近平 @- ? happened"]],
  ["德国总理上次同习近平会谈，是朔尔茨2022年11月访华期间。", month("2022年11月", "2022-11"), ["meeting 朔尔茨+习近平 @- 2022-11-01 happened", "visit 朔尔茨 @中国 2022-11-01 happened"]],
  ["德國總理上次同習近平會談，是朔爾茨2022年11月訪華期間。", month("2022年11月", "2022-11"), ["meeting 朔尔茨+习近平 @- 2022-11-01 happened", "visit 朔尔茨 @中国 2022-11-01 happened"]],
  // no place before the title: the holder is written right after the same title
  ["上一次该国首相与习近平会面，是时任首相岸田文雄访问北京。", {}, ["meeting 岸田文雄+习近平 @北京 ? happened", "visit 岸田文雄 @北京 ? happened"]],
  ["上一次該國首相與習近平會面，是時任首相岸田文雄訪問北京。", {}, ["meeting 岸田文雄+习近平 @北京 ? happened", "visit 岸田文雄 @北京 ? happened"]],
  // the office with its holder written right after it: the plain pair
  ["法国总统马克龙与习近平会面。", {}, ["meeting 马克龙+习近平 @- ? happened"]],
  // no holder named, or the person named is of another country: no meeting
  ["美国总统与习近平会面。", {}, []],
  ["日本首相与习近平会谈，尹锡悦表示欢迎。", {}, []],
  // two holders of that country: which one is not said
  ["上一次美国总统与普京会面，拜登和特朗普都曾出席。", {}, []],
];

describe("events meeting-office", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
