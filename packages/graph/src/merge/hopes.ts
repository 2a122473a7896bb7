// Undated reports of one article that a contact is wished for, possible or planned, and that it has not
// come about, are one contact seen twice: 马英九多次表示希望与习近平见面，但北京没有回应 … 外界关注两人是否可能会面.
import type { Cluster, MergeInput } from "./cluster.ts";

const TENTATIVE = new Set<MergeInput["status"]>(["planned", "possible"]);

/**
 * Of undated events of the same people (each with a place that fits), the one an undated report joins:
 * the first with a report as firm or as negated as it; else, for a tentative report or a denial, the
 * first its own article reports the other way (another article's denial can be of another plan). What
 * happened and what did not are never one event.
 * @example contactOf([hopedAndUnanswered], { ...whetherTheyMightMeet, status: "possible" }) // hopedAndUnanswered
 */
export function contactOf(candidates: Cluster[], input: MergeInput): Cluster | undefined {
  const negated = input.status === "not-happened";
  return candidates.find((c) => c.inputs.some((i) => (i.status === "not-happened") === negated)) ?? candidates.find((c) => hoped(c, input));
}

function hoped(c: Cluster, input: MergeInput): boolean {
  const doc = input.source.document;
  const tentative = TENTATIVE.has(input.status);
  if (!tentative && c.inputs.some((i) => i.status === "happened")) return false;
  return c.inputs.some((i) => i.source.document === doc && (tentative ? i.status === "not-happened" : TENTATIVE.has(i.status)));
}
