// A relative time glossed by an exact date in brackets (上个月（9月12日）, 去年（2017年）11月): the bracket is the date.
import type { RawTime } from "./scanner.ts";

const OPEN = /^\s*[（(]\s*$/;
const CLOSE = /^\s*[）)]/;
/** Rules whose span the bracket narrows: relative months, weeks, years and recent days, not a written date. */
const VAGUE = /^(?:relative-|recent-|days-from-anchor|day-word$|terse-|season|year-part|month-part)/;
const PRECISION_RANK: Readonly<Record<string, number>> = { year: 0, season: 1, month: 2, "part-of-month": 3, day: 4 };

/**
 * Folds `raw` into the expression just before it when it is that one's bracketed gloss: the earlier
 * expression is vague (上个月, 上周, 日前, 去年), only an opening bracket lies between, a closing one
 * follows, and the bracket is at least as precise. The merged expression keeps the bracket's interval.
 * Returns true when `raw` was folded (the caller then drops it).
 */
export function foldGloss(out: RawTime[], raw: RawTime, text: string): boolean {
  const prev = out.at(-1);
  if (!prev || !VAGUE.test(prev.rule) || !raw.resolved.from) return false;
  if (!OPEN.test(text.slice(prev.end, raw.start))) return false;
  const close = CLOSE.exec(text.slice(raw.end, raw.end + 3));
  if (!close) return false;
  const rank = (p: string | null): number => (p ? PRECISION_RANK[p] ?? 0 : -1);
  if (rank(raw.resolved.precision) < rank(prev.resolved.precision)) return false;
  prev.end = raw.end + close[0].length;
  prev.resolved = raw.resolved;
  prev.rule = `${prev.rule}+gloss`;
  return true;
}
