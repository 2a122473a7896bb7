import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { P, story } from "./story.helpers.ts";

type Visit = [visitor: string, place: string, from: string, to: string];
const visit = ([visitor, place, from, to]: Visit, status: EventSpec["status"] = "happened"): EventSpec => ({
  type: "visit", participants: [visitor], place, from, to, status, quote: "抵达访问。",
});
const meetingOf = (events: Awaited<ReturnType<typeof story>>) => events.find((e) => e.type !== "visit")!;

describe("lendVisits, undated meetings", () => {
  // The article dates the visit; the meeting it reports with a host has no date of its own.
  it.each<[string, Visit, string[], string | null, [string, string, string]]>([
    ["习近平在人民大会堂会见了朔尔茨。", [P.scholz, "place:beijing", "2022-11-04", "2022-11-04"], [P.xi, P.scholz], "place:great-hall-of-the-people", ["2022-11-04", "2022-11-04", "place:great-hall-of-the-people"]],
    ["朔尔茨随后与李克强举行会谈。", [P.scholz, "place:beijing", "2022-11-04", "2022-11-04"], [P.scholz, P.li], null, ["2022-11-04", "2022-11-04", "place:beijing"]],
    ["習近平在人民大會堂會見了蕭茲。", [P.scholz, "place:beijing", "2022-11-04", "2022-11-04"], [P.xi, P.scholz], "place:great-hall-of-the-people", ["2022-11-04", "2022-11-04", "place:great-hall-of-the-people"]],
    ["蕭茲隨後與李克強舉行會談。", [P.scholz, "place:beijing", "2022-11-04", "2022-11-04"], [P.scholz, P.li], null, ["2022-11-04", "2022-11-04", "place:beijing"]],
    ["马克龙与习近平在北京举行会谈。", [P.macron, "place:china", "2023-04-05", "2023-04-07"], [P.macron, P.xi], "place:beijing", ["2023-04-05", "2023-04-07", "place:beijing"]],
    ["馬克宏與習近平舉行會談。", [P.macron, "place:china", "2023-04-05", "2023-04-07"], [P.macron, P.xi], null, ["2023-04-05", "2023-04-07", "place:china"]],
    ["耶伦访问期间与何立峰举行了长时间会谈。", [P.yellen, "place:beijing", "2023-07-06", "2023-07-09"], [P.yellen, P.he], null, ["2023-07-06", "2023-07-09", "place:beijing"]],
    ["葉倫訪問期間與何立峰舉行了長時間會談。", [P.yellen, "place:beijing", "2023-07-06", "2023-07-09"], [P.yellen, P.he], null, ["2023-07-06", "2023-07-09", "place:beijing"]],
    ["欧尔班与习近平举行会谈。", [P.xi, "place:budapest", "2024-05-08", "2024-05-10"], [P.orban, P.xi], null, ["2024-05-08", "2024-05-10", "place:budapest"]],
    ["奧班與習近平舉行會談。", [P.xi, "place:hungary", "2024-05-08", "2024-05-10"], [P.orban, P.xi], "place:budapest", ["2024-05-08", "2024-05-10", "place:budapest"]],
    ["阿尔巴尼斯与习近平会面。", [P.albanese, "place:china", "2023-11-04", "2023-11-07"], [P.albanese, P.xi], null, ["2023-11-04", "2023-11-07", "place:china"]],
    ["艾班尼斯與習近平會面。", [P.albanese, "place:beijing", "2023-11-04", "2023-11-07"], [P.albanese, P.xi], null, ["2023-11-04", "2023-11-07", "place:beijing"]],
    ["李强与阿尔巴尼斯举行年度会晤。", [P.liqiang, "place:canberra", "2024-06-17", "2024-06-17"], [P.liqiang, P.albanese], null, ["2024-06-17", "2024-06-17", "place:canberra"]],
    ["李強與艾班尼斯舉行年度會晤。", [P.liqiang, "place:australia", "2024-06-15", "2024-06-18"], [P.liqiang, P.albanese], "place:canberra", ["2024-06-15", "2024-06-18", "place:canberra"]],
    ["佩洛西与蔡英文会面。", [P.pelosi, "place:taiwan", "2022-08-02", "2022-08-03"], [P.pelosi, P.tsai], null, ["2022-08-02", "2022-08-03", "place:taiwan"]],
    ["裴洛西與蔡英文、游錫堃會面。", [P.pelosi, "place:taipei", "2022-08-02", "2022-08-03"], [P.pelosi, P.tsai, P.you], null, ["2022-08-02", "2022-08-03", "place:taipei"]],
  ])("should date %s by the visit", async (quote, v, participants, place, want) => {
    const events = await story(v[3], [visit(v), { type: "meeting", participants, place, quote }]);
    const m = meetingOf(events);
    expect([m.start, m.end, m.place]).toEqual(want);
    expect(m.datedBy).toBeUndefined();
  });

  it.each<[string, Visit[], string[], string | null, "other"?]>([
    ["岸田文雄与习近平会谈。(the host is not of the visited country)", [[P.xi, "place:san-francisco", "2023-11-14", "2023-11-17"]], [P.kishida, P.xi], null],
    ["习近平与李克强会谈。(no visitor takes part)", [[P.scholz, "place:beijing", "2022-11-04", "2022-11-04"]], [P.xi, P.li], null],
    ["朔尔茨与李克强会谈。(only another article reports it)", [[P.scholz, "place:beijing", "2022-11-04", "2022-11-04"]], [P.scholz, P.li], null, "other"],
    ["習近平在東京會見了蕭茲。(a place the visit does not hold)", [[P.scholz, "place:beijing", "2022-11-04", "2022-11-04"]], [P.xi, P.scholz], "place:tokyo"],
    ["马克龙与习近平会谈。(two visits to China in one article)", [[P.macron, "place:beijing", "2023-04-05", "2023-04-07"], [P.macron, "place:china", "2019-11-04", "2019-11-06"]], [P.macron, P.xi], null],
    ["馬克宏與習近平會談。(a stay of a month)", [[P.macron, "place:china", "2023-04-01", "2023-04-30"]], [P.macron, P.xi], null],
  ])("should not date %s", async (quote, visits, participants, place, where) => {
    const m: EventSpec = { type: "meeting", participants, place, quote };
    const stays = visits.map((v) => visit(v));
    const events = where ? await story(visits[0]![3], stays, [m]) : await story(visits[0]![3], [...stays, m]);
    expect(meetingOf(events).datedBy).toBe("documents");
  });

  it.each<[string, string, EventSpec["status"]]>([
    ["朔尔茨随后将与李克强会谈。(written the day after the visit)", "2022-11-05", "happened"],
    ["蕭茲隨後將與李克強會談。(written on the visit's day)", "2022-11-04", "planned"],
  ])("should take the visit's status for %s only once the visit is over", async (quote, published, want) => {
    const events = await story(published, [visit([P.scholz, "place:beijing", "2022-11-04", "2022-11-04"]), { type: "meeting", participants: [P.scholz, P.li], status: "planned", quote }]);
    expect(meetingOf(events).status).toBe(want);
  });
});

describe("lendVisits, a meeting another article recalls too", () => {
  // The article dates the visit; a later article recalls the same talks in the same city, undated.
  it.each<[string, string, Visit, string[], string, [string, string]]>([
    ["习近平在人民大会堂会见了朔尔茨。", "朔尔茨此前在北京与习近平会谈时表示…", [P.scholz, "place:beijing", "2022-11-04", "2022-11-04"], [P.xi, P.scholz], "place:beijing", ["2022-11-04", "2022-11-04"]],
    ["習近平在北京會見了蕭茲。", "蕭茲此前在北京與習近平會談時曾表示…", [P.scholz, "place:beijing", "2022-11-04", "2022-11-04"], [P.xi, P.scholz], "place:beijing", ["2022-11-04", "2022-11-04"]],
    ["欧尔班在布达佩斯与习近平举行会谈。", "习近平此前在布达佩斯与欧尔班会谈。", [P.xi, "place:budapest", "2024-05-08", "2024-05-10"], [P.orban, P.xi], "place:budapest", ["2024-05-08", "2024-05-10"]],
    ["李強在坎培拉與艾班尼斯會晤。", "李強此前在坎培拉與艾班尼斯會晤時…", [P.liqiang, "place:canberra", "2024-06-17", "2024-06-17"], [P.liqiang, P.albanese], "place:canberra", ["2024-06-17", "2024-06-17"]],
    ["岸田文雄在东京与莫迪会谈。", "莫迪此前在日本与岸田文雄会谈时…", [P.modi, "place:japan", "2023-03-20", "2023-03-21"], [P.kishida, P.modi], "place:tokyo", ["2023-03-20", "2023-03-21"]],
  ])("should date %s by the visit though another article reports it too", async (quote, recalled, v, participants, place, want) => {
    const m: EventSpec = { type: "meeting", participants, place, quote };
    const events = await story(v[3], [visit(v), m], [{ ...m, quote: recalled }], "2024-12-01");
    const met = meetingOf(events);
    expect([met.start, met.end]).toEqual(want);
    expect(met.sources).toHaveLength(2);
  });

  it.each<[string, Visit, string[]]>([
    ["马克龙与习近平会谈。(no place named)", [P.macron, "place:beijing", "2023-04-05", "2023-04-07"], [P.macron, P.xi]],
    ["耶伦与何立峰会谈。(no place named)", [P.yellen, "place:beijing", "2023-07-06", "2023-07-09"], [P.yellen, P.he]],
  ])("should not date %s when only one of its articles reports the visit", async (quote, v, participants) => {
    const m: EventSpec = { type: "meeting", participants, quote };
    const events = await story(v[3], [visit(v), m], [m], "2024-12-01");
    expect(meetingOf(events).datedBy).toBe("documents");
  });
});

describe("lendVisits, meetings without a place", () => {
  it.each<[string, Visit[], string[], string, string | null]>([
    ["欧尔班预计9日与习近平举行会谈。", [[P.xi, "place:budapest", "2024-05-08", "2024-05-08"]], [P.orban, P.xi], "2024-05-09", "place:budapest"],
    ["奧班預計9日與習近平舉行會談。", [[P.xi, "place:hungary", "2024-05-08", "2024-05-08"]], [P.orban, P.xi], "2024-05-09", "place:hungary"],
    ["她预计今（3）日上午与立法院长游锡堃会面。", [[P.pelosi, "place:taiwan", "2022-08-01", "2022-08-10"]], [P.pelosi, P.you], "2022-08-03", "place:taiwan"],
    ["她預計今（3）日上午與立法院長游錫堃會面。", [[P.pelosi, "place:taipei", "2022-08-02", "2022-08-02"]], [P.pelosi, P.you], "2022-08-03", "place:taipei"],
    ["岸田文雄14日抵达东京后，习近平15日与布林肯会谈。(the arrival in Beijing is the latest)", [[P.blinken, "place:tokyo", "2023-06-14", "2023-06-14"], [P.blinken, "place:beijing", "2023-06-16", "2023-06-16"]], [P.blinken, P.xi], "2023-06-18", "place:beijing"],
    ["習近平20日與布林肯會談。(three weeks after arriving)", [[P.blinken, "place:beijing", "2023-06-01", "2023-06-01"]], [P.blinken, P.xi], "2023-06-22", null],
    ["岸田文雄16日与习近平会谈。(the host is not of the visited country)", [[P.xi, "place:san-francisco", "2023-11-14", "2023-11-14"]], [P.kishida, P.xi], "2023-11-16", null],
    ["布林肯18日与王毅会谈前已离开东京。(the latest arrival is elsewhere)", [[P.blinken, "place:beijing", "2023-06-14", "2023-06-14"], [P.blinken, "place:tokyo", "2023-06-16", "2023-06-16"]], [P.blinken, P.xi], "2023-06-18", null],
  ])("should place %s", async (quote, visits, participants, day, want) => {
    const events = await story(day, [...visits.map((v) => visit(v)), { type: "meeting", participants, from: day, status: "planned", quote }]);
    expect(meetingOf(events).place).toBe(want);
  });
});
