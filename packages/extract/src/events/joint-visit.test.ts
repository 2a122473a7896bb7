// Table test of joint travellers: a conjoined subject of one visit verb is one visit by all, unless set apart.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // a conjoined subject: one visit by all
  ["贝森特和格里尔将率团前往吉隆坡。", {}, ["visit 贝森特+格里尔 @吉隆坡 ? planned"]],
  ["貝森特和格里爾將率團前往吉隆坡。", {}, ["visit 贝森特+格里尔 @吉隆坡 ? planned"]],
  ["布林肯与奥斯汀抵达东京。", {}, ["visit 布林肯+奥斯汀 @东京 ? happened"]],
  ["布林肯與奧斯汀抵達東京。", {}, ["visit 布林肯+奥斯汀 @东京 ? happened"]],
  ["何立峰、王毅飞抵华盛顿。", {}, ["visit 何立峰+王毅 @华盛顿 ? happened"]],
  ["何立峰、王毅飛抵華盛頓。", {}, ["visit 何立峰+王毅 @华盛顿 ? happened"]],
  ["美国财长耶伦（Janet Yellen）和商务部长雷蒙多（Gina Raimondo）访问北京。", {}, ["visit 耶伦+雷蒙多 @北京 ? happened"]],
  ["美國財長葉倫（Janet Yellen）和商務部長雷蒙多（Gina Raimondo）訪問北京。", {}, ["visit 耶伦+雷蒙多 @北京 ? happened"]],
  // 纷纷/先后/分别, or a time of each: one visit each
  ["布林肯、耶伦纷纷前往北京。", {}, ["visit 布林肯 @北京 ? happened", "visit 耶伦 @北京 ? happened"]],
  ["布林肯、葉倫紛紛前往北京。", {}, ["visit 布林肯 @北京 ? happened", "visit 耶伦 @北京 ? happened"]],
  ["布林肯和耶伦先后访问北京。", {}, ["visit 布林肯 @北京 ? happened", "visit 耶伦 @北京 ? happened"]],
  ["布林肯、耶伦、雷蒙多等美国高官密集访华。", {}, ["visit 布林肯 @中国 ? happened", "visit 耶伦 @中国 ? happened", "visit 雷蒙多 @中国 ? happened"]],
  ["布林肯、耶倫和雷蒙多等高層官員今年訪問北京。", {}, ["visit 布林肯 @北京 ? happened", "visit 耶伦 @北京 ? happened", "visit 雷蒙多 @北京 ? happened"]],
  ["特朗普率领贝森特、格里尔等人组成的代表团访问北京。", {}, ["visit 贝森特+格里尔 @北京 ? happened"]],
  ["耶伦和克里也可能在下月访问中国。", {}, ["visit 耶伦 @中国 ? possible", "visit 克里 @中国 ? possible"]],
  ["葉倫和克里都曾訪問北京。", {}, ["visit 耶伦 @北京 ? happened", "visit 克里 @北京 ? happened"]],
  ["拜登和石破茂抵达利马。", {}, ["visit 拜登 @利马 ? happened", "visit 石破茂 @利马 ? happened"]],
  ["拜登和石破茂抵達利馬。", {}, ["visit 拜登 @利马 ? happened", "visit 石破茂 @利马 ? happened"]],
  ["布林肯与耶伦各自前往北京。", {}, ["visit 布林肯 @北京 ? happened", "visit 耶伦 @北京 ? happened"]],
];

describe("events joint-visit", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
