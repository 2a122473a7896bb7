// normalizeTimes: the time expressions of one string, resolved against a given reference.
import type { TimeExpr } from "../model.ts";
import { scanSentence, toTimeExpr, type RawTime } from "./scanner.ts";
import type { AnchorState, Tense } from "./types.ts";

/** What the expressions of a string resolve against. */
export interface TimeReference {
  /** The publication (or inferred) day, YYYY-MM-DD or a date-time; null when unknown. */
  anchor: string | null;
  /** Last full date written before this string (for 前一天, 同一天, 次日). */
  lastFull?: string | null;
  /** Last month written before this string, YYYY-MM (for 26日). */
  lastMonth?: string | null;
  /** Fixed tense for every expression; omit to detect it from each clause, null for none (past for weekdays). */
  tense?: Tense | null;
  /** How the anchor was obtained (default "published"). */
  anchorKind?: "published" | "inferred";
}

/**
 * Finds and normalizes the time expressions of `text` (any script; matched on a simplified copy
 * when `simplified` is given, which must be exactly as long). Offsets are into `text`, paragraph 0.
 *
 * @example normalizeTimes("王毅在26日与27日两天分别会晤", { anchor: "2023-10-28", lastMonth: "2023-10" })
 */
export function normalizeTimes(text: string, ref: TimeReference, simplified: string = text): TimeExpr[] {
  if (simplified.length !== text.length) throw new Error("parley: normalizeTimes: simplified text must be as long as the text");
  const state: AnchorState = {
    anchor: ref.anchor ? ref.anchor.slice(0, 10) : null,
    anchorKind: ref.anchor ? ref.anchorKind ?? "published" : "none",
    lastFull: ref.lastFull ?? null,
    lastMonth: ref.lastMonth ?? null,
    lastNarrative: ref.lastFull ?? null,
    lastExplicit: ref.lastMonth ?? ref.lastFull?.slice(0, 7) ?? null,
  };
  if (ref.tense !== undefined) state.tense = ref.tense;
  const raws: RawTime[] = [];
  scanSentence(simplified, state, raws);
  return raws.map((raw) => toTimeExpr(raw, text, 0, 0));
}
