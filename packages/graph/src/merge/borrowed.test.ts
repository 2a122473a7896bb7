import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { BIDEN, XI, doc, timeline } from "./rules.helpers.ts";

type Row = [quote: string, from: string, to: string, precision: EventSpec["precision"], place: string | null];
const meeting = ([quote, from, to, precision, place]: Row): EventSpec => ({ type: "meeting", participants: [XI, BIDEN], place, from, to, precision, quote });
/** The pair's day-dated meetings: Lima 2024-11-16, 菲洛里庄园 2023-11-15. */
const LIMA: Row = ["习近平与拜登16日在利马会晤。", "2024-11-16", "2024-11-16", "day", "place:lima"];
const FILOLI: Row = ["習近平與拜登15日在菲洛里莊園會晤。", "2023-11-15", "2023-11-15", "day", "place:filoli"];

async function count(rows: Row[], held: Row[] = [LIMA, FILOLI]): Promise<number> {
  const events = await timeline(doc("a", "2024-11-17", held.map(meeting)), doc("b", "2025-01-10", rows.map(meeting)));
  return events.filter((e) => e.type === "meeting").length;
}

describe("PlaceOwners.lender", () => {
  it.each<[string, Row]>([
    ["a month's talks that took the next clause's place", ["两人2024年11月在亚太经合组织会议期间曾会晤，前一年11月又在旧金山会面。", "2024-11-01", "2024-11-30", "month", "place:filoli"]],
    ["traditional", ["兩人2024年11月曾會晤，前一年11月兩人則在菲洛里莊園會面。", "2024-11-01", "2024-11-30", "month", "place:filoli"]],
    ["a part of a month", ["两人去年11月中旬举行会谈，此前一年曾在菲洛里庄园会面。", "2024-11-11", "2024-11-20", "part-of-month", "place:filoli"]],
    ["a season", ["兩人2024年秋季會晤，上一次是在菲洛里莊園。", "2024-09-01", "2024-11-30", "season", "place:filoli"]],
    ["the earlier meeting given the later one's place", ["两人2023年11月会晤后，一年后又在利马会面。", "2023-11-01", "2023-11-30", "month", "place:lima"]],
    ["traditional, the earlier one", ["兩人2023年11月會晤之後，2024年又在利馬會面。", "2023-11-01", "2023-11-30", "month", "place:lima"]],
  ])("should join %s to the meeting of its month", async (_, row) => {
    expect(await count([row])).toBe(2);
  });

  it.each<[string, Row]>([
    ["a place the pair never met at", ["两人2024年11月在北京会晤。", "2024-11-01", "2024-11-30", "month", "place:beijing"]],
    ["traditional, a place never met at", ["兩人2024年11月在莫斯科會晤。", "2024-11-01", "2024-11-30", "month", "place:moscow"]],
    ["a day-precise report", ["两人2024年11月16日在菲洛里庄园会晤。", "2024-11-16", "2024-11-16", "day", "place:filoli"]],
    ["traditional, a day-precise report", ["兩人2023年11月15日在利馬會晤。", "2023-11-15", "2023-11-15", "day", "place:lima"]],
    ["a month with no meeting of its own", ["两人2024年6月在菲洛里庄园会晤。", "2024-06-01", "2024-06-30", "month", "place:filoli"]],
  ])("should keep %s apart", async (_, row) => {
    expect(await count([row])).toBe(3);
  });

  it("should keep a report apart when two meetings of its month are elsewhere", async () => {
    const beijing: Row = ["习近平与拜登20日在北京会晤。", "2024-11-20", "2024-11-20", "day", "place:beijing"];
    expect(await count([["两人2024年11月曾在菲洛里庄园会晤。", "2024-11-01", "2024-11-30", "month", "place:filoli"]], [LIMA, FILOLI, beijing])).toBe(4);
  });
});
