// 习近平也在星期一抵达: an arrival "too", with no place of its own, is at the place of the document's last visit.
import type { Referents } from "./referents.ts";
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView } from "./view.ts";

/** Per document (its Referents), the destination of the last visit reported. */
const lastPlace = new WeakMap<Referents, string>();

/** Records the destination of a visit just reported (拜登星期日抵达巴厘岛 → 巴厘岛). */
export function noteVisitPlace(referents: Referents, place: string | null): void {
  if (place) lastPlace.set(referents, place);
}

/** An arrival verb (抵达, 到达, 飞抵), not a visit of its own kind (访问 needs its place written). */
const ARRIVAL = /^(?:抵达|到达|飞抵|抵)$/;
/** 也/亦/同样/随后也 before the verb in the clause: the same place as the arrival just reported. */
const ALSO = /(?:也|亦|同样|同日|同一天)[^，。；]{0,10}$/;

/**
 * The place of an arrival written as "too" with no destination of its own (拜登星期日抵达巴厘岛。习近平也
 * 在星期一抵达，…): the destination of the document's last visit. Undefined otherwise.
 */
export function alsoArrivedAt(view: SentenceView, hit: TriggerHit, referents: Referents): string | undefined {
  if (!ARRIVAL.test(view.text.slice(hit.start, hit.end))) return undefined;
  if (!ALSO.test(view.text.slice(hit.clause.start, hit.start))) return undefined;
  // 也抵达了东京: a place written after the verb is its own destination.
  if (view.places.some((p) => p.start >= hit.end && p.start <= hit.end + 1)) return undefined;
  return lastPlace.get(referents);
}
