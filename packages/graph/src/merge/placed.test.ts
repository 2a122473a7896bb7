import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { BIDEN, TRUMP, XI, doc, timeline } from "./rules.helpers.ts";

type Visit = [quote: string, place: string | null, from?: string, to?: string, status?: EventSpec["status"]];
const visit = (who: string, [quote, place, from, to, status]: Visit): EventSpec => ({
  type: "visit",
  participants: [who],
  place,
  quote,
  status: status ?? "happened",
  ...(from ? { from, to: to ?? from, precision: "day" as const } : {}),
});
/** An undated meeting (so no rule can date the undated visit from it). */
const talks = (a: string, b: string, place: string): EventSpec => ({ type: "meeting", participants: [a, b], place, quote: "两人举行会谈。" });

/**
 * Visits left after merging an undated article (so the merger cannot tell which dated visit an undated
 * mention is about) with these visits, an earlier visit to 莫斯科 and an undated meeting at `where`.
 */
async function visits(who: string, where: string, list: Visit[]): Promise<number> {
  const host = who === XI ? BIDEN : XI;
  const moscow: Visit = ["此前一周曾访问莫斯科。", "place:moscow", "2024-10-01", "2024-10-02"];
  const events = [...[moscow, ...list].map((v) => visit(who, v)), talks(who, host, where)];
  return (await timeline(doc("a", "", events))).filter((e) => e.type === "visit").length;
}

const LIMA = "place:lima";
const GYEONGJU = "place:gyeongju";
const UNDATED: Visit = ["习近平出访期间，中方与多国签署合作文件。", null];
const UNDATED_T: Visit = ["習近平出訪期間，中方與多國簽署合作文件。", null];

describe("joinPlacedVisits", () => {
  it.each<[string, string, string, Visit[]]>([
    ["an undated visit placed by the meeting, with the city visit", XI, LIMA, [["习近平14日抵达利马。", "place:lima", "2024-11-14", "2024-11-16"], UNDATED]],
    ["traditional", XI, LIMA, [["習近平14日抵達利馬。", "place:lima", "2024-11-14", "2024-11-16"], UNDATED_T]],
    ["with the country visit", XI, LIMA, [["习近平14日至16日对秘鲁进行国事访问。", "place:peru", "2024-11-14", "2024-11-16"], UNDATED]],
    ["traditional, the country", XI, LIMA, [["習近平14日至16日對秘魯進行國事訪問。", "place:peru", "2024-11-14", "2024-11-16"], UNDATED_T]],
    ["a visitor met in a city inside the visit's country", TRUMP, GYEONGJU, [["特朗普10月29日抵达庆州。", "place:gyeongju", "2024-10-29", "2024-11-01"], ["特朗普此行期间还与多位企业领袖会面。", null]]],
    ["traditional, inside the country", TRUMP, GYEONGJU, [["川普10月29日抵達慶州。", "place:gyeongju", "2024-10-29", "2024-11-01"], ["川普此行期間亦與多位企業領袖會面。", null]]],
    ["a planned one", XI, LIMA, [["习近平将于14日抵达利马。", "place:lima", "2024-11-14", "2024-11-16", "planned"], ["习近平出访期间将会见多国领导人。", null, undefined, undefined, "planned"]]],
  ])("should join %s", async (_, who, where, list) => {
    expect(await visits(who, where, list)).toBe(2);
  });

  it.each<[string, Visit[], number]>([
    ["two dated visits to the country", [["习近平14日抵达利马。", "place:lima", "2024-11-14", "2024-11-16"], ["习近平6月曾访问秘鲁。", "place:peru", "2024-06-10", "2024-06-12"], UNDATED], 4],
    ["no dated visit to the country", [["习近平12日抵达北京。", "place:beijing", "2024-11-12", "2024-11-12"], UNDATED], 3],
    ["traditional, no dated visit there", [["習近平12日抵達北京。", "place:beijing", "2024-11-12", "2024-11-12"], UNDATED_T], 3],
  ])("should keep apart %s", async (_, list, want) => {
    expect(await visits(XI, LIMA, list)).toBe(want);
  });
});
