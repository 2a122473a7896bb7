// Table tests of the language detector: texts, paragraphs and whole documents.
import { describe, expect, it } from "vitest";
import { makeDocument } from "../time/fixtures.ts";
import { documentLanguage, languageOf, paragraphLanguages, type Lang } from "./index.ts";

const TEXTS: [string, Lang][] = [
  ["王毅与布林肯在华盛顿会晤", "zh"],
  ["周四（10月26日）下午，美国国务卿安东尼‧布林肯（Antony Blinken）在华盛顿接待王毅", "zh"],
  ["王毅與布林肯在華盛頓會晤", "zh"],
  ["Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Washington on Thursday.", "en"],
  ["Secretary Blinken’s meeting with Wang Yi", "en"],
  ["Wang Yi（王毅）met Blinken（布林肯）and Sullivan（沙利文）", "mixed"],
  ["王毅说：“We had candid talks with the American side about many things.”", "mixed"],
  ["2023-10-26 15:00", "none"],
  ["", "none"],
];

describe("lang", () => {
  it.each(TEXTS)("should read %j as %s", (text, lang) => {
    expect(languageOf(text)).toBe(lang);
  });

  it("should label each paragraph of a mixed document", () => {
    const doc = makeDocument(["王毅与布林肯会晤", "Wang Yi met Blinken in Washington.", "——"], "2023-10-26");
    expect(paragraphLanguages(doc)).toEqual(["zh", "en", "none"]);
  });

  it("should call a document mixed only when both languages hold paragraphs of their own", () => {
    const zh = ["王毅与布林肯在华盛顿会晤，双方讨论了中美关系。", "拜登会见了王毅。"];
    const en = ["Wang Yi met Blinken in Washington.", "Biden received Wang Yi at the White House."];
    expect(documentLanguage(makeDocument([...zh, en[0]!], null))).toBe("zh");
    expect(documentLanguage(makeDocument([...en, zh[1]!], null))).toBe("en");
    expect(documentLanguage(makeDocument([...zh, ...en], null))).toBe("mixed");
  });
});
