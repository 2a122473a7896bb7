// Tests of the months an undated text reports as past (pastMonthFloor) and of written dates that contradict a candidate dateline.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { pastMonthFloor, writtenPastAfter } from "./past-days.ts";
import { dateByWorld } from "./world-date.ts";

const lexicon = loadLexicon();

/** The text extracted under a dateline. */
function under(paragraphs: string[], dateline: string) {
  const doc = makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), null);
  return extractDocument(doc, { lexicon, dateline: { date: dateline, basis: "test" } });
}

describe("dating past-months", () => {
  it.each([
    [["两人7月在汉堡二十国集团峰会期间亦有会谈。"], "2017-11-09", "2017-07-01"],
    [["兩人7月在漢堡二十國集團峰會期間亦有會談。"], "2017-11-09", "2017-07-01"],
    [["习近平今年4月曾赴海湖庄园与特朗普会晤。", "安倍2月访美。"], "2017-11-09", "2017-04-01"],
    [["習近平今年4月曾赴海湖莊園與特朗普會晤。", "安倍2月訪美。"], "2017-11-09", "2017-04-01"],
    [["她今年3月出访帕劳，回程过境夏威夷。"], "2019-07-31", "2019-03-01"],
    [["去年8月，她出訪巴拉圭時過境洛杉磯。", "今年3月，她出訪帛琉。"], "2019-07-31", "2019-03-01"],
    // a month of the future, a day-precise date, a year alone, no month at all: no floor
    [["双方预计9月在纽约会晤。"], "2020-08-31", null],
    [["雙方將於10月舉行峰會。"], "2020-08-31", null],
    [["两国元首9月14日曾视频会晤。"], "2020-12-31", null],
    [["2016年，两国关系持续紧张。"], "2020-12-31", null],
    [["两人昨天在东京会晤。"], "2019-07-31", null],
  ])("should read %j under %s as past from %s", (paragraphs, dateline, want) => {
    expect(pastMonthFloor(under(paragraphs, dateline), dateline)).toBe(want);
  });

  it.each([
    // under a February dateline, months and years the text reports as past come after it: contradictions
    [["安倍2月访美。", "7月在汉堡二十国集团峰会期间，两人亦有会谈。"], "2017-02-06", 1],
    [["習近平今年4月曾赴海湖莊園。", "7月兩人在漢堡亦有會談。"], "2017-02-06", 2],
    [["她在2017年1月出访中美洲时曾过境休斯敦。"], "2016-06-15", 1],
    [["她在2017年1月出訪中美洲時曾過境休斯頓，同年10月底過境夏威夷。"], "2017-01-07", 1],
    // none after it, a future clause, bare days (a candidate's day of month may be a guess): none
    [["安倍2月访美。", "7月在汉堡亦有会谈。"], "2017-11-06", 0],
    [["双方将于7月在汉堡会晤。"], "2017-02-06", 0],
    [["雙方預計明年1月舉行選舉。"], "2019-07-11", 0],
    [["峰会定于11月在利马举行，届时两国元首将会晤。"], "2016-08-01", 0],
    [["APEC會議11月在利馬舉行，屆時兩國元首預料會晤。"], "2016-08-01", 0],
    [["蔡英文当地时间11日晚抵达纽约。"], "2019-07-01", 0],
    [["特朗普明日（7日）将结束日本行程。"], "2017-11-01", 0],
    [["2016年上任后，她多次出访。"], "2019-07-01", 0],
  ])("should count in %j under %s %i written dates reported past yet after it", (paragraphs, dateline, want) => {
    expect(writtenPastAfter(under(paragraphs, dateline), dateline)).toBe(want);
  });

  it.each([
    [["特朗普今日在东京与安倍举行会谈，明日（7日）将转往首尔，其后出席越南岘港的亚太经合组织（APEC）领导人会议。", "两人7月在汉堡二十国集团峰会期间亦有会谈。"]],
    [["特朗普今日在東京與安倍舉行會談，明日（7日）將轉往首爾，其後出席越南峴港的亞太經合組織（APEC）領導人會議。", "兩人7月在漢堡二十國集團峰會期間亦有會談。"]],
  ])("should keep a world-dated article after the month it reports as past: %j", (paragraphs) => {
    const doc = makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), null);
    const base = extractDocument(doc, { lexicon });
    const out = dateByWorld(base, lexicon, (dateline) => extractDocument(doc, { lexicon, dateline }));
    const today = out.events.find((e) => e.type === "meeting" && e.paragraph === 0);
    expect(today?.from && today.from >= "2017-07-01" && today.to !== null && today.to <= "2017-11-09").toBe(true);
  });
});
