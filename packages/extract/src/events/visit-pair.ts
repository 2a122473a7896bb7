// The pair 两人都是来X出席… refers to: the last two people a happened meeting of the document joined.
import type { EventStatus } from "../model.ts";
import type { Referents } from "./referents.ts";
import type { EntityItem } from "./view.ts";

/** Per document (its Referents), the pairs of meetings the text says took place, most recent last. */
const happened = new WeakMap<Referents, EntityItem[]>();

/**
 * Records the people of a meeting or call when it took place (鲁比奥与王毅举行会谈), not when it is
 * only planned or possible (特朗普与习近平会面的可能性很大): only those can have both come somewhere.
 */
export function noteMeetingPair(referents: Referents, people: EntityItem[], status: EventStatus): void {
  if (status === "happened" && people.length === 2) happened.set(referents, people);
}

/** The pair of the document's last happened meeting, for a visit of 两人/二人. */
export function happenedPair(referents: Referents): EntityItem[] | undefined {
  return happened.get(referents);
}
