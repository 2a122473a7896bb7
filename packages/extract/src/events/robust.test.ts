// Seeded random sentences built from names, triggers, cues and punctuation: extraction never throws and keeps its invariants.
import { describe, expect, it } from "vitest";
import { runSentence } from "./testing.ts";

const PIECES = [
  "王毅", "布林肯", "拜登", "习近平", "沙利文", "北京", "华盛顿", "白宫", "中国", "美国", "纽约", "路透社",
  "与", "和", "在", "将", "并未", "可能", "分别", "会晤", "会见", "访问", "访华", "前往", "出席", "峰会", "的", "了",
  "，", "。", " ", "（", "）", "“", "”", "据", "表示", "此次访问", "拜习会", "26日", "当时", "他", "期间",
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("events robustness", () => {
  it("should keep its invariants on 500 random sentences", () => {
    const next = random(20231028);
    for (let i = 0; i < 500; i++) {
      const n = 3 + Math.floor(next() * 14);
      const text = Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
      const events = runSentence(text, { "26日": ["2023-10-26", "2023-10-26", "day"] });
      for (const e of events) {
        expect(e.participants.length, text).toBeGreaterThan(0);
        expect(["happened", "planned", "possible", "not-happened"], text).toContain(e.status);
        expect(text.includes(e.trigger), text).toBe(true);
        if (e.type !== "visit") expect(e.participants.length >= 2 || e.rule.includes("org-counterpart"), text).toBe(true);
        if (e.from !== null) expect(e.to !== null && e.from <= e.to, text).toBe(true);
      }
    }
  });
});
