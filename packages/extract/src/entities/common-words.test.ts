// Tests of the common-word guard: jieba's nr-tagged dictionary words are no names without a title.
import { describe, expect, it } from "vitest";
import { dropCommonWords, isCommonNrWord } from "./common-words.ts";
import { testDocument, sentencesOf } from "./fixtures.ts";
import { viewOf, type Candidate } from "./view.ts";

const ROWS: [string, boolean][] = [
  ["明朗", true],
  ["祝贺", true],
  ["顾问", true],
  ["明白", true],
  ["文明", true],
  ["毛宁", false],
  ["王毅", false],
  ["谢锋", false],
  ["孙卫东", false],
];

describe("common-words", () => {
  it.each(ROWS)("should say whether %s is a common word tagged nr (%s)", (word, common) => {
    expect(isCommonNrWord(word)).toBe(common);
  });

  it("should drop a common word found by a weak rule and keep it after a title", () => {
    const doc = testDocument(["前景更加明朗。", "总统明朗表示欢迎。"]);
    const [a, b] = sentencesOf(doc).map(viewOf);
    const weak: Candidate = { view: a!, start: 4, end: 6, type: "person", rule: "speech-verb", name: "明朗" };
    const other: Candidate = { view: a!, start: 0, end: 2, type: "person", rule: "speech-verb", name: "毛宁" };
    const found = [weak, other];
    dropCommonWords(found);
    expect(found.map((c) => c.name)).toEqual(["毛宁"]);
    const titled: Candidate = { view: b!, start: 2, end: 4, type: "person", rule: "title-before-name", name: "明朗" };
    const both = [weak, titled];
    dropCommonWords(both);
    expect(both).toHaveLength(2);
  });
});
