// Tests of what recognition says about entities: ids, merged forms, roles, English names, offsets, explanations.
import { describe, expect, it } from "vitest";
import { explainMentions } from "./explain.ts";
import { pinyinName } from "./english-name.ts";
import { recognizeEntities } from "./recognize.ts";
import { segment, useLexicon } from "./segment.ts";
import { sentencesOf, testDocument, testLexicon } from "./fixtures.ts";
import type { DocEntity } from "../model.ts";

function run(...texts: string[]): DocEntity[] {
  const doc = testDocument(texts);
  return recognizeEntities(doc, sentencesOf(doc), testLexicon);
}
const person = (es: DocEntity[], name: string) => es.find((e) => e.type === "person" && e.name === name);

describe("segment", () => {
  it("should give every token its offsets in the text", () => {
    useLexicon(testLexicon);
    const text = "美国国务卿布林肯（Antony Blinken）表示";
    const tokens = segment(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.map((t) => t.word)).toContain("布林肯");
  });
});

describe("entities", () => {
  it("should use lexicon ids, and local ids for the others", () => {
    const es = run("中国外交部副部长孙卫东会见美国国务卿布林肯。");
    expect(person(es, "布林肯")?.id).toBe("person:antony-blinken");
    expect(person(es, "布林肯")?.known).toBe(true);
    expect(person(es, "孙卫东")?.id).toBe("local:孙卫东");
    expect(person(es, "孙卫东")?.known).toBe(false);
  });

  it.each([
    ["美国国务卿布林肯表示", "布林肯", { title: "国务卿", titleEn: "Secretary of State", country: "US" }],
    ["中国外长王毅表示", "王毅", { title: "外长", titleEn: "Foreign Minister", country: "CN" }],
    ["美财长耶伦访华", "耶伦", { title: "财长", titleEn: "Finance Minister", country: "US" }],
    ["中国驻美大使谢锋会见代表团", "谢锋", { title: "大使", titleEn: "Ambassador", country: "CN" }],
    ["中国外交部副部长孙卫东表示", "孙卫东", { title: "副部长", titleEn: "Vice Minister", org: "外交部", country: "CN" }],
    ["白宫国安顾问沙利文表示", "沙利文", { title: "国安顾问", titleEn: "National Security Adviser" }],
  ])("should read the role in %s", (text, name, role) => {
    const e = person(run(text), name);
    expect(e?.mentions[0]?.role).toMatchObject(role);
    expect(e?.roles[0]).toMatchObject(role);
  });

  it("should take an entity's country from its role when the lexicon does not know it", () => {
    expect(person(run("中国外交部副部长孙卫东表示"), "孙卫东")?.country).toBe("CN");
  });

  it.each([
    ["孙卫东", "Sun Weidong"],
    ["欧阳中石", "Ouyang Zhongshi"],
    ["信强", "Xin Qiang"],
    ["吕布", "Lu Bu"],
  ])("should romanize %s as %s", (zh, en) => {
    expect(pinyinName(zh)).toBe(en);
  });

  it.each([
    ["中国外交部副部长孙卫东表示", "孙卫东", "Sun Weidong"],
    ["布鲁金斯学会中国中心主任瑞安·哈斯表示", "瑞安·哈斯", null],
    ["美国务院发言人米勒表示", "米勒", null],
    ["加州州长纽森 (Gavin Newsom) 访华", "纽森", "Gavin Newsom"],
    ["俄罗斯外交部长谢尔盖-拉夫罗夫表示", "谢尔盖·拉夫罗夫", null],
  ])("should give %s the English name of %s: %s", (text, name, en) => {
    expect(person(run(text), name)?.nameEn ?? null).toBe(en);
  });

  it("should keep an English name in parentheses as an alias", () => {
    const e = person(run("布鲁金斯学会主任瑞安·哈斯(Ryan Hass)表示"), "瑞安·哈斯");
    expect(e?.aliases).toContain("Ryan Hass");
  });

  it("should make the full and the short form of a name one person", () => {
    const es = run("布鲁金斯学会中国中心主任瑞安·哈斯表示，双方将继续行动。", "哈斯还说，领导人会晤的可能性将上升。");
    const hass = es.filter((e) => e.type === "person");
    expect(hass.map((e) => e.name)).toEqual(["瑞安·哈斯"]);
    expect(hass[0]?.mentions.map((m) => m.surface)).toEqual(["瑞安·哈斯", "哈斯"]);
    expect(hass[0]?.aliases).toContain("哈斯");
  });

  it("should make 安东尼‧布林肯 and 布林肯 one lexicon person", () => {
    const es = run("美国国务卿安东尼‧布林肯在华盛顿接待王毅。", "布林肯全程都没有讲话。");
    const b = es.filter((e) => e.id === "person:antony-blinken");
    expect(b).toHaveLength(1);
    expect(b[0]?.mentions.map((m) => m.surface)).toEqual(["安东尼‧布林肯", "布林肯"]);
  });

  it("should find the other mentions of a name found by context", () => {
    const es = run("中国外交部副部长孙卫东在9月底访美。", "孙卫东“应美方邀请”前往华盛顿。");
    expect(person(es, "孙卫东")?.mentions.map((m) => m.rule)).toEqual(["title-before-name", "same-name"]);
  });

  it("should report offsets into the paragraph and the surface in the original script", () => {
    const text = "消息稱，美國國務卿安東尼‧布林肯與中國外長王毅會晤。";
    const doc = testDocument(["標題", text]);
    const sentences = [{ paragraph: 1, start: 4, end: text.length, text: text.slice(4), simplified: doc.paragraphs[1]!.simplified.slice(4) }];
    const es = recognizeEntities(doc, sentences, testLexicon);
    const m = es.find((e) => e.id === "person:antony-blinken")!.mentions[0]!;
    expect(m).toMatchObject({ paragraph: 1, surface: "安東尼‧布林肯", document: "doc" });
    expect(text.slice(m.start, m.end)).toBe("安東尼‧布林肯");
    expect(es.find((e) => e.id === "person:antony-blinken")?.aliases).toContain("安東尼‧布林肯");
  });

  it("should record both leaders of a leader-pair compound with the rule's name", () => {
    const es = run("为拜习会晤制定议程。");
    expect(es.flatMap((e) => e.mentions.map((m) => `${m.surface}:${m.rule}`)).sort()).toEqual(["习:leader-pair", "拜:leader-pair"]);
  });

  it("should record journalists and editors of bylines with their role", () => {
    const es = run("（大纪元记者林燕报导）", "责任编辑：李缘");
    expect(person(es, "林燕")?.roles[0]?.titleEn).toBe("Journalist");
    expect(person(es, "李缘")?.roles[0]?.titleEn).toBe("Editor");
  });

  it.each([
    ["（中央社記者張淑伶華盛頓21日專電）美國總統拜登表示。", "张淑伶", "记者"],
    ["文／林燕", "林燕", "记者"],
    ["编译：王可", "王可", "编辑"],
    ["大纪元记者李辰采访报导", "李辰", "记者"],
    ["责任编辑：李缘", "李缘", "编辑"],
  ])("should give every mention of the byline name in %s the role title", (text, name, title) => {
    const p = person(run(text), name);
    expect(p?.roles.map((r) => r.title)).toContain(title);
    expect(p?.mentions.every((m) => m.role?.title === title)).toBe(true);
  });

  it.each([
    ["2015-05-01", "苏珊·赖斯"],
    ["2003-05-01", "康多莉扎·赖斯"],
    ["2023-10-27", "赖斯"],
  ])("should resolve 国家安全顾问赖斯 in a document of %s to the one who held the title then (%s)", (published, name) => {
    const doc = { ...testDocument(["国家安全顾问赖斯表示，对话很重要。"]), published };
    const es = recognizeEntities(doc, sentencesOf(doc), testLexicon);
    expect(es.filter((e) => e.type === "person").map((e) => e.name)).toEqual([name]);
  });

  it("should explain every mention on one line", () => {
    const lines = explainMentions(run("美国国务卿布林肯表示"));
    expect(lines.some((l) => l.includes("布林肯 → person:antony-blinken person (lexicon; 国务卿 US)"))).toBe(true);
  });

  it("should fall back to paragraphs when no sentences are given", () => {
    const doc = testDocument(["王毅与布林肯会晤。"]);
    expect(recognizeEntities(doc, [], testLexicon).filter((e) => e.type === "person")).toHaveLength(2);
  });
});

describe("recognizeEntities on bad input", () => {
  const cases: [string, (n: number) => string][] = [
    ["a paragraph with no punctuation", (n) => "中美两国关系持续紧张双方官员频繁接触王毅会见布林肯讨论台海问题".repeat(n)],
    ["a document that is only English", (n) => "Biden met Xi in San Francisco on Wednesday. ".repeat(n)],
    ["only numbers", (n) => "2023 10 27 123456789 ".repeat(n)],
    ["only emoji and control characters", (n) => "😀🇨🇳\u0000\u0007\u001b\t\r\n🤝\u200b".repeat(n)],
  ];
  it.each(cases)("should not crash on %s, at two sizes", (_, make) => {
    for (const n of [1000, 30000]) {
      const doc = testDocument([make(n)]);
      expect(() => recognizeEntities(doc, sentencesOf(doc), testLexicon)).not.toThrow();
    }
  }, 180_000);

  it("should not crash on a 1 MB paragraph with no punctuation", () => {
    const doc = testDocument(["美国国务卿布林肯与中国外长王毅在华盛顿会晤双方讨论了两国关系".repeat(35000)]);
    expect(doc.paragraphs[0]!.text.length).toBeGreaterThan(1_000_000);
    const es = recognizeEntities(doc, sentencesOf(doc), testLexicon);
    expect(es.find((e) => e.id === "person:wang-yi")?.mentions.length).toBe(35000);
  }, 180_000);
});
