// yearInNames and its use by yearOfText: a year written inside a name (联合利剑－2024A) dates the story.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { findTimes } from "./find.ts";
import { makeDocument } from "./fixtures.ts";
import { inferDocumentDate } from "./infer.ts";
import { yearInNames } from "./year-of-text.ts";

/** An undated document of both scripts' paragraphs, with their simplified text. */
const docOf = (paragraphs: string[]) => makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), null, {});

describe("time name years", () => {
  it.each([
    [["解放军在台湾周边举行“联合利剑－2024A”演习。"], 2024],
    [["解放軍在台灣周邊舉行「聯合利劍－2024A」演習。"], 2024],
    [["“海峡雷霆-2025A”演习于周二展开。"], 2025],
    [["「海峽雷霆-2025A」演習於週二展開。"], 2025],
    [["美国主导的“环太平洋-2024”军演开幕。"], 2024],
    [["中俄“北部·联合—2023”演习结束。"], 2023],
    // a range, a year with 年, a year to come or no name: none
    [["双方讨论了2021-2025年合作规划。"], null],
    [["雙方討論了2021－2025年合作規劃。"], null],
    [["“联合利剑－2031A”是虚构的名字。"], null],
    [["两国元首会晤。"], null],
  ])("should read in %j the year %s", (paragraphs, want) => {
    expect(yearInNames(docOf(paragraphs), 2026)).toBe(want);
  });

  it.each([
    // the name's year passes the older years written as background
    [["中共在赖清德就职三天后发动“联合利剑－2024A”军演。", "2022年8月，解放军曾在台湾周边军演。", "夏立言5月20日抵达厦门。"], "2024-05-20"],
    [["中共在賴清德就職三天後發動「聯合利劍－2024A」軍演。", "2022年8月，解放軍曾在台灣周邊軍演。", "夏立言5月20日抵達廈門。"], "2024-05-20"],
    // a later year the story writes stays
    [["“联合利剑－2024A”之后，2025年4月1日解放军再度演习。"], "2025-04-01"],
  ])("should date %j at %s", (paragraphs, want) => {
    const doc = docOf(paragraphs);
    expect(inferDocumentDate(doc, findTimes(doc, [], { infer: false }).times, { thisYear: 2026, yearHint: null })?.date).toBe(want);
  });
});
