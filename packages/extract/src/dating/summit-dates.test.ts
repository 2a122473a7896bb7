// Tests of giving an attendance or a meeting at a named summit the summit's days.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";

const lexicon = loadLexicon();

/** The dates of the events of a text published on `published`, as "type from..to". */
function dates(text: string, published: string): string[] {
  const doc = makeDocument([[text, toSimplified(text)]], published);
  return extractDocument(doc, { lexicon }).events.map((e) => `${e.type} ${e.from ?? "?"}..${e.to ?? "?"}`);
}

describe("dating summit-dates", () => {
  it.each([
    // a visit to the host city to attend it: the summit's days
    ["拜登将前往秘鲁首都利马出席亚太经合组织（APEC）领导人会议。", "2024-11-10", ["visit 2024-11-15..2024-11-16"]],
    ["拜登將前往秘魯首都利馬出席亞太經合組織（APEC）領導人會議。", "2024-11-10", ["visit 2024-11-15..2024-11-16"]],
    ["莫迪下月将赴喀山出席金砖国家峰会。", "2024-09-20", ["visit 2024-10-01..2024-10-31"]],
    ["莫迪下月將赴喀山出席金磚國家峰會。", "2024-09-20", ["visit 2024-10-01..2024-10-31"]],
    // the same host city years apart: the meeting near the dateline
    ["普京将前往约翰内斯堡出席金砖国家峰会。", "2018-07-01", ["visit 2018-07-25..2018-07-27"]],
    ["普京將前往約翰內斯堡出席金磚國家峰會。", "2023-08-01", ["visit 2023-08-22..2023-08-24"]],
    // a day the text writes stays; a month that cannot hold the summit stays
    ["拜登11月14日抵达利马出席亚太经合组织领导人会议。", "2024-11-15", ["visit 2024-11-14..2024-11-14"]],
    ["拜登去年7月前往利马出席亚太经合组织会议。", "2024-11-15", ["visit 2023-07-01..2023-07-31"]],
    // a month the text writes already places the visit: it stays
    ["习近平可能于11月前往旧金山出席亚太经合组织领导人会议。", "2023-10-20", ["visit 2023-11-01..2023-11-30"]],
    ["習近平可能於11月前往舊金山出席亞太經合組織領袖會議。", "2023-10-20", ["visit 2023-11-01..2023-11-30"]],
    // a destination that is not the host city, or a summit not attended: nothing to give
    ["拜登将访问智利，然后出席利马亚太经合组织领导人会议。", "2024-11-10", ["visit ?..?"]],
    ["拜登將訪問智利，然後出席利馬亞太經合組織領導人會議。", "2024-11-10", ["visit ?..?"]],
  ])("should date %s (published %s) as %j", (text, published, want) => {
    expect(dates(text, published)).toEqual(want);
  });
});
