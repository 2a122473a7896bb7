// Tests of the language dispatch: sentences split by language, entities merged by id, English added to the state.
import { describe, expect, it } from "vitest";
import type { ExtractionState } from "../passes/types.ts";
import { splitSentences } from "../ingest/index.ts";
import { makeDocument } from "../time/fixtures.ts";
import { extractEnglish, mergeDocEntities, splitByLanguage } from "./index.ts";
import { extractDocument } from "../pipeline.ts";
import { builtinLexicon } from "./testing.ts";

const MIXED = [
  "王毅周四在华盛顿与布林肯会晤。",
  "Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken in Washington on Thursday.",
  "王毅说：“We had candid talks.” 双方同意保持沟通。",
];

describe("english/extract", () => {
  it("should split a document's sentences by paragraph, and a mixed paragraph by sentence", () => {
    const doc = makeDocument(MIXED, "2023-10-26", { lang: "mixed" });
    const sentences = doc.paragraphs.flatMap((p) => splitSentences(p));
    const { zh, en } = splitByLanguage(doc, sentences);
    expect(en.map((s) => s.paragraph)).toEqual([1]);
    expect(zh.every((s) => s.paragraph !== 1)).toBe(true);
    expect(splitByLanguage({ ...doc, lang: "zh" }, sentences).en.map((s) => s.paragraph)).toEqual([1]);
  });

  it("should send a letterless paragraph the document's way", () => {
    const doc = makeDocument(["2023-10-26", "Blinken met Wang Yi."], "2023-10-26", { lang: "en" });
    const sentences = doc.paragraphs.flatMap((p) => splitSentences(p));
    expect(splitByLanguage(doc, sentences).en).toHaveLength(sentences.length);
    expect(splitByLanguage({ ...doc, lang: "zh" }, sentences).zh.map((s) => s.paragraph)).toEqual([0]);
  });

  it("should merge the entities two passes found by id", () => {
    const doc = makeDocument(MIXED, "2023-10-26", { lang: "mixed" });
    const x = extractDocument(doc, { lexicon: builtinLexicon() });
    const wang = x.entities.filter((e) => e.id === "person:wang-yi");
    expect(wang).toHaveLength(1);
    expect(new Set(wang[0]!.mentions.map((m) => m.paragraph))).toEqual(new Set([0, 1, 2]));
    expect(mergeDocEntities(wang, wang)[0]!.mentions).toHaveLength(wang[0]!.mentions.length * 2);
  });

  it("should add English events of a mixed document beside the Chinese ones", () => {
    const doc = makeDocument(MIXED, "2023-10-26", { lang: "mixed" });
    const x = extractDocument(doc, { lexicon: builtinLexicon() });
    const rules = x.events.map((e) => e.rule);
    expect(rules.some((r) => r.startsWith("en-"))).toBe(true);
    expect(rules.some((r) => !r.startsWith("en-"))).toBe(true);
    for (const e of x.events) expect(e.participants.slice().sort()).toEqual(["person:antony-blinken", "person:wang-yi"]);
  });

  it("should leave the state alone for a Chinese document and set an English one's dateline", () => {
    const zh = makeDocument(["王毅与布林肯会晤。"], "2023-10-26");
    const zhSentences = splitSentences(zh.paragraphs[0]!);
    const state: ExtractionState = {
      document: zh,
      options: { lexicon: builtinLexicon() },
      sentences: zhSentences,
      chinese: zhSentences,
      english: [],
      entities: [],
      times: [],
      events: [],
    };
    extractEnglish(state);
    expect([state.entities, state.times, state.events]).toEqual([[], [], []]);
    const en = makeDocument(["WASHINGTON, Oct. 26, 2023 – Blinken hosted Wang Yi today."], null, { lang: "en" });
    const enSentences = splitSentences(en.paragraphs[0]!);
    const s2: ExtractionState = { ...state, document: en, sentences: enSentences, chinese: [], english: enSentences };
    extractEnglish(s2);
    expect(en.dateline).toMatchObject({ date: "2023-10-26", inferred: true });
    expect(s2.events.map((e) => [e.type, e.from])).toEqual([["meeting", "2023-10-26"]]);
  });
});
