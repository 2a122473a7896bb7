// Tests of placing an undated article within days of a summit it reports as it happens.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { summitCalendar } from "./summits.ts";
import { currentWindow } from "./summit-current.ts";
import { dateByWorld } from "./world-date.ts";

const lexicon = loadLexicon();

/** The windows of the summits a sentence names, as "lo..hi" (or "-" for none). */
function windows(text: string): string[] {
  const simple = toSimplified(text);
  return summitCalendar()
    .find(simple)
    .flatMap((m) => m.candidates.map((c) => currentWindow(simple, m.start, c)))
    .map((w) => (w ? `${w.lo}..${w.hi}` : "-"));
}

/** The dateline of an undated text after world dating. */
function dated(paragraphs: string[]): string | null {
  const doc = makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), null);
  const base = extractDocument(doc, { lexicon, yearHint: 2022 });
  return dateByWorld(base, lexicon, (dateline) => extractDocument(doc, { lexicon, yearHint: 2022, dateline })).document.dateline?.date ?? null;
}

describe("dating summit-current", () => {
  it.each([
    // a bare day of the meeting in the summit's clause: the days around it
    ["印度总理莫迪1日在天津出席上海合作组织峰会时发表讲话。", ["2025-08-28..2025-09-08"]],
    ["印度總理莫迪1日在天津出席上海合作組織（SCO）峰會時發表講話。", ["2025-08-28..2025-09-08"]],
    ["普京22日抵达喀山主持金砖国家峰会。", ["2024-10-19..2024-10-31"]],
    ["習近平15日在秘魯利馬出席亞太經合組織（APEC）領導人非正式會議。", ["-", "2024-11-12..2024-11-23"]],
    ["拜登16日在印尼巴厘岛二十国集团峰会期间会见习近平。", ["2022-11-12..2022-11-23"]],
    // a word for the article's own days
    ["英國首相今天在廣島出席七國集團峰會。", ["2023-05-16..2023-05-28"]],
    ["各国领导人本周在维尔纽斯北约峰会上讨论乌克兰问题。", ["2023-07-08..2023-07-19"]],
    // a recall, a day the meeting does not cover, a day counted from it: nothing
    ["莫迪2018年6月出席在青岛举行的上合组织峰会。", ["-"]],
    ["莫迪去年10月在喀山金磚峰會期間與習近平會晤。", ["-"]],
    ["普京5日在喀山金砖国家峰会上发表讲话。", ["-"]],
    ["莫迪31日前已决定不出席天津上合组织峰会。", ["-"]],
  ])("should place %s at %j", (text, want) => {
    expect(windows(text)).toEqual(want);
  });

  it.each([
    [["印度總理莫迪31日在天津出席上海合作組織（SCO）峰會期間，與習近平舉行會談。莫迪30日晚間抵達天津。"], "2025-08-31"],
    [["印度总理莫迪31日在天津出席上海合作组织峰会期间，与习近平举行会谈。"], "2025-08-31"],
  ])("should date the undated article %j by the summit it reports as it happens", (paragraphs, want) => {
    expect(dated(paragraphs)).toBe(want);
  });
});
