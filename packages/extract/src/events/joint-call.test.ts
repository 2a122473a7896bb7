// Table test of calls with a team: one call when the counterparts are of one country, one each otherwise.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // counterparts of one country: one call of all, any conjunction, titles between
  ["何立峰应约与美国财长贝森特和贸易代表格里尔通电话。", {}, ["call 何立峰+贝森特+格里尔 @- ? happened"]],
  ["何立峰應約與美國財長貝森特和貿易代表格里爾通電話。", {}, ["call 何立峰+贝森特+格里尔 @- ? happened"]],
  ["何立峰与莱特希泽、姆努钦通电话，双方同意继续磋商。", {}, ["call 何立峰+莱特希泽+姆努钦 @- ? happened"]],
  ["何立峰與萊特希澤、姆努欽通電話，雙方同意繼續磋商。", {}, ["call 何立峰+莱特希泽+姆努钦 @- ? happened"]],
  ["王毅同布林肯及沙利文通了电话。", {}, ["call 王毅+布林肯+沙利文 @- ? happened"]],
  ["王毅同布林肯及沙利文通了電話。", {}, ["call 王毅+布林肯+沙利文 @- ? happened"]],
  ["布林肯将与王毅和秦刚通话。", {}, ["call 布林肯+王毅+秦刚 @- ? planned"]],
  ["布林肯將與王毅和秦剛通話。", {}, ["call 布林肯+王毅+秦刚 @- ? planned"]],
  // 分别/先后/各自: one call each
  ["何立峰分别与莱特希泽和姆努钦通电话。", {}, ["call 何立峰+莱特希泽 @- ? happened", "call 何立峰+姆努钦 @- ? happened"]],
  ["何立峰先後與萊特希澤和姆努欽通電話。", {}, ["call 何立峰+莱特希泽 @- ? happened", "call 何立峰+姆努钦 @- ? happened"]],
  // leaders of different countries: one call each
  ["特朗普将与文在寅和安倍晋三通电话。", {}, ["call 特朗普+文在寅 @- ? planned", "call 特朗普+安倍晋三 @- ? planned"]],
  ["川普將與文在寅和安倍晉三通電話。", {}, ["call 特朗普+文在寅 @- ? planned", "call 特朗普+安倍晋三 @- ? planned"]],
];

describe("events joint-call", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
