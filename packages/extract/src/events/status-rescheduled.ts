// A put-off trip that took place later after all: 访华计划一再押后，直到6月才成行 (it happened, in June).
import type { SentenceView } from "./view.ts";

/** Put off, then made at a later time: 延后/推迟/延期 … 直到/直至/到 <time> 才成行/才实现/才举行. */
const MADE_LATER =
  /(?:延后|延後|推迟|推遲|延期|推延|押后|押後)[^。；;]{0,8}?(?:直到|直至|一直到|到了|到|至|延至|推至)([^。；;，,]{1,12}?)(?:才|终于|終於|方)(?:得以)?(?:成行|实现|實現|举行|舉行|访问|訪問|到访|到訪)/d;

/**
 * Where the later time of a put-off contact stands (its offset in the sentence), when the text after the
 * trigger at `end` says it was made later after all; undefined otherwise.
 * @example 布林肯的访华计划一再押后，直到6月才成行 → the offset of 6月
 */
export function madeLater(view: SentenceView, end: number): number | undefined {
  const at = MADE_LATER.exec(view.cue.slice(end))?.indices?.[1]?.[0];
  return at === undefined ? undefined : end + at;
}
