// A past month written in an earlier paragraph (a recall) does not carry a later bare day away from the article's month.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { makeDocument } from "./fixtures.ts";
import { findTimes } from "./find.ts";

/** The date of `surface` (its last occurrence) in a dated article of paragraphs. */
function dateOf(paragraphs: string[], published: string, surface: string): string | null {
  const doc = makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), published);
  const found = findTimes(doc, []).times.filter((t) => t.surface === surface);
  return found.at(-1)?.from ?? null;
}

describe("time month-paragraph", () => {
  it.each([
    // a recall of earlier months, then the story's bare days in a later paragraph: the article's month
    [["两人今年已三度通电话：1月17日、6月5日以及9月19日。", "特朗普28日在东京与高市早苗会谈。"], "2025-10-30", "28日", "2025-10-28"],
    [["兩人今年已三度通電話：1月17日、6月5日以及9月19日。", "川普28日在東京與高市早苗會談。"], "2025-10-30", "28日", "2025-10-28"],
    [["上一次会晤是9月12日在纽约。", "习近平30日起对韩国进行国事访问。"], "2025-10-30", "30日", "2025-10-30"],
    [["上一次會晤是9月12日在紐約。", "習近平30日起對韓國進行國事訪問。"], "2025-10-30", "30日", "2025-10-30"],
    [["蔡英文3月29日启程出访。", "马克龙5日抵达北京，预计6日与习近平会谈。"], "2023-04-06", "5日", "2023-04-05"],
    [["蔡英文3月29日啟程出訪。", "馬克宏5日抵達北京，預計6日與習近平會談。"], "2023-04-06", "5日", "2023-04-05"],
    // the month written in the day's own paragraph or sentence stays
    [["两人9月19日通话，9月28日又在纽约会面。"], "2025-10-30", "9月28日", "2025-09-28"],
    [["王毅9月26日抵达纽约。28日，他会见了布林肯。"], "2023-10-10", "28日", "2023-09-28"],
    [["王毅9月26日抵達紐約。28日，他會見了布林肯。"], "2023-10-10", "28日", "2023-09-28"],
    // a day after the article's day is still last month's
    [["布林肯9月18日访华。", "王毅25日会见了他。"], "2023-10-10", "25日", "2023-09-25"],
    [["布林肯9月18日訪華。", "王毅25日會見了他。"], "2023-10-10", "25日", "2023-09-25"],
  ])("should date %j (published %s): %s → %s", (paragraphs, published, surface, want) => {
    expect(dateOf(paragraphs, published, surface)).toBe(want);
  });
});
