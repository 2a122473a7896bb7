// Tests of the windows an elect or outgoing office holder puts on an undated article, and of a past summit word against a future tense.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { electClues } from "./elect-clues.ts";
import { officeClues } from "./office-clues.ts";
import { summitClues } from "./summit-clues.ts";
import { dateByWorld } from "./world-date.ts";

const lexicon = loadLexicon();

/** The undated extraction of one paragraph (both scripts). */
function extract(text: string) {
  const doc = makeDocument([[text, toSimplified(text)]], null);
  return { doc, extraction: extractDocument(doc, { lexicon, yearHint: 2020 }) };
}

/** The windows of every clue a clue finder gives, as "lo..hi" strings. */
const spans = (clues: { windows: { lo: string; hi: string }[] }[]): string[] => clues.flatMap((c) => c.windows.map((w) => `${w.lo}..${w.hi}`));

describe("dating elect-clues", () => {
  it.each([
    // elect: the months before one of the person's terms began
    ["美国候任总统特朗普与日本首相会面。", ["2016-05-15..2017-01-19", "2024-05-15..2025-01-19"]],
    ["美國候任總統川普與日本首相會面。", ["2016-05-15..2017-01-19", "2024-05-15..2025-01-19"]],
    ["美國總統當選人拜登（Joe Biden）的團隊發表聲明。", ["2020-05-15..2021-01-19"]],
    ["美国总统当选人拜登宣布了国务卿人选。", ["2020-05-15..2021-01-19"]],
    ["当选总统拜登当天与德国总理通电话。", ["2020-05-15..2021-01-19"]],
    // outgoing: the months before one of the person's terms ended
    ["即将卸任的拜登总统本周出访安哥拉。", ["2024-09-22..2025-01-19"]],
    ["即將卸任的拜登在利馬與習近平會面。", ["2024-09-22..2025-01-19"]],
    ["行将离任的美国总统拜登表示将继续支持乌克兰。", ["2024-09-22..2025-01-19"]],
    ["拜登即将卸任，他的团队正在交接。", ["2024-09-22..2025-01-19"]],
    // a title of the term itself, a former one, or no term the lexicon dates: nothing
    ["美国总统拜登与习近平通电话。", []],
    ["美國前總統川普在佛州發表演說。", []],
    ["即将卸任的奥巴马上月在利马出席会议。", []],
  ])("should bound %s by %j", (text, want) => {
    expect(spans(electClues(extract(text).extraction))).toEqual(want);
  });

  it.each([
    // the day a term begins, written as still to come: the article is before it
    ["拜登將於明年1月20日就職。", ["2020-01-01..2020-12-31"]],
    ["拜登将于明年1月20日宣誓就职。", ["2020-01-01..2020-12-31"]],
    ["拜登将于1月20日就职。", ["2020-05-15..2021-01-19"]],
  ])("should bound %s by a term's first day to come (%j)", (text, want) => {
    expect(spans(officeClues(extract(text).extraction))).toEqual(want);
  });

  it.each([
    // a word of the past places the summit whatever the sentence's tense (即将卸任 reads as future)
    ["即将卸任的奥巴马上月19日在秘鲁首都利马出席亚太经合组织（APEC）领导人会议期间，与习近平举行了会晤。", ["2016-12-01..2016-12-31", "2024-12-01..2024-12-31"]],
    ["即將卸任的奧巴馬上月在利馬出席亞太經合組織領導人會議。", ["2016-12-01..2016-12-31", "2024-12-01..2024-12-31"]],
    ["习近平将于明年在旧金山出席亚太经合组织领导人非正式会议。", ["2022-01-01..2022-12-31"]],
  ])("should place %s by its relation word (%j)", (text, want) => {
    expect(spans(summitClues(extract(text).doc))).toEqual(want);
  });

  it.each([
    [["美國候任總統特朗普2日與日本首相通電話。", "即將卸任的拜登上月16日在秘魯利馬出席亞太經合組織領導人會議期間與習近平會晤。"], "2024-12-02"],
    [["美国候任总统特朗普2日与日本首相通电话。", "即将卸任的拜登上月16日在利马出席亚太经合组织领导人会议期间与习近平会晤。"], "2024-12-02"],
    // Trump was elect in December 2016 and in December 2024: the two clues alone decide nothing
    [["美国候任总统特朗普2日与日本首相通电话。", "奥巴马上月19日在利马出席亚太经合组织领导人会议。"], null],
  ])("should date the undated article %j where the clues meet (%s)", (paragraphs, want) => {
    const doc = makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), null);
    const base = extractDocument(doc, { lexicon, yearHint: 2020 });
    const out = dateByWorld(base, lexicon, (dateline) => extractDocument(doc, { lexicon, yearHint: 2020, dateline }));
    expect(out.document.dateline?.date ?? null).toBe(want);
  });
});
