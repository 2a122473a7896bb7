// Names cut short or swallowed by a lexicon name before an English name in parentheses: 格里什（…）, 金成哲（Kim Song Chol）.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument } from "./fixtures.ts";
import { syllableCount } from "./rules/parens-span.ts";

const lexicon = loadLexicon();

/** The people a sentence names: lexicon ids without `person:`, else the name as found. */
function people(text: string): string[] {
  const doc = testDocument([text]);
  return recognizeEntities(doc, sentencesOf(doc), lexicon)
    .filter((e) => e.type === "person")
    .map((e) => (e.id.startsWith("person:") ? e.id.slice(7) : e.name))
    .sort();
}

/** A sentence (invented people where the name is unknown) and the people it names. */
const ROWS: [text: string, expected: string[]][] = [
  // a Korean name: one character per syllable, even when a lexicon name (金成 = Sung Kim) sits inside it
  ["朝鲜外务省副相金成哲（Kim Song Chol）率团抵达北京。", ["金成哲"]],
  ["朝鮮外務省副相金成哲（Kim Song Chol）率團抵達北京。", ["金成哲"]],
  ["获释的三人是金德松（Kim Dok Song）和朴永南（Park Yong-nam）。", ["朴永南", "金德松"]],
  ["獲釋的三人是金德松（Kim Dok Song）和朴永南（Park Yong-nam）。", ["朴永南", "金德松"]],
  ["韩国统一部次官崔明哲（Choi Myung-chul）访问华盛顿。", ["崔明哲"]],
  // a transliterated name jieba splits before the parenthesis
  ["美国副国务卿帮办巴特勒什（John Butlersh）说，会谈有进展。", ["巴特勒什"]],
  ["美國副國務卿幫辦巴特勒什（John Butlersh）說，會談有進展。", ["巴特勒什"]],
  ["美国副贸易代表马格里什（Jeff Magrish）率团抵达北京。", ["马格里什"]],
  ["美國副貿易代表馬格里什（Jeff Magrish）率團抵達北京。", ["马格里什"]],
  // lexicon names whose English agrees stay the lexicon person
  ["约旦国王阿卜杜拉二世（King Abdullah II）会见了布林肯。", ["abdullah-ii", "antony-blinken"]],
  ["美国国务卿布林肯（Antony Blinken）表示，双方坦诚交流。", ["antony-blinken"]],
  ["北韓外務相李善權（Ri Son Gwon）表示，談判大門敞開。", ["ri-son-gwon"]],
  ["美国贸易代表格里尔（Jamieson Greer）与何立峰通话。", ["he-lifeng", "jamieson-greer"]],
  ["台湾外交部长林佳龙（Lin Chia-lung）访问巴拉圭。", ["lin-chia-lung"]],
  // an outlet's own rendering resolves to the lexicon person its English names
  ["美国贸易代表萊海澤（Robert Lighthizer）抵達北京。", ["robert-lighthizer"]],
  ["美國貿易代表賴海哲（Robert Lighthizer）與劉鶴會談。", ["liu-he", "robert-lighthizer"]],
  ["美国国务卿布林根（Antony Blinken）抵达北京。", ["antony-blinken"]],
  ["美國國務卿布林根（Antony Blinken）抵達北京。", ["antony-blinken"]],
  ["白宮國家安全顧問多尼倫（Tom Donilon）會後表示，兩人達成共識。多尼倫在記者會上說，雙方同意。", ["tom-donilon"]],
  // a title right before the parenthesis is no name
  ["他会见了前任总统（Ma Ying-jeou）。", ["ma-ying-jeou"]],
  // no person: organizations and places in parentheses
  ["本届峰会由国际战略研究所（IISS）主办。", []],
  ["会议在新加坡香格里拉（Shangri-La）酒店举行。", []],
];

/** Mentions of one lexicon person in a text. */
function mentionsOf(text: string, id: string): number {
  const doc = testDocument([text]);
  return recognizeEntities(doc, sentencesOf(doc), lexicon).find((e) => e.id === id)?.mentions.length ?? 0;
}

describe("parens-span", () => {
  it("should find later bare mentions of a rendering the English tied to a lexicon person", () => {
    expect(mentionsOf("白宫国家安全顾问多尼伦（Tom Donilon）会后表示，两人达成共识。多尼伦在记者会上说，双方同意。", "person:tom-donilon")).toBe(3);
  });

  it.each(ROWS)("should find the people in %s", (text, expected) => {
    expect(people(text)).toEqual([...expected].sort());
  });

  it.each([
    ["Kim Song Chol", 3],
    ["Moon Jae-in", 3],
    ["Ri Sol-ju", 3],
    ["Lee Hsien Loong", 3],
    ["Tony Kim", 0],
    ["Jeffrey Gerrish", 0],
    ["Sun Weidong", 0],
    ["Abdullah", 0],
  ] as const)("should count the syllables of %s as %i", (en, n) => {
    expect(syllableCount(en)).toBe(n);
  });
});
