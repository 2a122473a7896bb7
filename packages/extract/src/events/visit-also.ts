// 习近平也在星期一抵达, 由李强代表中国与会: an arrival "too" or a stand-in's attendance, with no place of its own, is at the place of the document's last visit.
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

/** 出席, 与会, 参加: attending what the sentence just named. */
const ATTEND = /^(?:出席|与会|参加|参会)$/;
/** 由李强代表中国与会, 而是由哈里斯代表出席, 改派韩正出席: a stand-in attends in someone's place. */
const STAND_IN = /(?:代表|代替|替代|顶替|改由|改派)[^，。；]{0,12}$/;

/**
 * The place of an arrival written as "too" with no destination of its own (拜登星期日抵达巴厘岛。习近平也
 * 在星期一抵达，…): the destination of the document's last visit. Undefined otherwise.
 */
export function alsoArrivedAt(view: SentenceView, hit: TriggerHit, referents: Referents): string | undefined {
  const verb = view.text.slice(hit.start, hit.end);
  const lead = view.text.slice(hit.clause.start, hit.start);
  const also = ARRIVAL.test(verb) && ALSO.test(lead);
  // 习近平没有出席新德里峰会，由李强代表中国与会: the stand-in attends where the other did not go.
  const standIn = ATTEND.test(verb) && STAND_IN.test(lead) && !hasOwnObject(view, hit);
  if (!also && !standIn) return undefined;
  // 也抵达了东京: a place written after the verb is its own destination.
  if (view.places.some((p) => p.start >= hit.end && p.start <= hit.end + 1)) return undefined;
  return lastPlace.get(referents);
}

/** 代表中国出席峰会: the verb names a thing of its own after it (峰会, 会议, 典礼), so not the one just named. */
function hasOwnObject(view: SentenceView, hit: TriggerHit): boolean {
  return /^[^，。；]{0,12}(?:峰会|会议|论坛|典礼|仪式|大会|会谈|活动)/.test(view.text.slice(hit.end, hit.clause.end));
}
