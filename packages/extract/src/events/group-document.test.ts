// Table test of what the group passes share: a list opening its clause.
import { describe, expect, it } from "vitest";
import { opensClause } from "./group-document.ts";

describe("events group-document", () => {
  it.each<[string, boolean]>([
    ["", true],
    ["时任总理", true],
    ["中日韩领导人会议于24日在北京举行，时任总理", true],
    ["會議結束後，日本首相", true],
    ["。美国财政部长", true],
    ["在结束了为期三天的访问之后又与来访的", false],
    ["会议在首尔举行并发表联合宣言强调三国将", false],
  ])("should say a list after %j opens its clause: %s", (lead, want) => {
    expect(opensClause(lead)).toBe(want);
  });
});
