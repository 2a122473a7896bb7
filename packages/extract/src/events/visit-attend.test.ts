// Table test of attending an event a place names (出席巴黎圣母院重新开放典礼): a visit to that place.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

const D = "2025-03-01";
const T = month("去年12月", "2024-12");

/** Each row: sentence, times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // the place that names the attended event is where it is held
  ["去年12月，特朗普出席巴黎圣母院重新开放典礼。", T, ["visit 特朗普 @巴黎 2024-12-01 happened"], D],
  ["去年12月，特朗普出席巴黎聖母院重新開放典禮。", T, ["visit 特朗普 @巴黎 2024-12-01 happened"], D],
  ["马克龙出席东京奥运会开幕式。", T, ["visit 马克龙 @东京 ? happened"], D],
  ["馬克龍出席東京奧運會開幕式。", T, ["visit 马克龙 @东京 ? happened"], D],
  ["李强出席新加坡香格里拉对话会议。", T, ["visit 李强 @新加坡 2024-06-01 happened"], D],
  ["李強出席新加坡香格里拉對話會議。", T, ["visit 李强 @新加坡 2024-06-01 happened"], D],
  ["岸田文雄出席莫斯科红场阅兵。", T, ["visit 岸田文雄 @莫斯科 ? happened"], D],
  ["岸田文雄出席莫斯科紅場閱兵。", T, ["visit 岸田文雄 @莫斯科 ? happened"], D],
  ["布林肯参加巴黎和平论坛。", T, ["visit 布林肯 @巴黎 ? happened"], D],
  ["布林肯參加巴黎和平論壇。", T, ["visit 布林肯 @巴黎 ? happened"], D],
  // the attendee's own country, a person's modifier, a place of no named event, a list of places: no such visit
  ["习近平出席北京冬奥会开幕式。", T, [], D],
  ["習近平出席北京冬奧會開幕式。", T, [], D],
  ["普京出席莫斯科的会谈。", T, [], D],
  // an inauguration is held in the country of the person sworn in (a modifier 美国 is no destination of its own)
  ["韩正出席美国总统拜登的就职典礼。", T, ["visit 韩正 @美国 ? happened"], D],
  ["韓正出席美國總統拜登的就職典禮。", T, ["visit 韩正 @美国 ? happened"], D],
  ["韩正将作为习近平的特别代表出席特朗普的就职典礼。", T, ["visit 韩正 @美国 ? planned"], D],
  ["韓正將作為習近平的特別代表出席特朗普的就職儀式。", T, ["visit 韩正 @美国 ? planned"], D],
  ["特朗普在去年12月宣誓就职。韩正出席了就职典礼。", T, ["visit 韩正 @美国 2024-12-01 happened"], D],
  ["习近平出席普京的就职仪式。", T, ["visit 习近平 @俄罗斯 ? happened"], D],
  ["习近平出席他的就职典礼。", T, [], D],
  // a stand-in attends where the other did not go
  ["习近平没有出席东京的峰会，由李强代表中国与会。", T, ["visit 习近平 @东京 ? not-happened", "visit 李强 @东京 ? happened"], D],
  ["習近平沒有出席東京的峰會，由李強代表中國與會。", T, ["visit 习近平 @东京 ? not-happened", "visit 李强 @东京 ? happened"], D],
  ["拜登没有出席在新加坡举行的峰会，而是由布林肯代表出席。", T, ["visit 拜登 @新加坡 ? not-happened", "visit 布林肯 @新加坡 ? happened"], D],
  ["拜登沒有出席在新加坡舉行的峰會，而是由布林肯代表出席。", T, ["visit 拜登 @新加坡 ? not-happened", "visit 布林肯 @新加坡 ? happened"], D],
  ["布林肯代表拜登出席会议。", T, [], D],
  ["特朗普出席巴黎和东京的活动。", T, [], D],
];

describe("events visit-attend", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
