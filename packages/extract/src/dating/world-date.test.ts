// Tests of dating an undated article by office days and summits the world knows.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { dateByWorld, worldBounds } from "./world-date.ts";

const lexicon = loadLexicon();

function docOf(paragraphs: string[], published: string | null = null) {
  return makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), published);
}

/** The world's bounds on an undated text, as "lo..hi", or null. */
function bounds(paragraphs: string[]): string | null {
  const b = worldBounds(extractDocument(docOf(paragraphs), { lexicon, yearHint: 2022 }));
  return b ? `${b.lo}..${b.hi}` : null;
}

/** The dateline of an undated text after world dating (corpus year 2022). */
function dated(paragraphs: string[], published: string | null = null): string | null {
  const doc = docOf(paragraphs, published);
  const base = extractDocument(doc, { lexicon, yearHint: 2022 });
  const out = dateByWorld(base, lexicon, (dateline) => extractDocument(doc, { lexicon, yearHint: 2022, dateline }));
  return out.document.dateline?.date ?? null;
}

describe("dating world-date", () => {
  it.each([
    // a known first day with 上月 / 本月 / 不到一个月: the month after it, or the days just after
    [["印尼总统普拉博沃上月20日宣誓就任后首次出访。"], "2024-11-01..2024-11-30"],
    [["印尼總統普拉伯沃上月20日宣誓就任後首次出訪。"], "2024-11-01..2024-11-30"],
    [["赖清德5月20日就职不到一个月，北京加大压力。"], "2024-05-21..2024-06-19"],
    [["賴清德5月20日就職未滿兩個月。"], "2024-05-21..2024-07-19"],
    [["马科斯本月30日宣誓就职。"], "2022-06-30..2022-06-30"],
    [["普拉博沃上月20日才宣誓就任总统，随即出访。"], "2024-11-01..2024-11-30"],
    [["多国元首出席了普拉伯沃上月20日的就職典禮。"], "2024-11-01..2024-11-30"],
    [["石破茂10月1日就任首相不到一周。"], "2024-10-02..2024-10-07"],
    // summits with 今年稍后 / 明年 / 下月 and a host city
    [["两国元首今年稍后可能在意大利罗马二十国集团峰会期间会面。"], "2021-01-01..2021-10-29"],
    [["兩國元首明年將在印度新德里G20峰會期間會晤。"], "2022-01-01..2022-12-31"],
    [["他下月将前往南非约翰内斯堡出席G20峰会。"], "2025-10-01..2025-10-31"],
    [["拜登上月在秘鲁利马出席亚太经合组织领导人会议。"], null],
    // the next or the last meeting, singled out by its host city
    [["下届二十国集团峰会将在南非约翰内斯堡举行。"], "2024-11-20..2025-11-21"],
    [["下屆二十國集團峰會將在南非約翰尼斯堡舉行。"], "2024-11-20..2025-11-21"],
    [["上届北约峰会在维尔纽斯举行。"], "2023-07-13..2024-07-09"],
    // the time since a term began: within the term (weak)
    [["这是拜登政府上台以来访华的最高级别官员。"], "2021-01-20..2025-01-20"],
    [["這是拜登政府上台以來訪華的最高級別官員。"], "2021-01-20..2025-01-20"],
    [["普拉博沃就任总统后首次出访选择中国。"], "2024-10-20..2029-10-20"],
    // a day of a term that is not a known first day, a former leader, or nothing: no bounds
    [["普拉博沃上月21日宣誓就任总统。"], null],
    [["前总统佐科上月20日卸任。"], null],
    [["一名学者上月20日访问北京。"], null],
  ])("should bound %j by %s", (paragraphs, want) => {
    expect(bounds(paragraphs)).toBe(want);
  });

  it.each([
    // combined clues date the article; a day the text writes in a month-long window sets the day
    [["赖清德5月20日就职不到一个月，国民党副主席将出席本周六（15日）举行的海峡论坛。"], "2024-06-15"],
    [["賴清德5月20日就職不到一個月，國民黨副主席將出席本週六（15日）舉行的海峽論壇。"], "2024-06-15"],
    [["普拉博沃上月20日宣誓就任总统。他将前往秘鲁首都利马出席亚太经合组织（APEC）领导人会议。"], "2024-11-14"],
    [["普拉伯沃上月20日宣誓就任總統。他將前往秘魯首都利馬出席亞太經合組織（APEC）領導人會議。"], "2024-11-14"],
    [["两国元首今年稍后可能在意大利罗马二十国集团峰会期间会面。"], "2021-10-29"],
    // a dated article is never re-dated; a text dated inside the bounds keeps its date
    [["赖清德5月20日就职不到一个月。"], "2024-06-19"],
    [["2024年6月3日，赖清德5月20日就职不到一个月。"], "2024-06-03"],
  ])("should date %j at %s", (paragraphs, want) => {
    expect(dated(paragraphs)).toBe(want);
  });

  it("should leave a published article alone", () => {
    expect(dated(["赖清德5月20日就职不到一个月。"], "2024-09-01")).toBe("2024-09-01");
  });
});
