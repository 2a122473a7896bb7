// A part of day that opens a clause on its own (下午，…; 晚上，…): the day the story is on.
import { fromLastFull } from "./anchor-relative.ts";
import { daySpan, unresolved } from "./spans.ts";
import type { TimeRule } from "./types.ts";

/** Parts of a day that may open a clause as its whole time. */
const PARTS = "上午|下午|中午|晚上|晚间|晚間|傍晚|早上|清晨|凌晨|深夜";

/** Part-of-day rules. */
export const PART_OF_DAY_RULES: readonly TimeRule[] = [
  {
    // 今天上午…。下午，王毅前往… · 9日抵达……晚上，双方举行宴会 (not 27日下午: the day keeps it in its surface)
    name: "part-of-day",
    pattern: `(?=[上下中晚傍早清凌深])(?<=^|[。；;，,：:！？!?\\s」”"（(])(${PARTS})(?=[，,])`,
    resolve(_groups, ctx) {
      const r = fromLastFull(ctx.state, 0, ctx.headTense());
      return r ? daySpan(r.value, r.anchor) : unresolved("day");
    },
  },
];
