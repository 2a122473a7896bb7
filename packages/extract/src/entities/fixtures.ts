// A small lexicon of real public figures, places and bodies for the entity tests (not the built-in data).
import { createLexicon } from "../lexicon/create.ts";
import type { Lexicon } from "../lexicon/types.ts";
import type { Document, Sentence } from "../model.ts";
import { toSimplified } from "../lexicon/normalize.ts";
import { recognizeEntities } from "./recognize.ts";

const p = (id: string, zh: string, en: string, country: string, more: Record<string, unknown> = {}) => ({ id: `person:${id}`, zh, en, country, ...more });
const pl = (id: string, zh: string, en: string, country: string, more: Record<string, unknown> = {}) => ({ id: `place:${id}`, zh, en, country, ...more });

/** The test lexicon's data, in the documented file format. */
export const TEST_LEXICON_DATA = {
  people: [
    p("wang-yi", "王毅", "Wang Yi", "CN", { roles: [{ title: "外交部长", titleEn: "Foreign Minister", country: "CN", since: 2013 }] }),
    p("antony-blinken", "布林肯", "Antony Blinken", "US", { aliases: ["安东尼·布林肯", "Antony Blinken"] }),
    p("jake-sullivan", "沙利文", "Jake Sullivan", "US", { aliases: ["苏利文", "蘇利文", "杰克·沙利文", "Jake Sullivan"] }),
    p("janet-yellen", "耶伦", "Janet Yellen", "US", { zhHant: "葉倫", aliases: ["叶伦", "珍妮特·耶伦"] }),
    p("joe-biden", "拜登", "Joe Biden", "US", { abbrev: ["拜"], aliases: ["Joe Biden"] }),
    p("xi-jinping", "习近平", "Xi Jinping", "CN", { zhHant: "習近平", abbrev: ["习"] }),
    p("donald-trump", "特朗普", "Donald Trump", "US", { aliases: ["川普", "唐纳德·特朗普"], abbrev: ["川", "特"] }),
    p("vladimir-putin", "普京", "Vladimir Putin", "RU", { aliases: ["普丁", "弗拉基米尔·普京"], abbrev: ["普"] }),
    p("li-qiang", "李强", "Li Qiang", "CN"),
    p("john-kerry", "克里", "John Kerry", "US"),
    p("abraham-lincoln", "林肯", "Abraham Lincoln", "US"),
    p("he-lifeng", "何立峰", "He Lifeng", "CN"),
    p("han-zheng", "韩正", "Han Zheng", "CN"),
    p("xie-feng", "谢锋", "Xie Feng", "CN"),
    p("lai-ching-te", "赖清德", "Lai Ching-te", "TW", { zhHant: "賴清德" }),
    p("tsai-ing-wen", "蔡英文", "Tsai Ing-wen", "TW"),
    p("fumio-kishida", "岸田文雄", "Fumio Kishida", "JP"),
    p("narendra-modi", "莫迪", "Narendra Modi", "IN"),
    p("emmanuel-macron", "马克龙", "Emmanuel Macron", "FR"),
    p("nicholas-burns", "尼古拉斯·伯恩斯", "Nicholas Burns", "US", { roles: [{ title: "驻华大使", titleEn: "Ambassador to China", country: "US", since: 2022 }] }),
    p("richard-haass", "理查德·哈斯", "Richard Haass", "US", { roles: [{ title: "美国外交关系委员会会长", titleEn: "President of the CFR", org: "美国外交关系委员会", country: "US", since: 2003 }] }),
    p("susan-rice", "苏珊·赖斯", "Susan Rice", "US", { roles: [{ title: "国家安全顾问", titleEn: "National Security Advisor", country: "US", since: 2013, until: 2017 }] }),
    p("condoleezza-rice", "康多莉扎·赖斯", "Condoleezza Rice", "US", {
      roles: [
        { title: "国务卿", titleEn: "Secretary of State", country: "US", since: 2005, until: 2009 },
        { title: "国家安全顾问", titleEn: "National Security Advisor", country: "US", since: 2001, until: 2005 },
      ],
    }),
    p("william-burns", "威廉·伯恩斯", "William Burns", "US", { roles: [{ title: "中央情报局局长", titleEn: "CIA Director", country: "US", since: 2021 }] }),
  ],
  places: [
    pl("united-states", "美国", "United States", "US", { kind: "country", zhShort: ["美"] }),
    pl("china", "中国", "China", "CN", { kind: "country", zhShort: ["中"] }),
    pl("russia", "俄罗斯", "Russia", "RU", { kind: "country", zhShort: ["俄"] }),
    pl("taiwan", "台湾", "Taiwan", "TW", { kind: "region" }),
    pl("japan", "日本", "Japan", "JP", { kind: "country" }),
    pl("malta", "马耳他", "Malta", "MT", { kind: "country" }),
    pl("washington", "华盛顿", "Washington", "US", { kind: "city", zhHant: "華盛頓", aliases: ["华府"] }),
    pl("beijing", "北京", "Beijing", "CN", { kind: "city" }),
    pl("san-francisco", "旧金山", "San Francisco", "US", { kind: "city" }),
    pl("sf-bay-area", "旧金山湾区", "San Francisco Bay Area", "US", { kind: "region", zhHant: "舊金山灣區" }),
    pl("white-house", "白宫", "White House", "US", { kind: "venue", in: "place:washington" }),
    pl("kremlin", "克里姆林宫", "Kremlin", "RU", { kind: "venue" }),
    pl("great-hall", "人民大会堂", "Great Hall of the People", "CN", { kind: "venue" }),
    pl("crimea", "克里米亚", "Crimea", "UA", { kind: "region" }),
  ],
  organizations: [
    { id: "org:un", zh: "联合国", en: "United Nations", country: "UN", kind: "international" },
    { id: "org:cn-mfa", zh: "中国外交部", en: "Ministry of Foreign Affairs of the PRC", country: "CN", aliases: ["外交部"] },
    { id: "org:brookings", zh: "布鲁金斯学会", en: "Brookings Institution", country: "US", kind: "think-tank" },
    { id: "org:us-cia", zh: "美国中央情报局", en: "Central Intelligence Agency", country: "US", kind: "agency", aliases: ["中央情报局", "中情局"] },
    { id: "org:cn-finance", zh: "中国财政部", en: "Ministry of Finance of the PRC", country: "CN", kind: "ministry", aliases: ["财政部"] },
    { id: "org:us-treasury", zh: "美国财政部", en: "U.S. Department of the Treasury", country: "US", kind: "ministry", aliases: ["美财政部"] },
    { id: "org:cn-state-council", zh: "国务院", en: "State Council", country: "CN", kind: "ministry", aliases: ["中国国务院"] },
    { id: "org:us-state-department", zh: "美国国务院", en: "U.S. Department of State", country: "US", kind: "ministry", aliases: ["美国务院"] },
    { id: "org:cfr", zh: "美国外交关系委员会", en: "Council on Foreign Relations", country: "US", kind: "think-tank", aliases: ["外交关系委员会"] },
    { id: "org:reuters", zh: "路透社", en: "Reuters", country: "GB", kind: "media" },
  ],
  titles: [{ zh: "国务卿", zhHant: "國務卿", en: "Secretary of State", country: "US", kind: "minister" }],
};

/** The test lexicon. */
export const testLexicon: Lexicon = createLexicon([{ file: "test.json", data: TEST_LEXICON_DATA }]);

/** Simplified form of a test text, character for character (as ingest provides it). */
export function simplifiedOf(text: string): string {
  const whole = toSimplified(text);
  return whole.length === text.length ? whole : [...text].map((ch) => (ch.length === 1 ? toSimplified(ch) : ch)).join("");
}

/** A document whose paragraphs are the given texts (original script; simplified computed). */
export function testDocument(texts: string[], id = "doc"): Document {
  return {
    id, path: `${id}.txt`, format: "text", encoding: "utf-8", title: null, url: null, outlet: null, author: null,
    published: "2023-10-27", dateline: null, lang: "zh", script: "simplified",
    paragraphs: texts.map((text, index) => ({
      index, kind: "text" as const, text, simplified: simplifiedOf(text), sourceStart: 0, sourceEnd: text.length, map: { text: [0], source: [0] },
    })),
  };
}

/** One sentence per paragraph. */
export const sentencesOf = (doc: Document): Sentence[] =>
  doc.paragraphs.map((p) => ({ paragraph: p.index, start: 0, end: p.text.length, text: p.text, simplified: p.simplified }));

/** The lexicon people one sentence names, by id without `person:`, sorted (tests of lexicon data and name rules). */
export function lexiconPeopleIn(text: string, lexicon: Lexicon): string[] {
  const doc = testDocument([text], "doc");
  return recognizeEntities(doc, sentencesOf(doc), lexicon)
    .filter((e) => e.type === "person" && e.id.startsWith("person:"))
    .map((e) => e.id.slice("person:".length))
    .sort();
}
