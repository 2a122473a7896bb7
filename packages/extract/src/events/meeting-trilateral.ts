// A trilateral joined by the pair met just before: 6日与马克龙会谈，同日还与冯德莱恩举行中法欧三方会晤 → all three.
import type { EventDraft } from "./sentence.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/**
 * 三方会晤, 三边会谈, 三国领导人会议, 中法欧领导人三方会晤, 中日韩峰会 (simplified): a meeting of three sides,
 * written at the trigger or right before it.
 */
const TRILATERAL =
  /(?:三方|三边|三國|三国)(?:领导人)?(?:的)?(?:会晤|会谈|会议|峰会|会面|对话|磋商)|[中美日韩俄法德英印澳欧菲越](?:[中美日韩俄法德英印澳欧菲越]){2}(?:领导人|元首|外长)?(?:三方)?(?:会晤|会谈|峰会|会议)/;

/** True when the trigger names a meeting of three sides (三方会晤, 中法欧领导人会晤). */
export function isTrilateral(view: SentenceView, hit: TriggerHit): boolean {
  return TRILATERAL.test(view.text.slice(Math.max(hit.clause.start, hit.start - 10), hit.end));
}

/**
 * The people of a trilateral with two named (他还与冯德莱恩举行三方会晤): with the other side of the pair the
 * sentence's earlier meeting joined (与马克龙会谈), when that pair shares one of the two. Else the people as given.
 */
export function joinTrilateral(view: SentenceView, hit: TriggerHit, people: EntityItem[], prior: EventDraft | undefined): EntityItem[] {
  if (people.length !== 2 || !prior || prior.type === "visit" || prior.participants.length !== 2 || !isTrilateral(view, hit)) return people;
  const ids = new Set(people.map((p) => p.id));
  const shared = prior.participants.filter((id) => ids.has(id));
  if (shared.length !== 1) return people;
  const otherId = prior.participants.find((id) => !ids.has(id))!;
  const other = view.persons.find((p) => p.id === otherId && p.end <= hit.start);
  return other ? [...people, other] : people;
}
