// Words that jieba or the rules take for people but are companies, places, peoples, quoted words, adverbs or venues.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument, testLexicon } from "./fixtures.ts";

function people(text: string): string[] {
  const doc = testDocument([text]);
  return recognizeEntities(doc, sentencesOf(doc), testLexicon)
    .filter((e) => e.type === "person")
    .map((e) => e.name);
}

/** Each row: a sentence and a word in it that is not a person. */
const NOT_A_PERSON: [text: string, word: string][] = [
  // companies and places jieba tags as names
  ["随行的有大众汽车、巴斯夫和西门子的高管。", "巴斯夫"],
  ["隨行的有大眾汽車、巴斯夫和西門子的高管。", "巴斯夫"],
  ["拜耳与博世的代表也出席了午宴。", "拜耳"],
  ["两国将重开在吉达和马什哈德的总领事馆。", "马什哈德"],
  ["兩國將重開在吉達和馬什哈德的總領事館。", "马什哈德"],
  // a word alone in quotation marks
  ["北京利用贸易“胡萝卜”拉拢对方。", "胡萝卜"],
  ["北京利用貿易「胡蘿蔔」拉攏對方。", "胡萝卜"],
  ["这种“巧克力”外交并不新鲜。", "巧克力"],
  // joined words for peoples and faiths
  ["阿拉伯－伊斯兰联合部长级委员会访问北京。", "阿拉伯·伊斯兰"],
  ["阿拉伯－伊斯蘭聯合部長級委員會訪問北京。", "阿拉伯·伊斯兰"],
  ["阿拉伯-伊斯兰特别峰会在利雅得举行。", "阿拉伯·伊斯兰"],
  // a surname jieba reads as an adverb after a title
  ["部分东南亚国家外交官曾私下表示失望。", "曾私下"],
  ["部分東南亞國家外交官曾私下表示失望。", "曾私下"],
  ["总统曾公开表示不满。", "曾公开"],
  ["多名官员曾多次表示反对。", "曾多次"],
];

describe("not people", () => {
  it.each(NOT_A_PERSON)("should find no person in %s", (text, word) => {
    expect(people(text)).not.toContain(word);
  });
});

/** A known person's name inside the name of a hotel, a tower or a square is that venue, not the person. */
const VENUES: [text: string, name: string][] = [
  ["会谈在特朗普大厦举行。", "特朗普"],
  ["會談在特朗普大廈舉行。", "特朗普"],
  ["晚宴设在林肯酒店。", "林肯"],
  ["代表团下榻林肯大饭店。", "林肯"],
  ["集会在普京广场举行。", "普京"],
  ["他们在拜登国际机场转机。", "拜登"],
];

describe("venues named after people", () => {
  it.each(VENUES)("should not take %s for the person", (text, name) => {
    expect(people(text)).not.toContain(name);
  });
});

/** Real people around the same words stay people. */
const STILL_PEOPLE: [text: string, name: string][] = [
  ["学者曾志伟表示，双方应保持沟通。", "曾志伟"],
  ["教授曾志伟指出，会谈取得进展。", "曾志伟"],
  ["特朗普在酒店会见了习近平。", "特朗普"],
  ["拜登号召盟友团结。", "拜登"],
  ["普京在广场上发表讲话。", "普京"],
  ["布林肯说，“王毅”这个名字大家都知道。", "布林肯"],
  ["杰克·沙利文表示，会谈是坦率的。", "沙利文"],
  ["王毅与布林肯在北京会谈。", "布林肯"],
];

describe("people next to these words", () => {
  it.each(STILL_PEOPLE)("should keep the person in %s", (text, name) => {
    expect(people(text)).toContain(name);
  });
});
