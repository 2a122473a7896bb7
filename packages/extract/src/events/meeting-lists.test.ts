// Table test of counterpart lists on every path: a carried subject, a pronoun, a headline object list.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: a paragraph, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // 先后/分别 with a subject carried from the clause or sentence before: one meeting each
  ["雷蒙多抵达北京。她先后与何立峰、李强及王毅会面。", {}, ["visit 雷蒙多 @北京 ? happened", "meeting 雷蒙多+何立峰 @- ? happened", "meeting 雷蒙多+李强 @- ? happened", "meeting 雷蒙多+王毅 @- ? happened"]],
  ["雷蒙多抵達北京。她先後與何立峰、李強及王毅會面。", {}, ["visit 雷蒙多 @北京 ? happened", "meeting 雷蒙多+何立峰 @- ? happened", "meeting 雷蒙多+李强 @- ? happened", "meeting 雷蒙多+王毅 @- ? happened"]],
  ["舒默率团访华，先后会晤王毅与习近平。", {}, ["visit 舒默 @中国 ? happened", "meeting 舒默+王毅 @中国 ? happened", "meeting 舒默+习近平 @中国 ? happened"]],
  ["舒默率團訪華，先後會晤王毅與習近平。", {}, ["visit 舒默 @中国 ? happened", "meeting 舒默+王毅 @中国 ? happened", "meeting 舒默+习近平 @中国 ? happened"]],
  ["克里访问北京，与韩正会谈，并分别会见了李强和王毅。", {}, ["visit 克里 @北京 ? happened", "meeting 克里+韩正 @北京 ? happened", "meeting 克里+李强 @北京 ? happened", "meeting 克里+王毅 @北京 ? happened"]],
  ["克里訪問北京，與韓正會談，並分別會見了李強和王毅。", {}, ["visit 克里 @北京 ? happened", "meeting 克里+韩正 @北京 ? happened", "meeting 克里+李强 @北京 ? happened", "meeting 克里+王毅 @北京 ? happened"]],
  ["王毅访问华盛顿，先后与布林肯、沙利文会谈。", {}, ["visit 王毅 @华盛顿 ? happened", "meeting 王毅+布林肯 @华盛顿 ? happened", "meeting 王毅+沙利文 @华盛顿 ? happened"]],
  ["王毅訪問華盛頓，先後與布林肯、沙利文會談。", {}, ["visit 王毅 @华盛顿 ? happened", "meeting 王毅+布林肯 @华盛顿 ? happened", "meeting 王毅+沙利文 @华盛顿 ? happened"]],
  // one person who 会见/会晤 two people joined by 和/与/及 meets each
  ["习近平会见岸田文雄和尹锡悦。", {}, ["meeting 习近平+岸田文雄 @- ? happened", "meeting 习近平+尹锡悦 @- ? happened"]],
  ["習近平會見岸田文雄和尹錫悅。", {}, ["meeting 习近平+岸田文雄 @- ? happened", "meeting 习近平+尹锡悦 @- ? happened"]],
  ["韩正在华盛顿会晤布林肯与雷蒙多。", {}, ["meeting 韩正+布林肯 @华盛顿 ? happened", "meeting 韩正+雷蒙多 @华盛顿 ? happened"]],
  ["韓正在華盛頓會晤布林肯與雷蒙多。", {}, ["meeting 韩正+布林肯 @华盛顿 ? happened", "meeting 韩正+雷蒙多 @华盛顿 ? happened"]],
  // counterparts joined by 及 during a trip (期间) are met on its occasions, one each
  ["王毅将于今日至28日访问美国，期间将与布林肯及沙利文会谈。", {}, ["visit 王毅 @美国 ? planned", "meeting 王毅+布林肯 @美国 ? planned", "meeting 王毅+沙利文 @美国 ? planned"]],
  ["王毅將於今日至28日訪問美國，期間將與布林肯及沙利文會談。", {}, ["visit 王毅 @美国 ? planned", "meeting 王毅+布林肯 @美国 ? planned", "meeting 王毅+沙利文 @美国 ? planned"]],
  ["王毅将访问美国，期间将与布林肯和沙利文会谈。", {}, ["visit 王毅 @美国 ? planned", "meeting 王毅+布林肯+沙利文 @美国 ? planned"]],
  // met together (共同, 集体), or a closed 、 list, or a 与 group: one meeting of all
  ["习近平共同会见岸田文雄和尹锡悦。", {}, ["meeting 习近平+岸田文雄+尹锡悦 @- ? happened"]],
  ["習近平集體會見岸田文雄和尹錫悅。", {}, ["meeting 习近平+岸田文雄+尹锡悦 @- ? happened"]],
  ["习近平会见岸田文雄、尹锡悦。", {}, ["meeting 习近平+岸田文雄+尹锡悦 @- ? happened"]],
  ["何立峰周四在华盛顿与莱特希泽和姆努钦举行磋商。", {}, ["meeting 何立峰+莱特希泽+姆努钦 @华盛顿 ? happened"]],
];

describe("events meeting-lists", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
