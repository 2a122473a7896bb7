// Table test of plans marked as only the original ones (原计划, 原本预计) or given to another (但最终改派).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // only the original plan: it did not happen as planned
  ["耶伦原计划3月10日访问北京。", day("3月10日", "2023-03-10"), ["visit 耶伦 @北京 2023-03-10 not-happened"]],
  ["葉倫原計劃3月10日訪問北京。", day("3月10日", "2023-03-10"), ["visit 耶伦 @北京 2023-03-10 not-happened"]],
  ["克里原订下周前往北京。", {}, ["visit 克里 @北京 ? not-happened"]],
  ["克里原訂下週前往北京。", {}, ["visit 克里 @北京 ? not-happened"]],
  ["外界原本预计拜登会在巴黎会见马克龙。", {}, ["meeting 拜登+马克龙 @巴黎 ? not-happened"]],
  ["外界原本預計拜登會在巴黎會見馬克龍。", {}, ["meeting 拜登+马克龙 @巴黎 ? not-happened"]],
  ["雷蒙多本来打算与何立峰通电话。", {}, ["call 雷蒙多+何立峰 @- ? not-happened"]],
  ["雷蒙多本來打算與何立峰通電話。", {}, ["call 雷蒙多+何立峰 @- ? not-happened"]],
  ["舒默原先计划率团访问北京。", {}, ["visit 舒默 @北京 ? not-happened"]],
  // expected, then given to another
  ["原本外界预期习近平会前往纽约，但北京最终改派韩正出席。", {}, ["visit 习近平 @纽约 ? not-happened", "visit 韩正 @纽约 ? happened"]],
  ["原本外界預期習近平會前往紐約，但北京最終改派韓正出席。", {}, ["visit 习近平 @纽约 ? not-happened", "visit 韩正 @纽约 ? happened"]],
  ["李强起初准备访问东京，后来作罢。", {}, ["visit 李强 @东京 ? not-happened"]],
  ["李強起初準備訪問東京，後來作罷。", {}, ["visit 李强 @东京 ? not-happened"]],
  // 原本可能 / 原本有望 … 落空: a possible event that came to nothing
  ["拜登与习近平原本可能在罗马实现的会晤落空。", {}, ["meeting 拜登+习近平 @- ? not-happened"]],
  ["拜登與習近平原本可能在羅馬實現的會晤落空。", {}, ["meeting 拜登+习近平 @- ? not-happened"]],
  ["王毅原本有望与布林肯会晤，但会晤最终落空。", {}, ["meeting 王毅+布林肯 @- ? not-happened"]],
  ["王毅原本有望與布林肯會晤，但會晤最終落空。", {}, ["meeting 王毅+布林肯 @- ? not-happened"]],
  // the plan was kept, or 原本 is no plan
  ["耶伦按原定计划访问北京。", {}, ["visit 耶伦 @北京 ? planned"]],
  ["葉倫按原訂計劃訪問北京。", {}, ["visit 耶伦 @北京 ? planned"]],
  ["克里原定3月10日的访问如期进行，他抵达北京。", day("3月10日", "2023-03-10"), ["visit 克里 @北京 2023-03-10 happened"]],
  ["王毅原本就与布林肯熟识，两人在慕尼黑会晤。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  ["原本負責經貿的何立峰在北京會見葉倫。", {}, ["meeting 何立峰+耶伦 @北京 ? happened"]],
  // a noun that is the object of another plan stays that plan's
  ["美国官员最初预计他将出席联大并可能来华盛顿筹备拜习会。", {}, ["meeting 拜登+习近平 @- ? possible"]],
  // the original plan in the carried subject's clause reaches the next leg it names
  ["据悉，赖清德原先打算在关岛停留两晚，返程再过境旧金山。", {}, ["visit 赖清德 @旧金山 ? not-happened"]],
  ["據悉，賴清德原先打算在關島停留兩晚，返程再過境舊金山。", {}, ["visit 赖清德 @旧金山 ? not-happened"]],
  ["王毅原定下周抵达华盛顿，随后会见布林肯。", {}, ["visit 王毅 @华盛顿 ? not-happened", "meeting 王毅+布林肯 @华盛顿 ? not-happened"]],
  ["王毅原定下週抵達華盛頓，隨後會見布林肯。", {}, ["visit 王毅 @华盛顿 ? not-happened", "meeting 王毅+布林肯 @华盛顿 ? not-happened"]],
  ["耶伦原本打算在广州停留两天，再前往北京。", {}, ["visit 耶伦 @北京 ? not-happened"]],
  ["耶倫原本打算在廣州停留兩天，再前往北京。", {}, ["visit 耶伦 @北京 ? not-happened"]],
  // other cues of the subject's clause reach it too; a done clause stays done
  ["王毅预计下周抵达纽约，再前往华盛顿。", {}, ["visit 王毅 @纽约 ? planned", "visit 王毅 @华盛顿 ? planned"]],
  ["王毅預計下週抵達紐約，再前往華盛頓。", {}, ["visit 王毅 @纽约 ? planned", "visit 王毅 @华盛顿 ? planned"]],
  ["王毅没有出席晚宴，而是会见了布林肯。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  ["王毅沒有出席晚宴，而是會見了布林肯。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  ["王毅上午出席论坛，下午会见了布林肯。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
];

describe("events status overturned", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
