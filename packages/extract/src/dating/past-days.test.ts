// Tests of the days an undated text says are past, and of world dating that keeps the article after them.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { pastAfterDateline, pastFloor } from "./past-days.ts";
import { dateByWorld } from "./world-date.ts";

const lexicon = loadLexicon();

function doc(paragraphs: string[]) {
  return makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), null);
}

/** The text extracted under a dateline. */
function under(paragraphs: string[], dateline: string) {
  return extractDocument(doc(paragraphs), { lexicon, dateline: { date: dateline, basis: "test" } });
}

describe("dating past-days", () => {
  it.each([
    [["这次会议被视为9月14日视讯会晤的延续。"], "2020-12-31", "2020-09-14"],
    [["這次會議被視為9月14日視訊會晤的延續。"], "2020-12-31", "2020-09-14"],
    [["习近平今年5月30日出席论坛开幕式。"], "2024-07-31", "2024-05-30"],
    [["習近平今年5月30日出席論壇開幕式。", "雙方4月2日曾通電話。"], "2024-07-31", "2024-05-30"],
    [["副贸易代表1月7日至9日曾率团赴北京。"], "2019-01-31", "2019-01-07"],
    // a date of the future, a month without a day, a day the dateline itself places (本月7日, 昨天): no floor
    [["副貿易代表本月7日至9日曾率團赴北京。"], "2019-01-31", null],
    [["双方将于3月1日前完成磋商。"], "2019-01-31", null],
    [["雙方預計9月20日在紐約會晤。"], "2020-08-31", null],
    [["两国元首6月在大阪会晤。"], "2019-07-31", null],
    [["两人昨天会晤。"], "2019-07-31", null],
  ])("should read %j under %s as past from %s", (paragraphs, dateline, want) => {
    expect(pastFloor(under(paragraphs, dateline), dateline)).toBe(want);
  });

  it.each([
    [["习近平今年5月30日出席论坛开幕式。", "哈马斯与法塔赫今年4月下旬曾会面。"], "2024-04-23", 1],
    [["习近平今年5月30日出席论坛开幕式。"], "2024-07-23", 0],
    [["以色列总理将于24日在国会发表演说。"], "2024-07-23", 0],
  ])("should count in %j under %s %i dates reported past yet after it", (paragraphs, dateline, want) => {
    expect(pastAfterDateline(under(paragraphs, dateline), dateline)).toBe(want);
  });

  it.each([
    // the lead's bare day is left unplaced by a dateline from the recalled 9月14日: the bounds decide, from 9月14日 on
    [["欧盟与中国30日宣布完成投资协定谈判，习近平当天与德国总理默克尔视讯会晤。", "美国总统当选人拜登将于明年1月20日就职。", "这次会议被视为9月14日视讯会晤的延续。"], "2020-12-31"],
    [["歐盟與中國30日宣布完成投資協定談判，習近平當天與德國總理梅克爾視訊會晤。", "美國總統當選人拜登將於明年1月20日就職。", "這次會議被視為9月14日視訊會晤的延續。"], "2020-12-31"],
  ])("should date the undated article %j by its bounds (%s)", (paragraphs, want) => {
    const d = doc(paragraphs);
    const base = extractDocument(d, { lexicon, yearHint: 2020 });
    const out = dateByWorld(base, lexicon, (dateline) => extractDocument(d, { lexicon, yearHint: 2020, dateline }));
    expect(out.document.dateline?.date ?? null).toBe(want);
    const first = out.events.find((e) => e.participants.length > 1);
    expect(first?.from && first.from >= "2020-09-14").toBe(true);
  });
});
