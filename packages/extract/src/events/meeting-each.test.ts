// Table test: one subject meets each of a 与-list in turn (会面/会见/会晤), and a topic before 是/称 is no side.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: a paragraph, its times, the meetings as "type A+B @place date status" (visits are left to their own tests). */
const ROWS: Row[] = [
  // 与A、B以及C会面: one courtesy meeting with each counterpart
  ["雷蒙多与李强、何立峰会面。", {}, ["meeting 雷蒙多+李强 @- ? happened", "meeting 雷蒙多+何立峰 @- ? happened"]],
  ["雷蒙多與李強、何立峰會面。", {}, ["meeting 雷蒙多+李强 @- ? happened", "meeting 雷蒙多+何立峰 @- ? happened"]],
  ["舒默此前曾与习近平、王毅以及时任外长秦刚见面。", {}, ["meeting 舒默+习近平 @- ? happened", "meeting 舒默+王毅 @- ? happened", "meeting 舒默+秦刚 @- ? happened"]],
  ["舒默此前曾與習近平、王毅以及時任外長秦剛見面。", {}, ["meeting 舒默+习近平 @- ? happened", "meeting 舒默+王毅 @- ? happened", "meeting 舒默+秦刚 @- ? happened"]],
  ["克里预计将与国务院副总理韩正、外长王毅及其他官员会晤。", {}, ["meeting 克里+韩正 @- ? planned", "meeting 克里+王毅 @- ? planned"]],
  ["克里預計將與國務院副總理韓正、外長王毅及其他官員會晤。", {}, ["meeting 克里+韩正 @- ? planned", "meeting 克里+王毅 @- ? planned"]],
  ["耶伦访华期间同李强和何立峰会面。", {}, ["meeting 耶伦+李强 @- ? happened", "meeting 耶伦+何立峰 @- ? happened"]],
  ["耶倫訪華期間跟李強和何立峰會面。", {}, ["meeting 耶伦+李强 @- ? happened", "meeting 耶伦+何立峰 @- ? happened"]],
  ["布林肯抵达北京。他随后与王毅、习近平会晤。", {}, ["meeting 布林肯+王毅 @- ? happened", "meeting 布林肯+习近平 @- ? happened"]],
  // together (共同, 三方, 中俄印, video) or talks at one table (会谈, 磋商): one meeting of all
  ["习近平与岸田文雄、普京举行中俄印领导人会晤。", {}, ["meeting 习近平+岸田文雄+普京 @- ? happened"]],
  ["習近平與岸田文雄、普京舉行中俄印領導人會晤。", {}, ["meeting 习近平+岸田文雄+普京 @- ? happened"]],
  ["习近平与岸田文雄和普京共同会面。", {}, ["meeting 习近平+岸田文雄+普京 @- ? happened"]],
  ["拜登与岸田文雄、尹锡悦举行三方会晤。", {}, ["meeting 拜登+岸田文雄+尹锡悦 @- ? happened"]],
  ["何立峰与莱特希泽、姆努钦举行会谈。", {}, ["meeting 何立峰+莱特希泽+姆努钦 @- ? happened"]],
  ["布林肯和沙利文与秦刚、王毅会晤。", {}, ["meeting 布林肯+沙利文+秦刚+王毅 @- ? happened"]],
  // a topic before 是/称/表示 is not a side of the meeting after it
  ["布林肯此行是拜登与习近平去年在巴厘岛举行会晤时商定的。", {}, ["meeting 拜登+习近平 @巴厘岛 ? happened"]],
  ["布林肯此行是拜登與習近平去年在巴厘島舉行會晤時商定的。", {}, ["meeting 拜登+习近平 @巴厘岛 ? happened"]],
  ["王毅表示拜登与习近平举行了会晤。", {}, ["meeting 拜登+习近平 @- ? happened"]],
  ["王毅稱拜登與習近平舉行了會晤。", {}, ["meeting 拜登+习近平 @- ? happened"]],
];

describe("events meeting-each", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].filter((e) => !e.startsWith("visit")).sort()).toEqual([...want].sort());
  });
});

/** 陪同 with nobody accompanied after it: people of an entourage attending, no meeting of their own. */
const ENTOURAGE_ROWS: Row[] = [
  ["布林肯、沙利文以及王毅等人陪同出席。", {}, []],
  ["布林肯、沙利文以及王毅等人陪同出席會見。", {}, []],
  ["布林肯、沙利文以及中方的外长王毅陪同会见。", {}, []],
  ["布林肯、沙利文以及中方的外長王毅陪同會見。", {}, []],
  ["会谈在酒店举行，布林肯和王毅陪同。", {}, []],
  ["會談在酒店舉行，布林肯和王毅陪同。", {}, []],
  ["沙利文与王毅等人陪同参加了会晤。", {}, []],
  ["沙利文與王毅等人陪同參加了會晤。", {}, []],
  ["朔尔茨陪同李强参观了工厂。", {}, ["meeting 朔尔茨+李强 @- ? happened"]],
  ["朔爾茨陪同李強參觀了工廠。", {}, ["meeting 朔尔茨+李强 @- ? happened"]],
];

describe("events meeting-each entourage", () => {
  it.each(ENTOURAGE_ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].filter((e) => !e.startsWith("visit")).sort()).toEqual([...want].sort());
  });
});
