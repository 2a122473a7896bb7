// Table test: a subject carried from the clause before meets each object of 会见A和B in turn (not together).
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  ["耶伦上周访华，在北京会见了国务院总理李强和副总理何立峰等人。", {}, ["visit 耶伦 @中国 ? happened", "meeting 耶伦+李强 @北京 ? happened", "meeting 耶伦+何立峰 @北京 ? happened"]],
  ["耶倫上週訪華，在北京會見了國務院總理李強和副總理何立峰等人。", {}, ["visit 耶伦 @中国 ? happened", "meeting 耶伦+李强 @北京 ? happened", "meeting 耶伦+何立峰 @北京 ? happened"]],
  ["马克龙抵达北京，随后会见了习近平和李强。", {}, ["visit 马克龙 @北京 ? happened", "meeting 马克龙+习近平 @北京 ? happened", "meeting 马克龙+李强 @北京 ? happened"]],
  ["馬克龍抵達北京，隨後會見了習近平和李強。", {}, ["visit 马克龙 @北京 ? happened", "meeting 马克龙+习近平 @北京 ? happened", "meeting 马克龙+李强 @北京 ? happened"]],
  ["克里抵达上海，并会晤了韩正及王毅。", {}, ["visit 克里 @上海 ? happened", "meeting 克里+韩正 @上海 ? happened", "meeting 克里+王毅 @上海 ? happened"]],
  ["克里抵達上海，並會晤了韓正及王毅。", {}, ["visit 克里 @上海 ? happened", "meeting 克里+韩正 @上海 ? happened", "meeting 克里+王毅 @上海 ? happened"]],
  // 共同/一同/三方: the objects are met together, one meeting
  ["马克龙抵达北京，随后共同会见了习近平和李强。", {}, ["visit 马克龙 @北京 ? happened", "meeting 马克龙+习近平+李强 @北京 ? happened"]],
  ["馬克龍抵達北京，隨後共同會見了習近平和李強。", {}, ["visit 马克龙 @北京 ? happened", "meeting 马克龙+习近平+李强 @北京 ? happened"]],
  ["朔尔茨抵达北京，随后与习近平和马克龙举行三方会谈。", {}, ["visit 朔尔茨 @北京 ? happened", "meeting 朔尔茨+习近平+马克龙 @北京 ? happened"]],
  ["朔爾茨抵達北京，隨後與習近平和馬克龍舉行三方會談。", {}, ["visit 朔尔茨 @北京 ? happened", "meeting 朔尔茨+习近平+马克龙 @北京 ? happened"]],
];

describe("events meeting-carried-each", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
