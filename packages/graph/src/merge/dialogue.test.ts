import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { P, story } from "./story.helpers.ts";

const call = (from: string, status: EventSpec["status"] = "happened"): EventSpec => ({
  type: "call", participants: [P.xi, P.yellen], from, status, trigger: "视频通话", quote: `习近平${from}与耶伦举行视频通话。`,
});
const talk = (trigger: string, quote: string, from: string | null = null): EventSpec => ({
  type: "meeting", participants: [P.yellen, P.xi], from, trigger, quote,
});

describe("foldDialogues", () => {
  // 布朗与刘振立逾一年来首度对话 next to the 视讯通话 its article reports: one call.
  it.each<[string, string]>([
    ["对话", "耶伦与习近平逾一年来首度对话"],
    ["對話", "葉倫與習近平逾一年來首度對話"],
    ["交谈", "习近平与耶伦坦诚交谈"],
    ["交談", "習近平與葉倫坦誠交談"],
    ["谈话", "习近平同耶伦谈话"],
    ["談話", "習近平同葉倫談話"],
    ["通话", "耶伦习近平通话 谈及芬太尼"],
    ["通話", "葉倫習近平通話 談及芬太尼"],
  ])("should fold a %s into the call its article reports: %s", async (trigger, quote) => {
    const events = await story("2023-12-22", [call("2023-12-21"), talk(trigger, quote)]);
    expect(events.map((e) => [e.type, e.start, e.sources.length])).toEqual([["call", "2023-12-21", 2]]);
  });

  it("should let the firmer report of the same day stand (将 misread beside a headline)", async () => {
    const events = await story("2023-12-22", [call("2023-12-21", "planned"), talk("对话", "耶伦与习近平首度对话")]);
    expect(events.map((e) => [e.type, e.status])).toEqual([["call", "happened"]]);
  });

  it.each<[string, EventSpec[], EventSpec[]]>([
    ["a meeting word (会晤 is in person)", [call("2023-12-21"), talk("会晤", "耶伦与习近平会晤")], []],
    ["a dialogue on other days", [call("2023-12-21"), talk("对话", "耶伦与习近平3月对话", "2023-03-10")], []],
    ["a dialogue only another article reports", [call("2023-12-21")], [talk("對話", "葉倫與習近平對話")]],
    ["two calls it could be", [call("2023-12-21"), call("2023-11-02"), talk("对话", "耶伦与习近平对话")], []],
  ])("should keep %s apart", async (_name, mine, other) => {
    const events = await story("2023-12-22", mine, other);
    expect(events.some((e) => e.type === "meeting")).toBe(true);
  });
});
