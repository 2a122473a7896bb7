// Rules for months relative to the anchor or the text: 本月晚些时候, 上个月, 下月中旬, 同月, 月底.
import { addDays, addMonths, isoDay, monthSpan, parseIso } from "./calendar.ts";
import { anchorKindOf } from "./anchor.ts";
import { parseNumber } from "./numerals.ts";
import { DAY, DAY_UNIT, MONTH_PART, SP } from "./patterns.ts";
import { daySpan, monthPart, unresolved, wholeMonth } from "./spans.ts";
import type { MatchContext, Resolved, TimeRule } from "./types.ts";

const LATER = /晚|稍后|稍後/;
const EARLIER = /早/;

/**
 * The month 本月/上个月/当月 names: 同月/当月 the text's last explicitly written month (2019年11月……
 * 同月), else its last month; `written` false reads only the last month (月底 after 本月).
 */
function relMonth(ctx: MatchContext, word: string, written = true): { y: number; m: number; anchor: Resolved["anchor"] } | null {
  if (/[当當同]/.test(word)) {
    const explicit = written && ctx.state.lastExplicit?.length === 7 ? ctx.state.lastExplicit : null;
    const p = parseIso(`${explicit ?? ctx.state.lastMonth}-01`);
    if (p) return { y: p.y, m: p.m, anchor: "text" };
  }
  const a = parseIso(ctx.state.anchor);
  if (!a) return null;
  const k = word.startsWith("上") ? -1 : word.startsWith("下") ? 1 : 0;
  return { ...addMonths(a.y, a.m, k), anchor: anchorKindOf(ctx.state) };
}

/** Relative-month rules. */
export const MONTH_RULES: readonly TimeRule[] = [
  {
    // 本月晚些时候 · 本月稍晚 · 上个月 · 下个月 · 本月底 · 当月 · 本月26日 (拜登本月2日: 登 blocks only 登上月球, 不同/相同 only 同月)
    name: "relative-month",
    pattern: `(?=[上下本这這当當同])(?<![每])(上(?<![^拜]登上)|下|本|这|這|当|當|同(?<![不相共认認]同))(?:个|個)?月(?:份)?(?:(晚些时候|晚些時候|稍晚|稍后|稍後|晚些|早些时候|早些時候|稍早)|${MONTH_PART}|${DAY}${SP}${DAY_UNIT})?`,
    writesMonth: true,
    resolve([word, late, part, d1], ctx) {
      if (word === undefined) return null;
      const rm = relMonth(ctx, word);
      if (!rm) return unresolved(late || part ? "part-of-month" : d1 ? "day" : "month");
      if (d1 !== undefined) return daySpan(isoDay(rm.y, rm.m, parseNumber(d1) ?? 0), rm.anchor);
      if (part) return monthPart(rm.y, rm.m, part, rm.anchor);
      if (late) return laterOrEarlier(ctx, rm, late);
      return wholeMonth(rm.y, rm.m, rm.anchor);
    },
  },
  {
    // 上旬 · 下旬 · 月初 · 月中 · 月底 · 月末 (of the text's month, else the anchor's)
    name: "month-part",
    pattern: `(?=[上中下月])(?<![0-9０-９一二三四五六七八九十本这這上下当當同个個份每])(上旬|中旬|下旬|月初|月中(?=$|[，,。；;、）)\\s])|月底|月末)`,
    resolve([part], ctx) {
      if (part === undefined) return null;
      const rm = relMonth(ctx, "当", false);
      return rm ? monthPart(rm.y, rm.m, part, rm.anchor) : unresolved("part-of-month");
    },
  },
];

/** 本月晚些时候: from the day after the anchor to the month's end; 本月稍早: from the 1st to the day before. */
function laterOrEarlier(ctx: MatchContext, rm: { y: number; m: number; anchor: Resolved["anchor"] }, word: string): Resolved | null {
  const span = monthSpan(rm.y, rm.m);
  const a = ctx.state.anchor;
  const inMonth = a !== null && a >= span.from && a <= span.to;
  if (LATER.test(word)) {
    const from = inMonth ? (a < span.to ? addDays(a, 1) : a) : isoDay(rm.y, rm.m, 16);
    return { from, to: span.to, precision: "part-of-month", anchor: rm.anchor };
  }
  if (EARLIER.test(word)) {
    const to = inMonth ? (a > span.from ? addDays(a, -1) : a) : isoDay(rm.y, rm.m, 15);
    return { from: span.from, to, precision: "part-of-month", anchor: rm.anchor };
  }
  return null;
}
