// Rule test: a pair its article tells apart from a group meeting of the same day (a format, 双边, 会后, a bilateral and a trilateral in one story) stays apart; a headline's subset joins.
import { describe, expect, it } from "vitest";
import { EventMerger } from "./merger.ts";
import { PlaceRelations } from "./places.ts";
import { toEvent } from "./finish.ts";
import type { MergeInput } from "./cluster.ts";

/** One report: participants joined by +, its document, its sentence, trigger, and whether it is a headline. */
type Report = [who: string, doc: string, quote: string, trigger: string, headline?: boolean];

function input([who, doc, quote, trigger, headline]: Report, i: number): MergeInput {
  return {
    type: "meeting",
    participants: who.split("+"),
    place: null,
    precision: "day",
    status: "happened",
    source: { document: doc, quote, paragraph: 0, start: i, end: i + 1, from: "2025-03-22", to: "2025-03-22", status: "happened", trigger, rule: "test", documentDate: null },
    ...(headline === true && { headline: true }),
  };
}

function count(reports: Report[]): number {
  const places = new PlaceRelations([]);
  const m = new EventMerger(places);
  reports.forEach((r, i) => m.add(input(r, i)));
  return m.clusters().map((c) => toEvent(c, places)).length;
}

const FM = "王毅+岩屋毅+赵兑烈";

describe("merge group-apart", () => {
  it.each<[string, Report[], number]>([
    ["a format of three nations (中日韩外长会议) and a pair of another sentence", [["王毅+岩屋毅", "a", "王毅与岩屋毅举行会谈。", "会谈"], [FM, "a", "王毅、岩屋毅和赵兑烈在东京举行中日韩外长会议。", "会议"]], 2],
    ["the same in traditional script (日中韓外長會議)", [["王毅+岩屋毅", "a", "王毅與岩屋毅舉行會談。", "會談"], [FM, "a", "王毅、趙兌烈與岩屋毅在東京舉行日中韓外長會議。", "會議"]], 2],
    ["a pair's own bilateral (双边会谈) beside a meeting not named by its format", [["王毅+岩屋毅", "a", "会议结束后，王毅与岩屋毅举行了双边会谈。", "会谈"], [FM, "a", "王毅、岩屋毅和赵兑烈在东京举行外长会议。", "会议"]], 2],
    ["a pair held apart (另外舉行)", [["王毅+赵兑烈", "a", "趙兌烈則與王毅在東京另外舉行會談。", "會談"], [FM, "a", "三位外長在東京舉行會議。", "會議"]], 2],
    ["a pair after the meeting (會後)", [["王毅+岩屋毅", "a", "會後，王毅與岩屋毅舉行會談。", "會談"], [FM, "a", "王毅、趙兌烈與岩屋毅在東京舉行外長會議。", "會議"]], 2],
    ["a pair the same day too (同日也)", [["王毅+赵兑烈", "a", "王毅同日也与赵兑烈举行了会谈。", "会谈"], [FM, "a", "王毅、岩屋毅和赵兑烈在东京举行外长会议。", "会议"]], 2],
    ["others joining the pair's meeting (加入会议)", [["拜登+习近平", "a", "拜登当天先在椭圆形办公室与习近平会谈。", "会谈"], ["拜登+习近平+岸田文雄+马克龙", "a", "其后，岸田文雄与马克龙在东厅加入会议。", "加入"]], 2],
    ["the same in traditional script (加入會議)", [["拜登+习近平", "a", "拜登當天先在橢圓形辦公室與習近平會談。", "會談"], ["拜登+习近平+岸田文雄+马克龙", "a", "其後，岸田文雄與馬克龍在東廳加入會議。", "加入"]], 2],
    ["a summit of a bloc (中欧领导人会晤) and a pair", [["李克强+图斯克", "a", "李克强随后会见图斯克。", "会见"], ["李克强+图斯克+容克", "a", "李克强与图斯克和容克举行中欧领导人会晤。", "会晤"]], 2],
    ["a 2+2 and a pair of it", [["布林肯+上川阳子", "a", "布林肯与上川阳子举行外长会谈。", "会谈"], ["布林肯+上川阳子+木原稔", "a", "布林肯与上川阳子、木原稔举行美日「2+2」会谈。", "会谈"]], 2],
    ["a headline naming two of the three joins the group", [["石破茂+王毅", "a", "石破茂接見王毅 盼早日舉行日中韓峰會", "接見", true], ["石破茂+王毅+赵兑烈", "a", "石破茂接見出席日中韓外長會議的王毅和趙兌烈，三國應共同努力。", "接見"]], 1],
    ["a pair of another document joins as before", [["王毅+岩屋毅", "b", "王毅与岩屋毅会面。", "会面"], [FM, "a", "王毅、岩屋毅和赵兑烈举行中日韩外长会议。", "会议"]], 1],
    ["a bilateral and a trilateral of one sentence", [["习近平+马克龙", "a", "6日与马克龙会谈，同日三人还与冯德莱恩举行中法欧三方会晤。", "会谈"], ["习近平+马克龙+冯德莱恩", "a", "6日与马克龙会谈，同日三人还与冯德莱恩举行中法欧三方会晤。", "会晤"]], 2],
    ["a bilateral and a trilateral of two sentences (traditional)", [["习近平+马克龙", "a", "兩人隨後舉行會談。", "會談"], ["习近平+马克龙+冯德莱恩", "a", "同一天，三人舉行了中法歐三方會晤。", "會晤"]], 2],
    ["a trilateral summit and a bilateral on its sidelines", [["拜登+岸田文雄", "a", "拜登会见岸田文雄。", "会见"], ["拜登+岸田文雄+尹锡悦", "a", "三人随后举行三边会谈。", "会谈"]], 2],
    ["a bilateral of another document joins as before", [["习近平+马克龙", "b", "习近平与马克龙会谈。", "会谈"], ["习近平+马克龙+冯德莱恩", "a", "三人举行三方会晤。", "会晤"]], 1],
    ["a subset with no cue of a meeting of its own joins as before", [["王毅+拜登", "a", "王毅与拜登会面。", "会面"], ["王毅+拜登+布林肯", "a", "王毅与拜登、布林肯会面。", "会面"]], 1],
  ])("should count: %s", (_name, reports, n) => {
    expect(count(reports)).toBe(n);
  });
});
