// Table test: a speaker whose report names its own subject is no side of the meeting or call reported.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: a sentence, its times, the meetings and calls as "type A+B @place date status". */
const ROWS: Row[] = [
  // the report has a subject of its own (a title, a side, an institution): the speaker is no participant
  ["柯比周四说，议长作出自己的决定，总统并未就此与习近平讨论具体行程。", {}, []],
  ["柯比週四說，議長作出自己的決定，總統並未就此與習近平討論具體行程。", {}, []],
  ["米勒表示，国务卿将于下周与王毅会面。", {}, []],
  ["米勒表示，國務卿將於下週與王毅會面。", {}, []],
  ["柯比说，双方团队正与中方商讨会晤安排，总统希望与习近平会面。", {}, []],
  ["米勒指出，白宫已与秦刚的团队通话。", {}, []],
  ["米勒指出，白宮已與秦剛的團隊通話。", {}, []],
  ["柯比称，美方官员上周与王毅举行了会谈。", {}, []],
  ["柯比稱，美方官員上週與王毅舉行了會談。", {}, []],
  // the report opens with the speaker's own plan, act or pronoun: the speaker meets or calls
  ["拜登表示，希望尽快与习近平会面。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["拜登表示，希望盡快與習近平會面。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["布林肯说，他上周已与王毅通电话。", {}, ["call 布林肯+王毅 @- ? happened"]],
  ["布林肯說，他上週已與王毅通電話。", {}, ["call 布林肯+王毅 @- ? happened"]],
  ["特朗普称，将在峰会期间与习近平会晤。", {}, ["meeting 特朗普+习近平 @- ? planned"]],
  ["特朗普稱，將在峰會期間與習近平會晤。", {}, ["meeting 特朗普+习近平 @- ? planned"]],
  // separable meeting verbs: 见了面, 会了面, 碰面
  ["拜登透露，他在峰会期间与李强见了面。", {}, ["meeting 拜登+李强 @- ? happened"]],
  ["拜登透露，他在峰會期間與李強見了面。", {}, ["meeting 拜登+李强 @- ? happened"]],
  ["布林肯与王毅在会场外碰了面。", {}, ["meeting 布林肯+王毅 @- ? happened"]],
  ["布林肯與王毅在會場外碰面。", {}, ["meeting 布林肯+王毅 @- ? happened"]],
  ["耶伦上周与何立峰会了面。", {}, ["meeting 耶伦+何立峰 @- ? happened"]],
];

describe("events meeting-speaker", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].filter((e) => !e.startsWith("visit")).sort()).toEqual([...want].sort());
  });
});
