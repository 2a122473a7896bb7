import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { BLINKEN, doc, timeline, XI } from "./rules.helpers.ts";

type Report = [quote: string, from: string, to: string];
const visit = ([quote, from, to]: Report): EventSpec => ({ type: "visit", participants: [BLINKEN], place: "place:beijing", from, to, quote });
const meeting = ([quote, from, to]: Report): EventSpec => ({ type: "meeting", participants: [BLINKEN, XI], place: "place:beijing", from, to, quote });

describe("daysOf", () => {
  // A visit lasts from the first to the last day its day-precise reports give.
  it.each<[string, Report[], Report[], [string, string]]>([
    ["arrival and a day during the visit", [["布林肯周日（18日）晚抵达北京，展开为期三天的访问。", "2023-06-18", "2023-06-20"], ["正在北京访问的布林肯周一（19日）会见王毅。", "2023-06-19", "2023-06-19"]], [], ["2023-06-18", "2023-06-20"]],
    ["traditional, the last day first", [["布林肯20日結束訪問北京。", "2023-06-20", "2023-06-20"], ["布林肯18日至20日訪問北京。", "2023-06-18", "2023-06-20"]], [], ["2023-06-18", "2023-06-20"]],
    ["simplified, a day inside the visit written first", [["正在北京访问的布林肯19日表示……", "2023-06-19", "2023-06-19"], ["布林肯18日至20日访问北京。", "2023-06-18", "2023-06-20"]], [], ["2023-06-18", "2023-06-20"]],
    ["another article's 本周访华 (a week)", [["布林肯19日访问北京。", "2023-06-19", "2023-06-19"]], [["布林肯本周访华。", "2023-06-19", "2023-06-25"]], ["2023-06-19", "2023-06-19"]],
    ["a week (本周访问, Monday to Sunday) aside", [["布林肯本周访问北京。", "2023-05-15", "2023-05-21"], ["布林肯16日至17日访问北京期间会见王毅。", "2023-05-16", "2023-05-17"]], [], ["2023-05-16", "2023-05-17"]],
    ["a day's visit reported twice", [["布林肯19日访问北京。", "2023-06-19", "2023-06-19"]], [["布林肯19日訪問北京。", "2023-06-19", "2023-06-19"]], ["2023-06-19", "2023-06-19"]],
  ])("should date a visit by %s", async (_, first, second, want) => {
    const docs = [doc("a", "2023-06-20", first.map(visit))];
    if (second.length) docs.push(doc("b", "2023-06-21", second.map(visit)));
    const events = await timeline(...docs);
    expect(events.map((e) => [e.start, e.end])).toEqual([want]);
  });

  it.each<[string, Report, string]>([
    ["先后访问 (a tour's days)", ["布林肯18日至24日先后访问北京和上海。", "2023-06-18", "2023-06-24"], "visit/subject;date:clause;status:cue:先后"],
    ["结束…后 (another leg's days)", ["布林肯結束為期一週的亞洲之行後返國。", "2023-06-18", "2023-06-24"], "visit/subject;date:clause;status:cue:后"],
    ["此行 (the article's trip)", ["布林肯此行为期一周。", "2023-06-18", "2023-06-24"], "visit-anaphoric/subject;date:main-visit;status:default"],
  ])("should not stretch a visit by %s", async (_, [quote, from, to], rule) => {
    const events = await timeline(doc("a", "2023-06-25", [visit(["布林肯19日抵达北京。", "2023-06-19", "2023-06-19"]), { ...visit([quote, from, to]), rule }]));
    expect(events.map((e) => [e.start, e.end])).toEqual([["2023-06-19", "2023-06-19"]]);
  });

  it.each<[string, Report[], [string, string]]>([
    ["a meeting on the day its reports agree on", [["布林肯18日至19日在北京与习近平会谈。", "2023-06-18", "2023-06-19"], ["习近平19日会见布林肯。", "2023-06-19", "2023-06-19"]], ["2023-06-19", "2023-06-19"]],
    ["traditional: a meeting a day off across time zones", [["習近平19日會見布林肯。", "2023-06-19", "2023-06-19"], ["布林肯當地時間18日與習近平會談。", "2023-06-18", "2023-06-18"]], ["2023-06-18", "2023-06-18"]],
  ])("should keep %s to one day", async (_, reports, want) => {
    const events = await timeline(doc("a", "2023-06-20", reports.slice(0, 1).map(meeting)), doc("b", "2023-06-20", reports.slice(1).map(meeting)));
    expect(events.map((e) => [e.start, e.end])).toEqual([want]);
  });
});
