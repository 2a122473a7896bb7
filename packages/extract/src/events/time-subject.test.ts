// Table test of the same subject's earlier date lent to an undated event of a later clause (done or undone only).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // an undone leg of the same traveller's dated trip
  ["特朗普10月访问了首尔，特朗普并未前往北京。", month("10月", "2025-10"), ["visit 特朗普 @首尔 2025-10-01 happened", "visit 特朗普 @北京 2025-10-01 not-happened"], "2025-11-10"],
  ["川普10月訪問了首爾，川普並未前往北京。", month("10月", "2025-10"), ["visit 特朗普 @首尔 2025-10-01 happened", "visit 特朗普 @北京 2025-10-01 not-happened"], "2025-11-10"],
  ["王毅6月访问了莫斯科，王毅并未前往东京。", month("6月", "2024-06"), ["visit 王毅 @莫斯科 2024-06-01 happened", "visit 王毅 @东京 2024-06-01 not-happened"], "2024-07-10"],
  ["王毅6月訪問了莫斯科，王毅並未前往東京。", month("6月", "2024-06"), ["visit 王毅 @莫斯科 2024-06-01 happened", "visit 王毅 @东京 2024-06-01 not-happened"], "2024-07-10"],
  ["布林肯3月访问了首尔，布林肯随后又会见了尹锡悦。", month("3月", "2024-03"), ["visit 布林肯 @首尔 2024-03-01 happened", "meeting 布林肯+尹锡悦 @- 2024-03-01 happened"], "2024-04-10"],
  ["布林肯3月訪問了首爾，布林肯隨後又會見了尹錫悅。", month("3月", "2024-03"), ["visit 布林肯 @首尔 2024-03-01 happened", "meeting 布林肯+尹锡悦 @- 2024-03-01 happened"], "2024-04-10"],
  // a plan is dated by its own words; another subject lends nothing
  ["拜登5月会见了岸田文雄，拜登并称将访问日本。", month("5月", "2024-05"), ["meeting 拜登+岸田文雄 @- 2024-05-01 happened", "visit 拜登 @日本 ? planned"], "2024-06-10"],
  ["拜登5月會見了岸田文雄，拜登並稱將訪問日本。", month("5月", "2024-05"), ["meeting 拜登+岸田文雄 @- 2024-05-01 happened", "visit 拜登 @日本 ? planned"], "2024-06-10"],
  ["耶伦4月访问了广州，雷蒙多则访问了上海。", month("4月", "2024-04"), ["visit 耶伦 @广州 2024-04-01 happened", "visit 雷蒙多 @上海 ? happened"], "2024-06-10"],
  ["特朗普9月表示将与习近平会面，习近平也将适时访问美国。", {}, ["meeting 特朗普+习近平 @- ? planned", "visit 习近平 @美国 ? planned"], "2025-10-01"],
  ["拜登5月会见了岸田文雄，岸田文雄并未前往北京。", month("5月", "2024-05"), ["meeting 拜登+岸田文雄 @- 2024-05-01 happened", "visit 岸田文雄 @北京 ? not-happened"], "2024-06-10"],
  ["耶倫4月訪問了廣州，雷蒙多則訪問了上海。", month("4月", "2024-04"), ["visit 耶伦 @广州 2024-04-01 happened", "visit 雷蒙多 @上海 ? happened"], "2024-06-10"],
];

describe("events time subject", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
