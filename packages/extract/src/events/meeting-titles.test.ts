// Table test: a counterpart after 与/同 may carry a long office (中共中央外事工作委员会办公室主任) before the name.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // the subject carried from the clause before, a long office before the counterpart
  ["布林肯出席东盟会议期间，与中共中央外事工作委员会办公室主任王毅会面。", {}, ["meeting 布林肯+王毅 @- ? happened"]],
  ["布林肯出席東盟會議期間，與中共中央外事工作委員會辦公室主任王毅會面。", {}, ["meeting 布林肯+王毅 @- ? happened"]],
  ["沙利文抵达维也纳后，随即同中共中央政治局委员、中央外办主任王毅举行会谈。", {}, ["visit 沙利文 @维也纳 ? happened", "meeting 沙利文+王毅 @维也纳 ? happened"]],
  ["沙利文抵達維也納後，隨即同中共中央政治局委員、中央外辦主任王毅舉行會談。", {}, ["visit 沙利文 @维也纳 ? happened", "meeting 沙利文+王毅 @维也纳 ? happened"]],
  ["耶伦在北京停留期间，与中国国务院副总理兼中美全面经济对话中方牵头人何立峰会谈。", {}, ["meeting 耶伦+何立峰 @北京 ? happened"]],
  ["奥斯汀在新加坡出席东盟防长会议期间，跟中国国务委员兼国防部长魏凤和见面。", {}, ["visit 奥斯汀 @新加坡 ? happened", "meeting 奥斯汀+魏凤和 @新加坡 ? happened"]],
  // the subject named in the same clause
  ["布林肯在雅加达与中共中央政治局委员、中央外事工作委员会办公室主任王毅会面。", {}, ["meeting 布林肯+王毅 @- ? happened"]],
  ["佩洛西在首尔与大韩民国第二十任总统尹锡悦通电话。", {}, ["call 佩洛西+尹锡悦 @首尔 ? happened"]],
  // a short title keeps working as before
  ["克里在北京与国务院副总理韩正会面。", {}, ["meeting 克里+韩正 @北京 ? happened"]],
  // a verb inside the long stretch: the person after it is not the counterpart of 与
  ["布林肯与国务院官员在会上讨论了由外交部长王毅提出的建议。", {}, []],
];

describe("events meeting-titles", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
