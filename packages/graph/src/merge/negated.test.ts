import { describe, expect, it } from "vitest";
import type { EventSpec } from "../fixtures/index.ts";
import { P, story } from "./story.helpers.ts";

const june: EventSpec = { type: "meeting", participants: [P.blinken, P.xi], place: "place:beijing", from: "2023-06-19", quote: "布林肯19日在北京会见习近平。" };

describe("undated negated reports", () => {
  // 与6月访问北京时获习近平接见不同，布林肯此次停留仅数小时，习近平并未会见他 (October): a new contact that did not happen.
  it.each<[string, string, number]>([
    ["习近平并未会见布林肯。", "2023-10-09", 2],
    ["習近平並未會見布林肯。", "2023-10-09", 2],
    ["习近平这次没有见布林肯。", "2023-09-01", 2],
    ["習近平這次沒有見布林肯。", "2023-12-20", 2],
    ["布林肯此行未能与习近平会面。", "2024-01-05", 2],
    ["布林肯此行未能與習近平會面。", "2023-06-25", 1],
    ["习近平没有会见布林肯的安排有变。", "2023-06-18", 1],
    ["報導稱習近平不會會見布林肯。", "2023-07-10", 1],
  ])("should keep %s (article of %s) apart from a meeting a month or more away", async (quote, published, want) => {
    const events = await story("2023-06-20", [june], [{ type: "meeting", participants: [P.xi, P.blinken], status: "not-happened", quote }], published);
    expect(events).toHaveLength(want);
  });
});
