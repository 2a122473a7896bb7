// Japanese names in kanji before their romanized form in parentheses (rules/parens-span.ts: isJapaneseName, japaneseSpan).
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import { recognizeEntities } from "./recognize.ts";
import { isJapaneseName } from "./rules/parens-span.ts";
import { sentencesOf, testDocument } from "./fixtures.ts";

const lexicon = loadLexicon();

/** The people a sentence names: lexicon ids, or the name of a person outside the lexicon. */
function people(text: string): string[] {
  const doc = testDocument([text], "doc");
  return recognizeEntities(doc, sentencesOf(doc), lexicon)
    .filter((e) => e.type === "person")
    .map((e) => (e.id.startsWith("person:") ? e.id.slice("person:".length) : e.name));
}

const ROWS: [text: string, person: string][] = [
  ["由副外相田中明彦（Akihiko Tanaka）率领的代表团抵达首尔。", "田中明彦"],
  ["由副外相田中明彥（Akihiko Tanaka）率領的代表團抵達首爾。", "田中明彦"],
  ["东京大学教授田中明彦（Akihiko Tanaka）对本报说，两国需要对话。", "田中明彦"],
  ["日本经济学家伊藤隆敏（Takatoshi Ito）在论坛上发言。", "伊藤隆敏"],
  ["日本經濟學家伊藤隆敏（Takatoshi Ito）在論壇上發言。", "伊藤隆敏"],
  ["经团联会长十仓雅和（Masakazu Tokura）率团访华。", "十仓雅和"],
  ["日本经团联前会长中西宏明（Hiroaki Nakanishi）与李强会面。", "中西宏明"],
  ["前首相福田康夫（Yasuo Fukuda）抵达北京。", "yasuo-fukuda"],
  ["日本首相岸田文雄（Fumio Kishida）表示欢迎。", "fumio-kishida"],
  ["外相上川陽子（Yoko Kamikawa）當天抵達。", "yoko-kamikawa"],
];

describe("japanese names", () => {
  it.each(ROWS)("should find the whole name in %s", (text, person) => {
    expect(people(text)).toContain(person);
  });

  it("should tell romanized Japanese names from other English names", () => {
    for (const en of ["Akihiko Tanaka", "Shinzo Abe", "Yoko Kamikawa", "Takeo Akiba"]) expect(isJapaneseName(en)).toBe(true);
    for (const en of ["Marco Rubio", "Narendra Modi", "Katherine Tai", "Kim Hak Song", "Jake Sullivan"]) expect(isJapaneseName(en)).toBe(false);
  });
});
