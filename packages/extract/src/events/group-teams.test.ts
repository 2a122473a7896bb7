// Table test of team talks whose leads are listed after them as two sides: one meeting of all the leads.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { days, showEvents } from "./testing.ts";

/** Each row: sentence(s), times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // the leads in the next sentence of the paragraph
  ["双方经贸团队于25日至26日在吉隆坡举行了新一轮磋商。贝森特和格里尔与何立峰达成了一份初步框架。", days("25日至26日", "2025-10-25", "2025-10-26"), ["meeting 贝森特+格里尔+何立峰 @吉隆坡 2025-10-25 happened"], "2025-10-30"],
  ["雙方經貿團隊於25日至26日在吉隆坡舉行了新一輪磋商。貝森特和格里爾與何立峰達成了一份初步框架。", days("25日至26日", "2025-10-25", "2025-10-26"), ["meeting 贝森特+格里尔+何立峰 @吉隆坡 2025-10-25 happened"], "2025-10-30"],
  // the leads in the next clause, the English name in parentheses
  ["中美经贸团队在吉隆坡举行了磋商，贝森特（Bessent）和格里尔与何立峰达成初步共识。", {}, ["meeting 贝森特+格里尔+何立峰 @吉隆坡 ? happened"]],
  ["中美經貿團隊在吉隆坡舉行了磋商，貝森特和格里爾同何立峰達成初步共識。", {}, ["meeting 贝森特+格里尔+何立峰 @吉隆坡 ? happened"]],
  // a plan; the counterparts met each in turn are the talks
  ["中美代表团将在吉隆坡举行会谈。何立峰将与贝森特、格里尔会面。", {}, ["meeting 何立峰+贝森特+格里尔 @- ? planned"]],
  ["中美代表團將在吉隆坡舉行會談。何立峰將與貝森特、格里爾會面。", {}, ["meeting 何立峰+贝森特+格里尔 @- ? planned"]],
  // two leads: the pair as before
  ["中美经贸团队在吉隆坡举行了磋商，贝森特与何立峰达成初步共识。", {}, ["meeting 贝森特+何立峰 @吉隆坡 ? happened"]],
  // one side only, or no team talks: nothing
  ["双方团队在吉隆坡举行了磋商。贝森特和格里尔随后返回华盛顿。", {}, []],
  ["贝森特和格里尔与何立峰达成了一份初步框架。", {}, []],
  ["雙方團隊在吉隆坡舉行了磋商。貝森特和格里爾隨後返回華盛頓。", {}, []],
];

describe("events group-teams", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
