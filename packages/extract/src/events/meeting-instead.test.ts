// Table test: a call made instead of a meeting (没有与她见面，而是与她通了约40分钟的电话), its length inside 通了…电话.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence(s), their times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // 而是/改为/转而: what was done instead takes no not-happened from the clause before
  ["佩洛西周四抵达首尔。尹锡悦没有与她见面，而是与她通了电话。", {}, ["visit 佩洛西 @首尔 ? happened", "meeting 尹锡悦+佩洛西 @- ? not-happened", "call 尹锡悦+佩洛西 @- ? happened"]],
  ["佩洛西週四抵達首爾。尹錫悅沒有與她見面，而是與她通了電話。", {}, ["visit 佩洛西 @首尔 ? happened", "meeting 尹锡悦+佩洛西 @- ? not-happened", "call 尹锡悦+佩洛西 @- ? happened"]],
  ["佩洛西周四抵达首尔。尹锡悦因休假未与她会面，改为与她通电话。", {}, ["visit 佩洛西 @首尔 ? happened", "meeting 尹锡悦+佩洛西 @- ? not-happened", "call 尹锡悦+佩洛西 @- ? happened"]],
  ["佩洛西週四抵達首爾。尹錫悅因休假未與她會面，轉而與她通電話。", {}, ["visit 佩洛西 @首尔 ? happened", "meeting 尹锡悦+佩洛西 @- ? not-happened", "call 尹锡悦+佩洛西 @- ? happened"]],
  // a clause naming nobody: its subject carried, its counterpart 她/他 from before
  ["佩洛西周四抵达首尔。尹锡悦正在休假，没有与她见面，而是与她通了约40分钟的电话。", {}, ["visit 佩洛西 @首尔 ? happened", "meeting 尹锡悦+佩洛西 @- ? not-happened", "call 尹锡悦+佩洛西 @- ? happened"]],
  ["克里抵达北京。韩正当天下午在人民大会堂与他会面。", {}, ["visit 克里 @北京 ? happened", "meeting 韩正+克里 @人民大会堂 ? happened"]],
  // the call's length written inside 通了…电话
  ["拜登与习近平通了两个多小时的电话。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["拜登與習近平通了約90分鐘電話。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["普京同马克龙通了近一个小时的电话。", {}, ["call 普京+马克龙 @- ? happened"]],
  ["普京同馬克龍通了逾半小時的電話。", {}, ["call 普京+马克龙 @- ? happened"]],
  // no call: 通了 a road, 电话 as a number
  ["拜登说两国通了一条新的热线，并公布了电话号码。", {}, []],
];

describe("events meeting-instead", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
