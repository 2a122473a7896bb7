// Table test of visitors named elsewhere: 两人都是来X出席… (each of the pair), and 依行程，她… (a lead-in before the pronoun).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

const D = "2023-10-10";

/** Each row: sentences, times, the events as "type A @place date status", the document date. */
const ROWS: Row[] = [
  // 两人/二人/两国元首 opening the clause: each of the pair last named is a visitor
  ["王毅与布林肯7日会谈。两人都是来巴厘岛出席外长会议。", {}, ["meeting 王毅+布林肯 @- ? happened", "visit 王毅 @巴厘岛 ? happened", "visit 布林肯 @巴厘岛 ? happened"], D],
  ["王毅與布林肯7日會談。兩人都是來巴厘島出席外長會議。", {}, ["meeting 王毅+布林肯 @- ? happened", "visit 王毅 @巴厘岛 ? happened", "visit 布林肯 @巴厘岛 ? happened"], D],
  ["李强与朔尔茨会谈。二人均来柬埔寨出席东盟会议。", {}, ["meeting 李强+朔尔茨 @- ? happened", "visit 李强 @柬埔寨 ? happened", "visit 朔尔茨 @柬埔寨 ? happened"], D],
  ["李強與朔爾茨會談。二人均來柬埔寨出席東盟會議。", {}, ["meeting 李强+朔尔茨 @- ? happened", "visit 李强 @柬埔寨 ? happened", "visit 朔尔茨 @柬埔寨 ? happened"], D],
  ["秦刚与布林肯会谈。两人均来印尼出席东盟外长会议。", {}, ["meeting 秦刚+布林肯 @- ? happened", "visit 秦刚 @印尼 ? happened", "visit 布林肯 @印尼 ? happened"], D],
  ["秦剛與布林肯會談。兩人均來印尼出席東盟外長會議。", {}, ["meeting 秦刚+布林肯 @- ? happened", "visit 秦刚 @印尼 ? happened", "visit 布林肯 @印尼 ? happened"], D],
  // the host in its own country is no visitor
  ["拜登与习近平会晤。两国元首都将出席在旧金山举行的峰会。", {}, ["meeting 拜登+习近平 @- ? happened", "visit 习近平 @旧金山 ? planned", "meeting 拜登+习近平 @旧金山 ? planned"], D],
  ["拜登與習近平會晤。兩國元首都將出席在舊金山舉行的峰會。", {}, ["meeting 拜登+习近平 @- ? happened", "visit 习近平 @旧金山 ? planned", "meeting 拜登+习近平 @旧金山 ? planned"], D],
  ["耶伦与何立峰会谈。两人都在旧金山出席会议。", {}, ["meeting 耶伦+何立峰 @- ? happened", "visit 何立峰 @旧金山 ? happened"], D],
  // a pair moving across town (a venue), no pair named, 双方 (the two sides): no visit
  ["拜登与习近平会晤。两人随即同车前往白宫。", {}, ["meeting 拜登+习近平 @- ? happened"], D],
  ["拜登與習近平會晤。兩人隨即同車前往白宮。", {}, ["meeting 拜登+习近平 @- ? happened"], D],
  ["两人都是来巴厘岛出席外长会议。", {}, [], D],
  ["兩人都是來巴厘島出席外長會議。", {}, [], D],
  ["布林肯与王毅会谈。双方都同意访问北京。", {}, ["meeting 布林肯+王毅 @- ? happened"], D],
  ["布林肯與王毅會談。雙方都同意訪問北京。", {}, ["meeting 布林肯+王毅 @- ? happened"], D],
  // a lead-in (依行程, 据报道, 此外, 据悉, 按照安排) before the 他/她 clause: the previous sentence's subject
  ["耶伦抵达北京。依行程，她预计前往上海，傍晚搭机离开，前往东京。", {}, ["visit 耶伦 @北京 ? happened", "visit 耶伦 @上海 ? planned", "visit 耶伦 @东京 ? planned"], D],
  ["耶倫抵達北京。依行程，她預計前往上海，傍晚搭機離開，前往東京。", {}, ["visit 耶伦 @北京 ? happened", "visit 耶伦 @上海 ? planned", "visit 耶伦 @东京 ? planned"], D],
  ["耶伦抵达北京。据报道，她将前往上海。", {}, ["visit 耶伦 @北京 ? happened", "visit 耶伦 @上海 ? planned"], D],
  ["耶倫抵達北京。據報道，她將前往上海。", {}, ["visit 耶伦 @北京 ? happened", "visit 耶伦 @上海 ? planned"], D],
  ["布林肯结束会谈。此外，他还将访问日本。", {}, ["visit 布林肯 @日本 ? planned"], D],
  ["布林肯結束會談。此外，他還將訪問日本。", {}, ["visit 布林肯 @日本 ? planned"], D],
  ["王毅会见布林肯。据悉，他随后前往莫斯科。", {}, ["meeting 王毅+布林肯 @- ? happened", "visit 王毅 @莫斯科 ? happened"], D],
  ["王毅會見布林肯。據悉，他隨後前往莫斯科。", {}, ["meeting 王毅+布林肯 @- ? happened", "visit 王毅 @莫斯科 ? happened"], D],
  ["岸田文雄抵达巴黎。按照安排，他随后前往德国。", {}, ["visit 岸田文雄 @巴黎 ? happened", "visit 岸田文雄 @德国 ? happened"], D],
  ["岸田文雄抵達巴黎。按照安排，他隨後前往德國。", {}, ["visit 岸田文雄 @巴黎 ? happened", "visit 岸田文雄 @德国 ? happened"], D],
  ["特朗普发文说，他的女儿前往东京。", {}, [], D],
];

describe("events visit-pair", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});
