// The status an English sentence gives its event: cancelled, possible, negated, planned or happened.
import type { EventStatus } from "../model.ts";
import type { EnRules, EnTriggerRule } from "./rules.ts";

/** How far before a trigger modal cues count ("is expected to visit"), in characters. */
const CUE_WINDOW = 60;
/** How far before a trigger a negation counts ("did not attend"): a few words only. */
const NEGATION_WINDOW = 14;
/** How far after a trigger a cancellation counts ("the meeting was postponed"). */
const AFTER_WINDOW = 100;

const hits = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  return re.test(text);
};

/**
 * The status of the event a trigger reports, from the cues in its clause: a cancellation before or after it,
 * then a possibility (may, whether), a negation right before it (did not, will not), a plan (will, is
 * expected to), a base form after "to" (flew to Washington to meet); otherwise it happened.
 * `clauseStart`/`clauseEnd` bound the text that belongs to this trigger (the previous and next triggers).
 */
export function statusOf(text: string, trigger: { start: number; end: number; rule: EnTriggerRule; form: string }, clauseStart: number, clauseEnd: number, rules: EnRules): EventStatus {
  if (trigger.rule.status) return trigger.rule.status;
  const before = text.slice(Math.max(clauseStart, trigger.start - CUE_WINDOW), trigger.start);
  const after = text.slice(trigger.end, Math.min(clauseEnd, trigger.end + AFTER_WINDOW));
  if (hits(rules.cancel, before) || hits(rules.cancel, after)) return "not-happened";
  if (hits(rules.possible, before)) return "possible";
  if (hits(rules.negation, text.slice(Math.max(clauseStart, trigger.start - NEGATION_WINDOW), trigger.start))) return "not-happened";
  if (hits(rules.planned, before)) return "planned";
  if (/\bto\s+$/i.test(before) && !/(?:ed|ing|met|held|sat|spoke|went|flew|s)$/i.test(trigger.form.split(" ")[0]!)) return "planned";
  return "happened";
}
