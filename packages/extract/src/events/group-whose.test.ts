// Table test of patrons in group meetings: 普京助理乌沙科夫 names 乌沙科夫, not 普京, as a participant.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence(s), times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // a patron right before the aide
  ["布林肯和沙利文与王毅及习近平特使韩正举行会谈。", {}, ["meeting 布林肯+沙利文+王毅+韩正 @- ? happened"]],
  ["布林肯和沙利文與王毅及習近平特使韓正舉行會談。", {}, ["meeting 布林肯+沙利文+王毅+韩正 @- ? happened"]],
  ["王毅和谢锋与沙利文及拜登的国家安全顾问布林肯举行会谈。", {}, ["meeting 王毅+谢锋+沙利文+布林肯 @- ? happened"]],
  ["王毅和謝鋒與沙利文及拜登的首席顧問布林肯舉行會談。", {}, ["meeting 王毅+谢锋+沙利文+布林肯 @- ? happened"]],
  ["拜登的国家安全顾问沙利文与王毅和谢锋会谈。", {}, ["meeting 沙利文+王毅+谢锋 @- ? happened"]],
  // a participant named in their own right stays
  ["拜登与习近平及普京举行会谈。", {}, ["meeting 拜登+习近平+普京 @- ? happened"]],
  ["布林肯和沙利文与王毅及习近平举行会谈。", {}, ["meeting 布林肯+沙利文+王毅+习近平 @- ? happened"]],
  ["布林肯和沙利文與王毅及習近平舉行會談。", {}, ["meeting 布林肯+沙利文+王毅+习近平 @- ? happened"]],
];

describe("events group-whose", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
