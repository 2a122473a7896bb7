import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { P, story } from "./story.helpers.ts";

type Meeting = [participants: string[], place: string | null, from: string | null];

describe("placeVisits", () => {
  // 何立峰此行也将出席APEC会议 has no destination; the hosts the visitor met in the same article name it.
  it.each<[string, string, Meeting[], string | null]>([
    ["何立峰此行也将出席亚太经合组织会议。", P.he, [[[P.yellen, P.he], "place:san-francisco", "2023-11-09"]], "place:united-states"],
    ["何立峰此行也將出席亞太經合組織會議。", P.he, [[[P.yellen, P.he], null, "2023-11-09"]], "place:united-states"],
    ["朔尔茨此行在德国国内引发争议。", P.scholz, [[[P.xi, P.scholz], "place:great-hall-of-the-people", null]], "place:china"],
    ["蕭茲此行在德國國內引發爭議。", P.scholz, [[[P.xi, P.scholz], null, null], [[P.li, P.scholz], "place:beijing", null]], "place:china"],
    ["布林肯此行被视为缓和的信号。", P.blinken, [[[P.blinken, P.xi], "place:beijing", "2023-06-19"]], "place:china"],
    ["布林肯此行被視為緩和的信號。", P.blinken, [[[P.blinken, P.xi], null, "2023-06-19"], [[P.blinken, P.li], null, "2023-06-18"]], "place:china"],
    ["阿尔巴尼斯此行是七年来首次。", P.albanese, [[[P.albanese, P.xi], null, "2023-11-06"]], "place:china"],
    ["艾班尼斯此行是七年來首次。", P.albanese, [[[P.albanese, P.xi, P.liqiang], "place:beijing", "2023-11-06"]], "place:china"],
    ["马克龙此行率领庞大商业代表团。", P.macron, [[[P.macron, P.xi], null, "2023-04-06"]], "place:china"],
    ["佩洛西此行引发北京强烈不满。", P.pelosi, [[[P.pelosi, P.tsai], null, "2022-08-03"], [[P.pelosi, P.you], null, "2022-08-03"]], "place:taiwan"],
    ["岸田文雄此行与习近平、耶伦分别会谈。(hosts of two countries)", P.kishida, [[[P.kishida, P.xi], null, "2023-11-16"], [[P.kishida, P.yellen], null, "2023-11-16"]], null],
    ["何立峰此行與耶倫在東京會談。(where they met, not whose the hosts are)", P.he, [[[P.yellen, P.he], "place:tokyo", "2023-11-09"]], "place:japan"],
    ["莫迪此行并未出席阅兵。(a third country's leader met there)", P.modi, [[[P.xi, P.modi], "place:tianjin", "2025-08-31"], [[P.putin, P.modi], "place:tianjin", "2025-09-01"]], "place:china"],
    ["莫迪此行並未出席閱兵。", P.modi, [[[P.putin, P.modi], "place:tianjin", "2025-09-01"]], "place:china"],
    ["莫迪此行与普京、习近平分别会谈。(a third country's leader, no place)", P.modi, [[[P.putin, P.modi], null, "2025-09-01"], [[P.xi, P.modi], null, "2025-08-31"]], null],
    ["何立峰此行与习近平会谈。(the host is the visitor's compatriot)", P.he, [[[P.xi, P.he], null, "2023-11-09"]], null],
  ])("should send %s to the hosts' country", async (quote, visitor, meetings, want) => {
    const events: EventSpec[] = [
      { type: "visit", participants: [visitor], quote },
      ...meetings.map(([participants, place, from]): EventSpec => ({ type: "meeting", participants, place, from, quote: "会谈。" })),
    ];
    const v = (await story("2023-11-20", events)).find((e) => e.type === "visit")!;
    expect(v.place).toBe(want);
  });

  it("should not take hosts from another article", async () => {
    const events = await story("2023-11-20", [{ type: "visit", participants: [P.he], quote: "何立峰此行也将出席会议。" }], [
      { type: "meeting", participants: [P.yellen, P.he], place: "place:san-francisco", from: "2023-11-09", quote: "耶伦与何立峰在旧金山会谈。" },
    ]);
    expect(events.find((e) => e.type === "visit")!.place).toBeNull();
  });
});
