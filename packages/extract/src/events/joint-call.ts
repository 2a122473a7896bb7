// Phone calls with a team: one subject and counterparts of one country on the line are one call, not one each.
import type { TriggerHit } from "./triggers.ts";
import { EACH_WORD } from "./group.ts";
import { isOneSide } from "./meeting-sides.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** 分別, 先後, 各自, 逐一, 輪流 (traditional forms of group.ts's EACH_WORD) and 纷纷/紛紛. */
const EACH_TRADITIONAL = /分別|先後|相繼|逐一|單獨|分頭|輪流|依次|纷纷|紛紛/;

/**
 * True when a call's counterparts are one team: two or more lexicon people of one country
 * (刘鹤与莱特希泽、姆努钦通电话, 王毅同布林肯和沙利文通話), with no 分别/先后/各自 between the first person and
 * the trigger. Leaders of different countries on one list (与文在寅和安倍晋三通电话) stay one call each.
 */
export function teamCall(view: SentenceView, hit: TriggerHit, counterparts: readonly EntityItem[]): boolean {
  if (counterparts.length < 2 || !isOneSide(counterparts)) return false;
  const from = Math.min(hit.start, ...counterparts.map((p) => p.start));
  const between = view.text.slice(Math.max(hit.clause.start, from - 12), hit.end);
  return !EACH_WORD.test(between) && !EACH_TRADITIONAL.test(between);
}
