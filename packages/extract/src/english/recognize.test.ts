// Table tests of English entity recognition: lexicon names, short forms, titles stripped, compromise helped.
import { describe, expect, it } from "vitest";
import { recognizeEntitiesEn } from "./recognize.ts";
import { builtinLexicon, englishDoc } from "./testing.ts";

// [sentence, entity ids that must be found, ids or names that must not]
const CASES: [string, string[], string[]][] = [
  ["Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Washington on Thursday.", ["person:wang-yi", "person:antony-blinken", "place:washington"], ["State Antony", "local:state antony"]],
  ["Secretary of State Antony J. Blinken hosted PRC Foreign Minister Wang Yi.", ["person:antony-blinken", "person:wang-yi"], []],
  ["Blinken's talks with Wang Yi lasted three hours.", ["person:antony-blinken", "person:wang-yi"], []],
  ["SECRETARY BLINKEN MEETS WANG YI", ["person:antony-blinken"], []],
  ["National Security Advisor Jake Sullivan met with Wang Yi in Malta.", ["person:jake-sullivan", "person:wang-yi", "place:malta"], ["local:advisor jake sullivan"]],
  ["President Xi is expected to visit San Francisco in November.", ["person:xi-jinping", "place:san-francisco"], ["local:xi"]],
  ["Xi did not attend the G20 summit in New Delhi.", ["person:xi-jinping", "place:new-delhi"], []],
  ["Treasury Secretary Janet Yellen spoke by phone with Vice Premier He Lifeng.", ["person:janet-yellen", "person:he-lifeng"], []],
  ["Russian President Vladimir Putin will travel to Beijing in October.", ["person:vladimir-putin", "place:beijing"], []],
  ["California Governor Gavin Newsom met Xi in Beijing on Wednesday.", ["person:gavin-newsom", "person:xi-jinping", "place:california"], []],
  ["Assistant Secretary of State Daniel J. Kritenbrink met Vice Foreign Minister Sun Weidong.", ["person:daniel-kritenbrink", "person:sun-weidong"], []],
  ["Commerce Secretary Gina Raimondo visited Shanghai in August.", ["person:gina-raimondo", "place:shanghai"], []],
  ["Senate Majority Leader Chuck Schumer led a bipartisan delegation to China.", ["person:chuck-schumer", "place:china"], []],
  ["Vice President Han Zheng met Blinken at the United Nations in New York.", ["person:han-zheng", "person:antony-blinken", "place:new-york"], []],
  ["Blinken arrived in the Chinese capital on Sunday for talks with Wang Yi.", ["person:antony-blinken", "place:beijing", "person:wang-yi"], []],
];

// [sentence, English name of a person outside the lexicon that must be found]
const UNKNOWN: [string, string][] = [
  ["Deputy Assistant Secretary Mark Lambert met Chinese officials in Beijing.", "Mark Lambert"],
  ["Ambassador Nicholas Burns said the talks were useful.", "Nicholas Burns"],
  ["Vice Foreign Minister Ma Zhaoxu met Under Secretary Victoria Nuland.", "Victoria Nuland"],
  ["The deputy head of mission, Jing Quan, met State Department officials on Monday.", "Jing Quan"],
];

// [sentence, name outside the lexicon, type] told by its shape alone (compromise's tagger off).
const SHAPES: [string, string, string][] = [
  ["Maria Lopez, a senior fellow at the Harbor Institute, said the talks were useful.", "Maria Lopez", "person"],
  ["Maria Lopez, a senior fellow at the Harbor Institute, said the talks were useful.", "Harbor Institute", "organization"],
  ["Officials said Zhang Hua attended the dinner.", "Zhang Hua", "person"],
  ["A report by the Pacific Forum said exports fell.", "Pacific Forum", "organization"],
  ["Negotiators met again in Rotterdam on Monday.", "Rotterdam", "place"],
];

describe("english/recognize", () => {
  const lexicon = builtinLexicon();

  it.each(CASES)("should find the names of %j", (sentence, found, absent) => {
    const { doc, sentences } = englishDoc([sentence]);
    const entities = recognizeEntitiesEn(doc, sentences, lexicon);
    const ids = entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(found));
    for (const a of absent) {
      expect(ids).not.toContain(a);
      expect(entities.map((e) => e.name)).not.toContain(a);
    }
    expect(entities.filter((e) => e.type === "person").every((e) => !/^(?:Secretary|President|Minister|State)\b/.test(e.nameEn ?? ""))).toBe(true);
  });

  it.each(UNKNOWN)("should find a person outside the lexicon in %j", (sentence, name) => {
    const { doc, sentences } = englishDoc([sentence]);
    const people = recognizeEntitiesEn(doc, sentences, lexicon).filter((e) => e.type === "person");
    const hit = people.find((e) => e.nameEn === name);
    expect(hit, people.map((e) => e.nameEn).join(", ")).toBeDefined();
    expect(hit!.known || hit!.id.startsWith("local:")).toBe(true);
  });

  it.each(SHAPES)("should tell from its shape in %j: %s", (sentence, name, type) => {
    const { doc, sentences } = englishDoc([sentence]);
    const found = recognizeEntitiesEn(doc, sentences, lexicon, { compromise: "off" }).find((e) => e.nameEn === name);
    expect(found?.type).toBe(type);
  });

  it("should call a lexicon person by the short form the document uses after the full name", () => {
    const { doc, sentences } = englishDoc(["Wang Yi arrived in Washington on Thursday.", "Wang said the talks were candid, and Blinken agreed."]);
    const wang = recognizeEntitiesEn(doc, sentences, lexicon).find((e) => e.id === "person:wang-yi");
    expect(wang?.mentions.map((m) => m.surface)).toEqual(["Wang Yi", "Wang"]);
  });

  it("should join a local person's surname with the full name given before", () => {
    const { doc, sentences } = englishDoc(["Deputy Assistant Secretary Mark Lambert met Chinese officials.", "Lambert said the meeting was useful."]);
    const lambert = recognizeEntitiesEn(doc, sentences, lexicon).filter((e) => e.nameEn?.includes("Lambert"));
    expect(lambert).toHaveLength(1);
    expect(lambert[0]!.mentions).toHaveLength(2);
  });

  it("should record the title before a name as the mention's role", () => {
    const { doc, sentences } = englishDoc(["U.S. Secretary of State Antony Blinken met Wang Yi."]);
    const blinken = recognizeEntitiesEn(doc, sentences, lexicon).find((e) => e.id === "person:antony-blinken");
    expect(blinken?.mentions[0]?.role).toMatchObject({ titleEn: "Secretary of State", country: "US" });
  });

  it("should give mention offsets into the paragraph text", () => {
    const { doc, sentences } = englishDoc(["Talks ended. Blinken met Wang Yi."]);
    for (const e of recognizeEntitiesEn(doc, sentences, lexicon)) {
      for (const m of e.mentions) expect(doc.paragraphs[m.paragraph]!.text.slice(m.start, m.end)).toBe(m.surface);
    }
  });
});
