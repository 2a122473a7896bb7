// A put-off trip that took place later after all: 访华计划一再押后，直到6月才成行 (it happened, in June).
import type { SentenceView } from "./view.ts";

/** Put off, then made at a later time: 延后/推迟/延期 … 直到/直至/到 <time> 才成行/才实现/才举行. */
const MADE_LATER =
  /(?:延后|延後|推迟|推遲|延期|推延|押后|押後)[^。；;]{0,8}?(?:直到|直至|一直到|到了|到|至|延至|推至)([^。；;，,]{1,12}?)(?:才|终于|終於|方)(?:得以)?(?:成行|实现|實現|举行|舉行|访问|訪問|到访|到訪)/d;

/** A plan that did not hold on its day, then was made later: 原定14日晚见面，但…直到15日上午才接见他. */
const PLANNED_THEN_LATER =
  /(?:原定|原訂|原计划|原計劃|原本计划|原本計劃)[^。；;]{0,30}?(?:直到|直至|一直到)([^。；;，,]{1,12}?)(?:才|终于|終於|方)(?:得以)?(?:成行|举行|舉行|访问|訪問|接见|接見|会见|會見|见面|見面|会面|會面|会晤|會晤|会谈|會談)/d;

/**
 * Where the later time of a put-off contact stands (its offset in the sentence), when the text after the
 * trigger at `end` says it was made later after all; undefined otherwise.
 * @example 布林肯的访华计划一再押后，直到6月才成行 → the offset of 6月
 */
export function madeLater(view: SentenceView, end: number): number | undefined {
  const at = MADE_LATER.exec(view.cue.slice(end))?.indices?.[1]?.[0];
  if (at !== undefined) return end + at;
  // 原定…见面 … 直到15日上午才接见他: the 原定 stands before the trigger, the later time after it.
  const from = Math.max(0, end - 40);
  const later = PLANNED_THEN_LATER.exec(view.cue.slice(from))?.indices?.[1]?.[0];
  return later !== undefined && from + later >= end ? from + later : undefined;
}
