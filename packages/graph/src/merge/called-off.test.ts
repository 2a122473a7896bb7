import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { BIDEN, BLINKEN, doc, timeline, TRUMP, XI } from "./rules.helpers.ts";

type Day = [from: string, to?: string];
const visit = (who: string, place: string, [from, to]: Day, quote: string, status: EventSpec["status"] = "happened"): EventSpec => ({
  type: "visit", participants: [who], place, from, to: to ?? from, status, quote,
});
const off = (people: string[], place: string, [from]: Day, quote: string): EventSpec => ({
  type: "meeting", participants: people, place, from, to: from, status: "not-happened", quote,
});

/** A trip that happened, and one sentence that calls off a meeting (and reads as a called-off visit too). */
function story(who: string, trip: [string, Day, string], leg: [string, Day], meeting: string[], quote: string): EventSpec[] {
  return [visit(who, trip[0], trip[1], trip[2]), off(meeting, leg[0], leg[1], quote), visit(who, leg[0], leg[1], quote, "not-happened")];
}

const visits = async (specs: EventSpec[]) => (await timeline(doc("a", "2025-11-02", specs))).filter((e) => e.type === "visit");

describe("joinCalledOff", () => {
  it.each<[string, EventSpec[]]>([
    ["the next day, one city", story(TRUMP, ["place:busan", ["2025-10-29"], "特朗普29日晚抵达釜山。"], ["place:busan", ["2025-10-30"]], [TRUMP, XI], "特朗普原定30日在釜山与习近平会晤，但会晤取消。")],
    ["traditional", story(TRUMP, ["place:busan", ["2025-10-29"], "川普29日晚抵達釜山。"], ["place:busan", ["2025-10-30"]], [TRUMP, XI], "川普原定30日在釜山與習近平會面，但會面臨時取消。")],
    ["a city inside the trip's country", story(TRUMP, ["place:south-korea", ["2025-10-29", "2025-10-31"], "特朗普29日至31日访问韩国。"], ["place:gyeongju", ["2025-10-30"]], [TRUMP, XI], "特朗普与习近平原定30日在庆州举行的会晤被取消。")],
    ["the same day", story(BLINKEN, ["place:moscow", ["2025-03-20"], "布林肯20日抵达莫斯科。"], ["place:moscow", ["2025-03-20"]], [BLINKEN, XI], "布林肯原定当天在莫斯科会见习近平，但会见未能举行。")],
    ["the day before, traditional", story(BLINKEN, ["place:lima", ["2024-11-15", "2024-11-16"], "布林肯15日至16日在利馬。"], ["place:peru", ["2024-11-14"]], [BLINKEN, XI], "布林肯原定14日在秘魯會見習近平，但會見取消。")],
    ["a meeting of three called off", story(BIDEN, ["place:san-francisco", ["2023-11-14"], "拜登14日抵达旧金山。"], ["place:san-francisco", ["2023-11-15"]], [BIDEN, XI, BLINKEN], "拜登原定15日在旧金山与习近平、布林肯会面，但会面推迟。")],
  ])("should keep one trip that happened: %s", async (_name, specs) => {
    const out = await visits(specs);
    expect(out.map((e) => e.status)).toEqual(["happened"]);
    expect(out[0]!.sources.length).toBe(2);
  });

  it.each<[string, EventSpec[]]>([
    ["a visit called off in a sentence of its own", [
      visit(TRUMP, "place:busan", ["2025-10-29"], "特朗普29日抵达釜山。"),
      visit(TRUMP, "place:busan", ["2025-10-30"], "特朗普取消了30日在釜山的行程。", "not-happened"),
    ]],
    ["another country", story(TRUMP, ["place:busan", ["2025-10-29"], "特朗普29日抵达釜山。"], ["place:moscow", ["2025-10-30"]], [TRUMP, XI], "特朗普原定30日在莫斯科与习近平会晤，但会晤取消。")],
    ["days apart", story(TRUMP, ["place:busan", ["2025-10-20"], "特朗普20日抵达釜山。"], ["place:busan", ["2025-10-30"]], [TRUMP, XI], "特朗普原定30日在釜山与习近平会晤，但会晤取消。")],
    ["a meeting of others called off", [
      visit(TRUMP, "place:busan", ["2025-10-29"], "川普29日抵達釜山。"),
      off([BIDEN, XI], "place:busan", ["2025-10-30"], "拜登原定30日在釜山與習近平會面，川普亦未能成行。"),
      visit(TRUMP, "place:busan", ["2025-10-30"], "拜登原定30日在釜山與習近平會面，川普亦未能成行。", "not-happened"),
    ]],
  ])("should keep apart %s", async (_name, specs) => {
    expect(await visits(specs)).toHaveLength(2);
  });
});
