// Bounds on the year of an undated text: background years (1949年以来, 上一次……2019年), 去年 chains, counted gaps.
import type { Document, TimeExpr } from "../model.ts";
import { parseNumber } from "./numerals.ts";

// 到2030年 · 至2035年 · 2035年前 · 2060年目标: a target year, not a date of the story.
const TARGET_BEFORE = /(?:到|至|于|於|在)$/;
const TARGET_AFTER = /^(?:前|之前|以前|目标|目標|国家自主贡献|國家自主貢獻|愿景|願景|规划|規劃|计划|計劃)/;
// 2022年8月……直到去年11月: 去年 comes after that year, so the text is at least a year later.
// 2022年巴厘岛峰会和去年8月的金砖峰会: a year listed before 去年 is older than it.
const LAST_YEAR_AFTER = /([0-9]{4})年[^。！？]{0,80}?(?:直到|直至|后来|後來|此后|此後|随后|隨後|之后|之後|以及|和|及|、)[^。！？]{0,12}?去年/g;
// 五年来首次 · 时隔六年 with 上一次……是在2019年: the text is that many years after the last time.
const GAP = /(?:时隔|時隔|相隔)([0-9]{1,2}|[一二两兩三四五六七八九十]{1,3})年|([0-9]{1,2}|[一二两兩三四五六七八九十]{1,3})年(?:来|來|以来|以來)(?:首次|第一次|首度|头一次|頭一次)/;
const LAST_TIME = /(?:上一次|上次|最近一次|前一次|上回|上一回)[^。！？]{0,14}?([0-9]{4})年/;
// 1949年以来 · 2016年10月以来 · 自2019年起 · 上一次……是在2019年10月 · 2019年……曾: a background year is a lower bound.
const BACKGROUND_AFTER = /^(?:以来|以來|来|來|起|开始|開始|至今|迄今)/;
const BACKGROUND_BEFORE = /(?:自|从|從|早在|上一次|上次|最近一次|前一次|曾经|曾經|曾)[^，,。；;！？]{0,10}$/;
const BACKGROUND_LATER = /^[^。；;！？]{0,16}曾/;

/** True when the expression dates background (1949年以来, 上一次……是在2019年, 2019年……曾), not the story. */
function isBackground(text: string, e: TimeExpr): boolean {
  return BACKGROUND_AFTER.test(text.slice(e.end, e.end + 3)) || BACKGROUND_BEFORE.test(text.slice(Math.max(0, e.start - 14), e.start)) || BACKGROUND_LATER.test(text.slice(e.end, e.end + 17));
}

/** True when an expression of the document dates background (see isBackground). */
export function inBackground(doc: Document, e: TimeExpr): boolean {
  return isBackground(doc.paragraphs[e.paragraph]?.simplified ?? "", e);
}

/** The years of absolute expressions in reported clauses, not targets: the latest outside background and the latest of all. */
export function storyYears(doc: Document, exprs: readonly TimeExpr[], reported: readonly boolean[]): { latest: number | null; bound: number | null } {
  let latest: number | null = null;
  let bound: number | null = null;
  for (const [at, e] of exprs.entries()) {
    if (e.anchor !== "absolute" || !e.to || !reported[at]) continue;
    const text = doc.paragraphs[e.paragraph]?.simplified ?? "";
    if (TARGET_BEFORE.test(text.slice(Math.max(0, e.start - 1), e.start)) || TARGET_AFTER.test(text.slice(e.end, e.end + 6))) continue;
    const year = Number(e.to.slice(0, 4));
    bound = Math.max(bound ?? 0, year);
    if (!isBackground(text, e)) latest = Math.max(latest ?? 0, year);
  }
  return { latest, bound };
}

/**
 * The least year a 去年 chain allows (2022年8月……直到去年11月 → 2023), or a gap counted from the last time
 * (五年来首次 … 上一次……是在2019年 → 2024); null when there is neither.
 */
export function chainFloor(doc: Document): number | null {
  let floor: number | null = null;
  let gap: number | null = null;
  let last: number | null = null;
  for (const p of doc.paragraphs) {
    for (const m of p.simplified.matchAll(LAST_YEAR_AFTER)) floor = Math.max(floor ?? 0, Number(m[1]) + 1);
    const g = gap === null ? GAP.exec(p.simplified) : null;
    if (g) gap = parseNumber(g[1] ?? g[2] ?? "");
    const l = LAST_TIME.exec(p.simplified);
    if (l) last = Math.max(last ?? 0, Number(l[1]));
  }
  if (gap !== null && gap > 0 && gap < 30 && last !== null) floor = Math.max(floor ?? 0, last + gap);
  return floor;
}
