// Foreign names outside the lexicon after royal, envoy and office titles, and joined names with less common characters.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "./recognize.ts";
import { sentencesOf, testDocument, testLexicon } from "./fixtures.ts";

function people(text: string): string[] {
  const doc = testDocument([text]);
  return recognizeEntities(doc, sentencesOf(doc), testLexicon)
    .filter((e) => e.type === "person")
    .map((e) => e.name);
}

/** Each row: a sentence and the unknown foreign name it holds. */
const NAMES: [text: string, name: string][] = [
  // a run of transliteration characters after a royal or office title
  ["伊朗总统办公室副主任卡拉米扎德在推特上说。", "卡拉米扎德"],
  ["伊朗總統辦公室副主任卡拉米扎德在推特上說。", "卡拉米扎德"],
  ["卡塔尔埃米尔塔米姆表示欢迎。", "塔米姆"],
  ["卡塔爾埃米爾塔米姆表示歡迎。", "塔米姆"],
  ["不丹国王旺楚克会见了代表团。", "旺楚克"],
  ["马来西亚最高元首阿布巴卡表示。", "阿布巴卡"],
  ["馬來西亞最高元首阿布巴卡表示。", "阿布巴卡"],
  ["俄外交部发言人扎哈罗娃说，西方在撒谎。", "扎哈罗娃"],
  ["沙特王储萨勒曼尼表示，愿意斡旋。", "萨勒曼尼"],
  ["阿盟秘书长阿布勒盖特出席会议。", "阿布勒盖特"],
  ["联合国特使格伦德贝里抵达萨那。", "格伦德贝里"],
  // joined names with 敦, 烈, 罕, 歇, 廉
  ["王毅将会见国王诺罗敦·拉纳烈。", "诺罗敦·拉纳烈"],
  ["王毅將會見國王諾羅敦·拉納烈。", "诺罗敦·拉纳烈"],
  ["巴基斯坦总理穆罕默德·夏巴兹说。", "穆罕默德·夏巴兹"],
  ["伊拉克总理穆罕默德·希亚表示。", "穆罕默德·希亚"],
  ["法国前总统米歇尔·罗卡尔说。", "米歇尔·罗卡尔"],
  ["英国亲王威廉·阿瑟表示。", "威廉·阿瑟"],
];

describe("foreign names after titles", () => {
  it.each(NAMES)("should find the person in %s", (text, name) => {
    expect(people(text)).toContain(name);
  });
});

/** 在 + a word + a localizer (在信中, 在会上) is where something was said, never a speaker. */
const PLACES_OF_SPEECH: [text: string, word: string][] = [
  ["习近平在信中说，协议很重要。", "信中"],
  ["習近平在信中說，協議很重要。", "信中"],
  ["他在会上表示支持。", "会上"],
  ["拜登在文中写道，两国应合作。", "文中"],
  ["王毅在书中指出，历史不容篡改。", "书中"],
  ["布林肯于席间表示感谢。", "席间"],
];

describe("places of speech", () => {
  it.each(PLACES_OF_SPEECH)("should find no person in %s", (text, word) => {
    expect(people(text)).not.toContain(word);
  });
});

/** A one-character surname jieba reads as a preposition (向本报) is no name after a title. */
const PREPOSITIONS: [text: string, word: string][] = [
  ["学者向本报表示，前景不明。", "向本报"],
  ["專家向本報表示，前景不明。", "向本报"],
  ["分析师向记者表示，市场平稳。", "向记者"],
  ["教授向媒体表示，双方应克制。", "向媒体"],
];

describe("prepositions after titles", () => {
  it.each(PREPOSITIONS)("should find no person in %s", (text, word) => {
    expect(people(text)).not.toContain(word);
  });

  it("should keep a real name whose surname is 向", () => {
    expect(people("学者向明华表示，前景不明。")).toContain("向明华");
  });
});

/** Malaysian honorifics (拿督斯里, 丹斯里, 拿督) stand before a name like a title, but the role is the office before them. */
const HONORIFIC_ROWS: [text: string, name: string, role: string | null][] = [
  ["拿督斯里魏家祥说，政府会跟进。", "魏家祥", null],
  ["丹斯里李金友指出，投资很重要。", "李金友", null],
  ["拿督斯里張國明表示，兩國關係良好。", "张国明", null],
  ["交通部长拿督斯里陈文彬说，铁路将如期完工。", "陈文彬", "部长"],
  ["交通部長拿督斯里陳文彬說，鐵路將如期完工。", "陈文彬", "部长"],
  ["部长丹斯里黄志明表示欢迎。", "黄志明", "部长"],
];

describe("malaysian honorifics", () => {
  it.each(HONORIFIC_ROWS)("should find the person in %s with the office as role", (text, name, role) => {
    const doc = testDocument([text]);
    const person = recognizeEntities(doc, sentencesOf(doc), testLexicon).find((e) => e.type === "person" && e.name === name);
    expect(person).toBeDefined();
    const titles = person!.roles.map((r) => r.title);
    expect(titles).not.toContain("拿督斯里");
    expect(titles).not.toContain("丹斯里");
    if (role) expect(titles.some((t) => t.endsWith(role))).toBe(true);
  });
});
