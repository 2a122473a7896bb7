// Table test of visit destinations beyond the first place: multi-city trips, a guest's host country, 赴华府.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // several cities of one country: one visit to the country (the trip), not to the first city only
  ["马克龙先后到访广州、上海和北京。", {}, ["visit 马克龙 @中国 ? happened"]],
  ["馬克龍先後到訪廣州、上海和北京。", {}, ["visit 马克龙 @中国 ? happened"]],
  ["耶伦先后访问了广州和北京。", {}, ["visit 耶伦 @中国 ? happened"]],
  // cities of different countries are no single trip: one visit to each (itinerary.ts)
  ["布林肯访问北京和东京。", {}, ["visit 布林肯 @北京 ? happened", "visit 布林肯 @东京 ? happened"]],
  // a guest of a relative clause came to the host's country
  ["习近平为到访的马克龙举行欢迎仪式。", {}, ["visit 马克龙 @中国 ? happened"]],
  ["習近平為到訪的馬克龍舉行歡迎儀式。", {}, ["visit 马克龙 @中国 ? happened"]],
  // 赴华府: 赴 before the name, not 赴华 (to China)
  ["韩正将赴华府观礼。", {}, ["visit 韩正 @华盛顿 ? planned"]],
  ["韓正將赴華府觀禮。", {}, ["visit 韩正 @华盛顿 ? planned"]],
  // 出席就职典礼: where and when the text placed the inauguration; 以X特别代表身分: X is represented, not the visitor
  ["特朗普将于20日在华盛顿宣誓就职。韩正将以习近平特别代表身分出席就职典礼。", { "20日": ["2025-01-20", "2025-01-20", "day"] }, ["visit 韩正 @华盛顿 2025-01-20 planned"], "2025-01-18"],
  ["川普將於20日在華府宣誓就職。韓正將以習近平特別代表身分出席就職典禮。", { "20日": ["2025-01-20", "2025-01-20", "day"] }, ["visit 韩正 @华盛顿 2025-01-20 planned"], "2025-01-18"],
  ["韩正将出席就职典礼。", {}, []],
];

describe("events trips", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
