// Table test of meetings between teams: two delegations that meet are the two leads named right after (耶伦与何立峰达成共识).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: a sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  ["中美经贸团队上周末在吉隆坡举行了第五轮磋商，耶伦与何立峰达成初步共识。", {}, ["meeting 耶伦+何立峰 @吉隆坡 ? happened"]],
  ["中美經貿團隊上週末在吉隆坡舉行了第五輪磋商，耶倫與何立峰達成初步共識。", {}, ["meeting 耶伦+何立峰 @吉隆坡 ? happened"]],
  ["两国代表团在日内瓦举行会谈，美国财长耶伦和中国副总理何立峰均表示满意。", {}, ["meeting 耶伦+何立峰 @- ? happened"]],
  ["兩國代表團在日內瓦舉行會談，美國財長耶倫和中國副總理何立峰均表示滿意。", {}, ["meeting 耶伦+何立峰 @- ? happened"]],
  ["中美工作组在北京举行会谈，雷蒙多与王毅随后会见记者。", {}, ["meeting 雷蒙多+王毅 @北京 ? happened"]],
  ["中美工作組在北京舉行會談，雷蒙多與王毅隨後會見記者。", {}, ["meeting 雷蒙多+王毅 @北京 ? happened"]],
  ["两国谈判团在伦敦举行磋商，何立峰和耶伦都称会谈坦率。", {}, ["meeting 何立峰+耶伦 @- ? happened"]],
  ["兩國談判團在倫敦舉行磋商，何立峰和耶倫都稱會談坦率。", {}, ["meeting 何立峰+耶伦 @- ? happened"]],
  ["双方官员在北京举行会谈，耶伦随后发表讲话。", {}, []],
  ["雙方官員在北京舉行會談，耶倫隨後發表講話。", {}, []],
  ["双方官员在北京举行会谈。", {}, []],
  ["雙方官員在北京舉行會談。", {}, []],
  ["两国代表团在日内瓦举行会谈，耶伦表示满意。", {}, []],
  ["兩國代表團在日內瓦舉行會談，耶倫表示滿意。", {}, []],
  ["中美经贸团队在日内瓦举行会谈。", {}, []],
  // a delegation met through the leader the sentence names (X率领的代表团, 由X率领)
  ["舒默率领两党参议员代表团访华，习近平在人民大会堂会见了代表团。", {}, ["visit 舒默 @中国 ? happened", "meeting 习近平+舒默 @人民大会堂 ? happened"]],
  ["舒默率領兩黨參議員代表團訪華，習近平在人民大會堂會見了代表團。", {}, ["visit 舒默 @中国 ? happened", "meeting 习近平+舒默 @人民大会堂 ? happened"]],
  ["由舒默率领的参议员代表团抵达北京，王毅会见了代表团。", {}, ["visit 舒默 @北京 ? happened", "meeting 王毅+舒默 @- ? happened"]],
  ["由舒默率領的參議員代表團抵達北京，王毅會見了代表團。", {}, ["visit 舒默 @北京 ? happened", "meeting 王毅+舒默 @- ? happened"]],
  ["谢锋会见上海美国商会代表团。", {}, ["meeting 谢锋 @- ? happened"]],
  ["謝鋒會見上海美國商會代表團。", {}, ["meeting 谢锋 @- ? happened"]],
];

describe("events meeting-teams", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
