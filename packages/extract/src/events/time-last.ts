// The last occasion, told and then described: 上一次日本首相正式访华是2011年12月，时任首相野田佳彦访问北京.
import type { TimeChoice } from "./time-groups.ts";
import { timeGroups, union } from "./time-groups.ts";
import type { SentenceView } from "./view.ts";

/** 上一次…是(在) / 上次…为 / 最近一次是: a clause that gives the time of the last occasion. */
const LAST_OCCASION = /(?:上一次|上次|上回|上一回|最近一次|前一次)[^，,；;。]{0,25}?(?:是|为|為)(?:在|於|于)?/g;

/**
 * The time of a "last occasion" clause earlier in the sentence (上一次…是2011年12月), for an undated clause
 * after it that describes that occasion (时任首相野田佳彦访问北京, 两人在G20峰会期间会谈). Clauses between
 * them must hold no dated time of their own. Undefined when no such clause comes before `clauseStart`.
 */
export function lastOccasionTime(view: SentenceView, clauseStart: number, dateline: string | null): TimeChoice | undefined {
  for (let i = view.clauses.length - 1; i >= 0; i--) {
    const c = view.clauses[i]!;
    if (c.end > clauseStart) continue;
    const groups = timeGroups(view, c.start, c.end);
    if (groups.length === 0) continue;
    let last: RegExpExecArray | undefined;
    const text = view.text.slice(c.start, c.end);
    LAST_OCCASION.lastIndex = 0;
    for (let m = LAST_OCCASION.exec(text); m; m = LAST_OCCASION.exec(text)) last = m;
    if (!last) return undefined;
    const after = timeGroups(view, c.start + last.index + last[0].length, c.end)[0];
    return after ? union(view, after, "date:last-occasion", dateline) : undefined;
  }
  return undefined;
}
