// Table test: a contact said to repeat (3月27日再次通话), a 并 clause going on with the last subject, 致电/打电话给.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, days, showEvents, times } from "./testing.ts";

const FEB_MAR = times(day("2月7日", "2020-02-07"), day("3月27日", "2020-03-27"));

/** Each row: sentence(s), their times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // 再次/再度/又: the pair the sentence joined before, on its own date
  ["特朗普与习近平2月7日通电话讨论疫情，3月27日再次通话。", FEB_MAR, ["call 特朗普+习近平 @- 2020-02-07 happened", "call 特朗普+习近平 @- 2020-03-27 happened"], "2020-05-01"],
  ["特朗普與習近平2月7日通電話討論疫情，3月27日再度通話。", FEB_MAR, ["call 特朗普+习近平 @- 2020-02-07 happened", "call 特朗普+习近平 @- 2020-03-27 happened"], "2020-05-01"],
  ["特朗普与习近平2月7日会面，3月27日又见面。", FEB_MAR, ["meeting 特朗普+习近平 @- 2020-02-07 happened", "meeting 特朗普+习近平 @- 2020-03-27 happened"], "2020-05-01"],
  ["特朗普與習近平2月7日會面，3月27日又見面。", FEB_MAR, ["meeting 特朗普+习近平 @- 2020-02-07 happened", "meeting 特朗普+习近平 @- 2020-03-27 happened"], "2020-05-01"],
  // someone else named in the repeating clause: not the pair again
  ["特朗普与习近平2月7日通电话，3月27日普京再次发表讲话。", FEB_MAR, ["call 特朗普+习近平 @- 2020-02-07 happened"], "2020-05-01"],
  // a 并 clause in a sentence naming no subject goes on with the previous sentence's
  ["奥斯汀抵达东京。随后转往首尔，并与尹锡悦会谈。", {}, ["visit 奥斯汀 @东京 ? happened", "visit 奥斯汀 @首尔 ? happened", "meeting 奥斯汀+尹锡悦 @首尔 ? happened"]],
  ["奧斯汀抵達東京。隨後轉往首爾，並與尹錫悅會談。", {}, ["visit 奥斯汀 @东京 ? happened", "visit 奥斯汀 @首尔 ? happened", "meeting 奥斯汀+尹锡悦 @首尔 ? happened"]],
  // …and its first clause dates it
  ["习近平此前访问越南。15日至17日访问马来西亚，并获安瓦尔接见。", days("15日至17日", "2025-04-15", "2025-04-17"), ["meeting 习近平+安瓦尔 @马来西亚 2025-04-15 happened", "visit 习近平 @马来西亚 2025-04-15 happened"], "2025-04-18"],
  ["習近平此前訪問越南。15日至17日訪問馬來西亞，並獲安瓦爾接見。", days("15日至17日", "2025-04-15", "2025-04-17"), ["meeting 习近平+安瓦尔 @马来西亚 2025-04-15 happened", "visit 习近平 @马来西亚 2025-04-15 happened"], "2025-04-18"],
  // 致电, 打电话给: a call to the object
  ["习近平曾致电特朗普，祝贺他当选。", {}, ["call 习近平+特朗普 @- ? happened"]],
  ["習近平曾致電特朗普，祝賀他當選。", {}, ["call 习近平+特朗普 @- ? happened"]],
  ["马克龙周二打电话给普京。", {}, ["call 马克龙+普京 @- ? happened"]],
  ["馬克龍週二打電話給普京。", {}, ["call 马克龙+普京 @- ? happened"]],
];

describe("events meeting-again", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
