// A plan the sentence marks as only the original one (原计划, 原本预计, 本来打算) or as given to someone else (但最终改派韩正).
import type { SentenceView } from "./view.ts";

/** "Originally" words that are a plan by themselves: 原计划2月5日访问北京, 原訂下週會晤. */
const ORIGINAL_PLAN = /原定|原订|原訂|原计划|原計劃|原拟|原擬|原先计划|原先計劃|原本计划|原本計劃|原安排/g;
/** "Originally" adverbs that need an expectation or plan after them: 原本外界預期, 本来打算. */
const ORIGINAL_ADVERB = /原本|原先|本来|本來|起初|最初/g;
/** The expectation an adverb needs within a subject's reach (原本外界预期王毅会前往). */
const EXPECTED = /^[^，,。；;：:]{0,8}?(?:可能|有望|或将|或將|预计|預計|预期|預期|计划|計劃|打算|准备|準備|安排|预定|預定|有意|拟|擬|将|將|会|會|要)/;
/** Before an "originally" word: the plan was kept (按原定计划, 如原訂, 依照原定). */
const KEPT_BEFORE = /(?:按|按照|依|依照|如|照)$/;
/** Anywhere in the sentence: the plan was kept (如期, 照常). */
const KEPT = /如期|照常|如常|依期|按期|按时|按時|准时|準時|如约|如約/;
/** After the trigger: the plan was given to another or came to nothing (但中方最终改派韩正率团). */
const OVERTURNED =
  /改派|改由|改為|改为|换成|換成|换由|換由|改期|作罢|作罷|未能成行|未成行|没有成行|沒有成行|没能成行|沒能成行|未能实现|未能實現|没有实现|沒有實現|未实现|未實現|落空|破局|临时变卦|臨時變卦/;
/** How far before the trigger an "originally" word may stand. */
const ROOM = 40;

/** The last "originally" word of the lead that marks a plan as only the original one; undefined if none. */
function originalCue(lead: string): RegExpExecArray | undefined {
  let found: RegExpExecArray | undefined;
  for (const re of [ORIGINAL_PLAN, ORIGINAL_ADVERB]) {
    for (const m of lead.matchAll(re)) {
      if (KEPT_BEFORE.test(lead.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (re === ORIGINAL_ADVERB && (lead[m.index + m[0].length] === "就" || !EXPECTED.test(lead.slice(m.index + m[0].length)))) continue;
      if (!found || m.index > found.index) found = m as RegExpExecArray;
    }
  }
  return found;
}

/**
 * Why the planned event whose trigger is at [start, end) did not happen when its clause (from `from`) calls it
 * only the original plan, or the rest of the sentence gives it to someone else; undefined otherwise. A noun
 * trigger (策划习拜峰会) may be the object of another plan, so it needs the undoing words after it.
 * @example 原本外界预期王毅会前往纽约出席联大，但中方最终改派韩正率团 → "原本…改派"
 * @example 布林肯原计划2月5日至6日访问北京 → "原计划"
 */
export function overturnedPlan(view: SentenceView, from: number, start: number, end: number, nominal = false): string | undefined {
  const lead = view.cue.slice(Math.max(from, start - ROOM), start);
  const original = originalCue(lead);
  if (!original) return undefined;
  if (KEPT.test(view.cue)) return undefined;
  const undone = OVERTURNED.exec(view.cue.slice(end));
  if (undone) return `${original[0]}…${undone[0]}`;
  return nominal ? undefined : original[0];
}
