// Tests of dating a text that dates nothing on its own: a trial day moved by its recalled contacts, then its weekday-day pairs.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { crossDate } from "./cross-date.ts";
import { DatedEvents } from "./dated-events.ts";
import { leadDay } from "./lead-day.ts";
import { daysOfPair, pairsFit, weekdayDays } from "./weekday-days.ts";

const lexicon = loadLexicon();

function doc(id: string, paragraphs: string[], published: string | null) {
  return makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), published, { id, path: `${id}.txt` });
}

/** The dateline crossDate gives an undated text against dated ones (ceiling: the corpus's latest year + 1). */
function dateline(dated: { paragraphs: string[]; published: string }[], undated: string[], ceiling = 2025): string | null {
  const index = new DatedEvents();
  dated.forEach((d, i) => index.add(extractDocument(doc(`dated${i}`, d.paragraphs, d.published), { lexicon })));
  const u = doc("undated", undated, null);
  const base = extractDocument(u, { lexicon });
  return crossDate(base, index, (dl) => extractDocument(u, { lexicon, dateline: dl }), { ceiling }).extraction.document.dateline?.date ?? null;
}

// Two contacts of the year before, dated by other articles.
const RECALLED = [
  { published: "2023-06-15", paragraphs: ["巴勒斯坦总统阿巴斯6月13日至16日对中国进行国事访问。", "习近平6月14日在人民大会堂同阿巴斯举行会谈。"] },
  { published: "2023-11-21", paragraphs: ["中国外长王毅11月20日在北京会见沙特外交大臣费萨尔。"] },
];

describe("dating weekday-days", () => {
  it.each([
    ["各派周二（23日）在北京签署宣言。", "2024-07-01", ["2024-07-23", "2024-04-23", "2024-01-23"]],
    ["各派週二（23日）在北京簽署宣言。", "2024-07-01", ["2024-07-23", "2024-04-23", "2024-01-23"]],
    ["两国外长本周五（19日）会晤。", "2024-07-01", ["2024-07-19", "2024-04-19", "2024-01-19"]],
    ["兩國外長星期四(18日)會晤。", "2024-07-01", ["2024-07-18", "2024-04-18", "2024-01-18"]],
    ["峰会礼拜天（3号）闭幕。", "2024-03-15", ["2024-03-03", "2023-12-03", "2023-09-03"]],
  ])("should find the days %s can fall on near %s", (text, near, want) => {
    const pairs = weekdayDays(doc("d", [text], null));
    expect(pairs).toHaveLength(1);
    expect(daysOfPair(pairs[0]!, near, 6)).toEqual(want);
  });

  it.each([
    ["各派上周二（16日）抵达北京。", 0],
    ["各派下周二（30日）抵达北京。", 0],
    ["各派周二（10月23日）抵达北京。", 0],
    ["各派周二（23日）签署，周三（24日）离开。", 2],
  ])("should read the pairs of %s as %i", (text, n) => {
    expect(weekdayDays(doc("d", [text], null))).toHaveLength(n);
  });

  it.each([
    ["2024-07-23", true],
    ["2024-07-25", true],
    ["2024-06-23", false],
    ["2024-07-01", false],
  ])("should judge whether 周二（23日） fits a dateline of %s", (day, want) => {
    expect(pairsFit(weekdayDays(doc("d", ["各派周二（23日）签署。"], null)), day)).toBe(want);
  });
});

describe("crossDate (a text that dates nothing)", () => {
  it.each([
    [["巴勒斯坦各派周二（23日）在北京签署宣言。", "阿巴斯去年6月对中国进行国事访问，与习近平会谈。", "去年11月，沙特外交大臣费萨尔访问北京，与王毅会谈。", "习近平今年5月30日出席论坛开幕式。"], "2024-07-23"],
    [["巴勒斯坦各派週二（23日）在北京簽署宣言。", "阿巴斯去年6月對中國進行國事訪問，與習近平會談。", "去年11月，沙特外交大臣費薩爾訪問北京，與王毅會談。", "習近平今年5月30日出席論壇開幕式。"], "2024-07-23"],
    // no weekday: the months under which the recalls agree (2024), kept at their last
    [["阿巴斯去年6月对中国进行国事访问，与习近平会谈。", "去年11月，沙特外交大臣费萨尔访问北京，与王毅会谈。"], "2024-12-01"],
    [["阿巴斯去年6月對中國進行國事訪問，與習近平會談。", "去年11月，沙特外交大臣費薩爾訪問北京，與王毅會談。", "各派26日在北京會談。"], "2024-12-01"],
  ])("should date %j by its recalled contacts and weekdays", (undated, want) => {
    expect(dateline(RECALLED, undated)).toBe(want);
  });

  it("should leave a text alone when only one recalled contact agrees", () => {
    expect(dateline(RECALLED, ["阿巴斯去年6月对中国进行国事访问。", "各派周二（23日）签署宣言。"])).toBeNull();
  });
});

// Two contacts of early January, dated by another article.
const CAIRO = [{ published: "2023-01-10", paragraphs: ["王毅1月8日在开罗会见埃及总统塞西。", "1月9日，王毅在利雅得同沙特外交大臣费萨尔会谈。"] }];

describe("dating lead-day", () => {
  it.each([
    ["王毅30、31日在北京会见巴基斯坦外长。", 31],
    ["王毅30日在北京會見巴基斯坦外長。", 30],
    ["王毅28日至29日访问巴基斯坦。", 29],
    ["王毅15号抵达伊斯兰堡。", 15],
    ["王毅1月30日在北京会见巴基斯坦外长。", null],
    ["王毅上月30日在北京会见巴基斯坦外长。", null],
    ["王毅昨天在北京会见巴基斯坦外长。", null],
  ])("should read the lead day of %s as %s", (text, want) => {
    expect(leadDay(extractDocument(doc("d", [text], null), { lexicon }))).toBe(want);
  });

  it.each([
    [["王毅30、31日在北京会见巴基斯坦外长。", "在此之前，王毅本月8日曾在开罗会见塞西，9日在利雅得同费萨尔会谈。"], "2023-01-31"],
    [["王毅30、31日在北京會見巴基斯坦外長。", "在此之前，王毅本月8日曾在開羅會見塞西，9日在利雅得同費薩爾會談。"], "2023-01-31"],
  ])("should move %j to the lead's day later in the month other articles fix", (undated, want) => {
    expect(dateline(CAIRO, undated)).toBe(want);
  });
});
