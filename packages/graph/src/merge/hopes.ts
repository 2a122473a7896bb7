// Undated reports of one contact. One article's wish or possibility and its denial are one contact seen
// twice (马英九多次表示希望与习近平见面，但北京没有回应 … 外界关注两人是否可能会面); plans and denials in
// articles far apart in time are not (普京可能与泽连斯基会晤 in 2022 and 普京同意与泽连斯基会面 in 2025).
import { intervalOf } from "../time/days.ts";
import type { Cluster, MergeInput } from "./cluster.ts";

/** Options of `contactOf`. */
export interface HopeOptions {
  /** Most days between the articles of two undated plans or denials that are one contact. */
  planReachDays: number;
}

/** Default options: half a year. */
export const DEFAULT_HOPE_OPTIONS: HopeOptions = { planReachDays: 183 };

const TENTATIVE = new Set<MergeInput["status"]>(["planned", "possible"]);

/**
 * Of undated events of the same people (each with a place that fits), the one an undated report joins:
 * the first with a report as firm or as negated as it; else, for a tentative report or a denial, the
 * first its own article reports the other way (another article's denial can be of another plan). What
 * happened and what did not are never one event; a plan or denial joins no plan or denial of an article
 * more than `planReachDays` away (what happened may be recalled any time later).
 * @example contactOf([hopedAndUnanswered], { ...whetherTheyMightMeet, status: "possible" }) // hopedAndUnanswered
 */
export function contactOf(candidates: Cluster[], input: MergeInput, options: Partial<HopeOptions> = {}): Cluster | undefined {
  const { planReachDays } = { ...DEFAULT_HOPE_OPTIONS, ...options };
  const near = candidates.filter((c) => nearPlans(c, input, planReachDays));
  const negated = input.status === "not-happened";
  return near.find((c) => c.inputs.some((i) => (i.status === "not-happened") === negated)) ?? near.find((c) => hoped(c, input));
}

function hoped(c: Cluster, input: MergeInput): boolean {
  const doc = input.source.document;
  const tentative = TENTATIVE.has(input.status);
  if (!tentative && c.inputs.some((i) => i.status === "happened")) return false;
  return c.inputs.some((i) => i.source.document === doc && (tentative ? i.status === "not-happened" : TENTATIVE.has(i.status)));
}

function nearPlans(c: Cluster, input: MergeInput, reach: number): boolean {
  const own = input.status === "happened" ? null : intervalOf(input.source.documentDate);
  if (!own) return true;
  const r = planDays(c);
  return r.lo > r.hi || (own.lo - r.lo <= reach && r.hi - own.lo <= reach);
}

/** First and last article day of an event's plans and denials, kept up as it grows (no rescan per report). */
const PLAN_DAYS = new WeakMap<Cluster, { seen: number; lo: number; hi: number }>();

function planDays(c: Cluster): { lo: number; hi: number } {
  const r = PLAN_DAYS.get(c) ?? { seen: 0, lo: Infinity, hi: -Infinity };
  for (; r.seen < c.inputs.length; r.seen++) {
    const i = c.inputs[r.seen]!;
    const day = i.status === "happened" ? null : intervalOf(i.source.documentDate);
    if (day) [r.lo, r.hi] = [Math.min(r.lo, day.lo), Math.max(r.hi, day.lo)];
  }
  PLAN_DAYS.set(c, r);
  return r;
}
