import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { P, story } from "./story.helpers.ts";

type Report = [quote: string, from: string, to: string, place: string];
const plan = ([quote, from, to, place]: Report, status: "planned" | "possible" = "planned"): EventSpec => ({
  type: "meeting", participants: [P.xi, P.yellen], place: place === "place:none" ? null : place, from, to, precision: from === to ? "day" : "part-of-month", status, quote,
});
const held = ([quote, from, to, place]: Report): EventSpec => ({ type: "meeting", participants: [P.yellen, P.xi], place, from, to, quote });

describe("joinSlips", () => {
  // 白宫未排除两人11月底在布宜诺斯艾利斯会面的可能 (October) and 12月1日两人在布宜诺斯艾利斯共进晚餐: one meeting.
  it.each<[Report, Report, "planned" | "possible"]>([
    [["白宫未排除耶伦与习近平11月底在北京会面的可能。", "2023-11-21", "2023-11-30", "place:beijing"], ["12月1日，耶伦与习近平在北京共进晚餐。", "2023-12-01", "2023-12-01", "place:beijing"], "possible"],
    [["白宮未排除葉倫與習近平11月底在北京會面的可能。", "2023-11-21", "2023-11-30", "place:beijing"], ["12月1日，葉倫與習近平在人民大會堂會談。", "2023-12-01", "2023-12-01", "place:great-hall-of-the-people"], "possible"],
    [["耶伦预计下旬访问北京期间会见习近平。", "2023-07-21", "2023-07-31", "place:beijing"], ["耶伦8月3日在北京会见习近平。", "2023-08-03", "2023-08-03", "place:beijing"], "planned"],
    [["葉倫預計下旬訪問北京期間會見習近平。", "2023-07-21", "2023-07-31", "place:china"], ["葉倫8月3日在北京會見習近平。", "2023-08-03", "2023-08-03", "place:beijing"], "planned"],
    [["习近平将于15日在旧金山与耶伦会面。", "2023-11-15", "2023-11-15", "place:san-francisco"], ["习近平17日在旧金山会见耶伦。", "2023-11-17", "2023-11-17", "place:san-francisco"], "planned"],
    [["習近平將於15日在舊金山與葉倫會面。", "2023-11-15", "2023-11-15", "place:united-states"], ["習近平20日在舊金山會見葉倫。", "2023-11-20", "2023-11-20", "place:san-francisco"], "planned"],
    [["耶伦与习近平有望月初在东京会面。", "2024-03-01", "2024-03-10", "place:tokyo"], ["耶伦与习近平3月12日在东京会面。", "2024-03-12", "2024-03-12", "place:tokyo"], "possible"],
    // A plan naming no place is the pair's next meeting held within the slip.
    [["耶伦预计11月底会见习近平。", "2023-11-21", "2023-11-30", "place:none"], ["12月1日，耶伦在北京会见习近平。", "2023-12-01", "2023-12-01", "place:beijing"], "planned"],
    [["葉倫預計本月下旬與習近平會面。", "2023-11-21", "2023-11-30", "place:none"], ["12月3日，葉倫在北京會見習近平。", "2023-12-03", "2023-12-03", "place:beijing"], "planned"],
    [["两人同意下月1日再次会晤。", "2023-12-01", "2023-12-01", "place:none"], ["耶伦与习近平12月12日在北京会晤。", "2023-12-12", "2023-12-12", "place:beijing"], "planned"],
    [["兩人同意下月初會面。", "2023-12-01", "2023-12-10", "place:none"], ["葉倫與習近平12月12日在人民大會堂會晤。", "2023-12-12", "2023-12-12", "place:great-hall-of-the-people"], "planned"],
    [["外界猜测耶伦与习近平可能于月中见面。", "2023-11-11", "2023-11-20", "place:none"], ["耶伦与习近平11月20日在旧金山会面。", "2023-11-20", "2023-11-20", "place:san-francisco"], "possible"],
    [["外界猜測葉倫與習近平可能於月中見面。", "2023-11-11", "2023-11-20", "place:none"], ["葉倫與習近平11月24日在舊金山會面。", "2023-11-24", "2023-11-24", "place:san-francisco"], "possible"],
  ])("should make one meeting of the plan %j and what happened %j", async (p, h, status) => {
    const events = await story(p[1] < "2023-10" ? "2023-07-01" : "2023-10-09", [plan(p, status)], [held(h)], h[1]);
    expect(events.map((e) => [e.start, e.status, e.sources.length])).toEqual([[h[1], "happened", 2]]);
  });

  it.each<[string, Report, Report, string?]>([
    ["a month apart", ["耶伦预计11月初在北京会见习近平。", "2023-11-01", "2023-11-10", "place:beijing"], ["12月20日，耶伦在北京会见习近平。", "2023-12-20", "2023-12-20", "place:beijing"]],
    ["in another city", ["耶倫預計11月底在東京會見習近平。", "2023-11-21", "2023-11-30", "place:tokyo"], ["12月1日，葉倫在北京會見習近平。", "2023-12-01", "2023-12-01", "place:beijing"]],
    ["with no place, weeks before", ["耶伦预计11月初会见习近平。", "2023-11-01", "2023-11-10", "place:none"], ["12月1日，耶伦在北京会见习近平。", "2023-12-01", "2023-12-01", "place:beijing"]],
    ["with no place, after the meeting", ["葉倫預計12月中旬與習近平再次會面。", "2023-12-11", "2023-12-20", "place:none"], ["12月1日，葉倫在北京會見習近平。", "2023-12-01", "2023-12-01", "place:beijing"]],
    ["with no place, a week after", ["耶伦预计12月8日与习近平再次会面。", "2023-12-08", "2023-12-08", "place:none"], ["12月1日，耶伦在北京会见习近平。", "2023-12-01", "2023-12-01", "place:beijing"]],
    ["planned after it happened", ["耶伦预计11月底在北京再次会见习近平。", "2023-11-21", "2023-11-30", "place:beijing"], ["11月10日，耶伦在北京会见习近平。", "2023-11-10", "2023-11-10", "place:beijing"], "2023-11-12"],
  ])("should keep the plan apart when %s", async (_name, p, h, published = "2023-10-09") => {
    const spec = plan(p);
    if (p[3] === "place:none") spec.place = null;
    const events = await story(published, [spec], [held(h)], h[1]);
    expect(events).toHaveLength(2);
  });
});
