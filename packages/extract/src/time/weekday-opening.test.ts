// A bare weekday naming a scheduled opening (周五开幕的会议) is the coming one; a past clause keeps the last.
import { describe, expect, it } from "vitest";
import { normalizeTimes } from "./normalize.ts";

const THURSDAY = { anchor: "2025-10-30" };

describe("time weekday of an opening", () => {
  it.each([
    ["特朗普不出席周五开幕的APEC领导人非正式会议。", "周五", "2025-10-31"],
    ["特朗普不出席週五開幕的APEC領導人非正式會議。", "週五", "2025-10-31"],
    ["王毅将出席周六揭幕的博览会。", "周六", "2025-11-01"],
    ["王毅將出席週六揭幕的博覽會。", "週六", "2025-11-01"],
    ["各国代表关注星期一召开的联大会议。", "星期一", "2025-11-03"],
    ["各國代表關注星期一召開的聯大會議。", "星期一", "2025-11-03"],
    ["记者聚集在周日登场的峰会现场。", "周日", "2025-11-02"],
    ["記者聚集在週日登場的峰會現場。", "週日", "2025-11-02"],
    // a past clause, or no opening: the last such day
    ["周一开幕的会议已经结束。", "周一", "2025-10-27"],
    ["週一開幕的會議已經結束。", "週一", "2025-10-27"],
    ["王毅周五会见了布林肯。", "周五", "2025-10-24"],
    ["王毅週五會見了布林肯。", "週五", "2025-10-24"],
  ])("should read %s: %s → %s", (text, surface, date) => {
    expect(normalizeTimes(text, THURSDAY).find((t) => t.surface === surface)?.from).toBe(date);
  });
});
