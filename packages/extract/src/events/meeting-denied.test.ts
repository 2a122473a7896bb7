// Table test of denied meetings after a lesser contact: 两人握手并简短交谈，但没有举行正式会谈 → no meeting happened.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // 任何/任何形式的 between the negation and the meeting widens it: still no meeting
  ["奥斯汀在晚宴上与董军握手，并有短暂交谈。不过，两人此次没有举行任何正式会谈。", {}, ["meeting 奥斯汀+董军 @- ? not-happened"]],
  ["奧斯汀在晚宴上與董軍握手，並有短暫交談。不過，兩人此次沒有舉行任何正式會談。", {}, ["meeting 奥斯汀+董军 @- ? not-happened"]],
  ["奥斯汀与董军此次没有举行任何形式的会谈。", {}, ["meeting 奥斯汀+董军 @- ? not-happened"]],
  ["奧斯汀與董軍此次並未進行任何形式的會晤。", {}, ["meeting 奥斯汀+董军 @- ? not-happened"]],
  ["王毅与布林肯并未举行任何会谈。", {}, ["meeting 王毅+布林肯 @- ? not-happened"]],
  // the talk is the denied meeting: not-happened, whether or not the denial names the pair again
  ["王毅与布林肯在晚宴上交谈，但没有举行会谈。", {}, ["meeting 王毅+布林肯 @- ? not-happened"]],
  ["王毅與布林肯在晚宴上交談，但沒有舉行會談。", {}, ["meeting 王毅+布林肯 @- ? not-happened"]],
  ["奥斯汀与董军寒暄交谈，但未举行正式会晤。", {}, ["meeting 奥斯汀+董军 @- ? not-happened"]],
  ["奧斯汀與董軍寒暄交談，但未舉行正式會晤。", {}, ["meeting 奥斯汀+董军 @- ? not-happened"]],
  ["拜登与习近平在峰会上短暂交谈，双方并未举行双边会谈。", {}, ["meeting 拜登+习近平 @- ? not-happened"]],
  ["拜登與習近平在峰會上短暫交談，雙方並未舉行雙邊會談。", {}, ["meeting 拜登+习近平 @- ? not-happened"]],
  ["岸田文雄与李强在晚宴上交谈，但两人没有会面。", {}, ["meeting 岸田文雄+李强 @- ? not-happened"]],
  ["岸田文雄與李強在晚宴上交談，但兩人沒有會面。", {}, ["meeting 岸田文雄+李强 @- ? not-happened"]],
  ["布林肯与王毅在会场交谈，但没有举行会晤。", {}, ["meeting 布林肯+王毅 @- ? not-happened"]],
  ["布林肯與王毅在會場交談，但沒有舉行會晤。", {}, ["meeting 布林肯+王毅 @- ? not-happened"]],
  ["奥斯汀与魏凤和握手并简短交谈，但两人没有举行正式会谈。", {}, ["meeting 奥斯汀+魏凤和 @- ? not-happened"]],
  ["奧斯汀與魏鳳和握手並簡短交談，但兩人沒有舉行正式會談。", {}, ["meeting 奥斯汀+魏凤和 @- ? not-happened"]],
  // 两人/双方 after a pair named in the same sentence is that pair
  ["奥斯汀与魏凤和只在晚宴上握手寒暄，两人没有举行会谈。", {}, ["meeting 奥斯汀+魏凤和 @- ? not-happened"]],
  ["奧斯汀與魏鳳和只在晚宴上握手寒暄，兩人沒有舉行會談。", {}, ["meeting 奥斯汀+魏凤和 @- ? not-happened"]],
  ["王毅与布林肯在晚宴上握手，双方没有会面。", {}, ["meeting 王毅+布林肯 @- ? not-happened"]],
  ["王毅與布林肯在晚宴上握手，雙方沒有會面。", {}, ["meeting 王毅+布林肯 @- ? not-happened"]],
  // a talk inside a call or meeting that happened is that event
  ["拜登与习近平在通话中讨论了台湾问题。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["拜登與習近平在通話中討論了台灣問題。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["王毅与布林肯举行会谈，讨论了双边关系。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  ["王毅與布林肯舉行會談，討論了雙邊關係。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
];

describe("events meeting-denied", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
