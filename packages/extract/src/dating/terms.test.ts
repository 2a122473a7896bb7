// Tests of office terms as evidence of an undated article's year.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { dateByTerms } from "./terms.ts";

const lexicon = loadLexicon();

/** The dateline of an undated article after its office terms are checked, with the corpus year `hint`. */
function dated(paragraphs: string[], hint: number): string | null {
  const doc = makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), null);
  const base = extractDocument(doc, { lexicon, yearHint: hint });
  return dateByTerms(base, lexicon, (dateline) => extractDocument(doc, { lexicon, yearHint: hint, dateline }), 2026).document.dateline?.date ?? null;
}

describe("dating terms", () => {
  it.each([
    // the corpus's year is outside the term of the title the text gives: the nearest year of the term
    [["美国国务卿蒂勒森3月18日在北京会见中国国家主席习近平。"], 2021, "2018-03-18"],
    [["美國國務卿提勒森3月18日在北京會見中國國家主席習近平。"], 2021, "2018-03-18"],
    [["国务卿蒂勒森3月18日抵达北京。"], 2015, "2017-03-18"],
    [["國務卿提勒森3月18日抵達北京。"], 2015, "2017-03-18"],
    // inside the term, or a title of the past, or a year the text writes: unchanged
    [["美国国务卿蒂勒森3月18日抵达北京。"], 2017, "2017-03-18"],
    [["美国前国务卿蒂勒森3月18日抵达北京。"], 2021, "2021-03-18"],
    [["美國前國務卿提勒森3月18日抵達北京。"], 2021, "2021-03-18"],
    [["2021年，美国国务卿蒂勒森3月18日抵达北京。"], 2021, "2021-03-18"],
    [["一名学者3月18日抵达北京。"], 2021, "2021-03-18"],
    [["一名學者3月18日抵達北京。"], 2021, "2021-03-18"],
  ])("should date %j (corpus year %i) → %s", (paragraphs, hint, want) => {
    expect(dated(paragraphs, hint)).toBe(want);
  });
});
