// Table test of contacts told by their content: a call by its other side (给B打电话, 接到B的电话), a meal (与B共进工作晚宴), a signing (与B签署).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: a sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // A给B打电话
  ["拜登给习近平打电话表示祝贺。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["拜登給習近平打電話表示祝賀。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["特朗普给赖清德打了一通电话。", {}, ["call 特朗普+赖清德 @- ? happened"]],
  ["特朗普給賴清德打了一通電話。", {}, ["call 特朗普+赖清德 @- ? happened"]],
  ["布林肯当天给王毅打过电话。", {}, ["call 布林肯+王毅 @- ? happened"]],
  ["普京当晚给马克龙打了个电话，讨论乌克兰局势。", {}, ["call 普京+马克龙 @- ? happened"]],
  ["赖清德否认曾给特朗普打电话。", {}, ["call 赖清德+特朗普 @- ? not-happened"]],
  // 打电话给B stays the transitive form; a call to no one named is none
  ["特朗普打电话给赖清德。", {}, ["call 特朗普+赖清德 @- ? happened"]],
  ["耶伦给记者打电话说明情况。", {}, []],
  // A接到B(打来)的电话, 接听B的电话, 接到B来电
  ["王毅当天接到布林肯打来的电话。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["王毅當天接到布林肯打來的電話。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["马克龙接听了习近平的电话。", {}, ["call 马克龙+习近平 @- ? happened"]],
  ["馬克龍接聽了習近平的電話。", {}, ["call 马克龙+习近平 @- ? happened"]],
  ["赖清德接到特朗普的祝贺电话。", {}, ["call 赖清德+特朗普 @- ? happened"]],
  ["普京接到马克龙来电。", {}, ["call 普京+马克龙 @- ? happened"]],
  ["外交部接到大量记者的电话询问。", {}, []],
  // meals with 与/同: a meeting
  ["拜登当晚与习近平举行私人晚宴。", {}, ["meeting 拜登+习近平 @- ? happened"]],
  ["拜登當晚與習近平舉行私人晚宴。", {}, ["meeting 拜登+习近平 @- ? happened"]],
  ["莱特希泽当晚与何立峰共进工作晚宴。", {}, ["meeting 莱特希泽+何立峰 @- ? happened"]],
  ["萊特希澤當晚與何立峰共進工作晚宴。", {}, ["meeting 莱特希泽+何立峰 @- ? happened"]],
  ["布林肯同王毅共进午餐。", {}, ["meeting 布林肯+王毅 @- ? happened"]],
  ["耶伦与何立峰共进早餐。", {}, ["meeting 耶伦+何立峰 @- ? happened"]],
  // a banquet for many, with no 与: no meeting
  ["习近平举行晚宴，欢迎出席峰会的各国领导人。", {}, []],
  // A与B签署: both sign together
  ["王毅与马克龙当天签署了合作协议。", {}, ["meeting 王毅+马克龙 @- ? happened"]],
  ["王毅與馬克龍當天簽署了合作協議。", {}, ["meeting 王毅+马克龙 @- ? happened"]],
  ["习近平和普京签署联合声明。", {}, ["meeting 习近平+普京 @- ? happened"]],
  ["習近平和普京簽署聯合聲明。", {}, ["meeting 习近平+普京 @- ? happened"]],
  ["文在寅同金正恩签订《9月平壤共同宣言》。", {}, ["meeting 文在寅+金正恩 @- ? happened"]],
  ["文在寅同金正恩簽訂《9月平壤共同宣言》。", {}, ["meeting 文在寅+金正恩 @- ? happened"]],
  // one signer, or a signing only referred to: no meeting
  ["拜登周五签署法案。", {}, []],
  ["根据特朗普与金正恩签署的联合声明，双方将继续谈判。", {}, []],
];

describe("events meeting-content", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
