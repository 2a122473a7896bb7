// Objects of a meeting verb told elsewhere: 他 of the sentences before, or the visitor a host receives.
import type { EntityItem, SentenceView } from "./view.ts";
import type { TriggerHit } from "./triggers.ts";
import { PRONOUN_OBJECT } from "./meeting-subject.ts";

/** Verbs of a host with a guest, often written without one: 陪同, 接待, 款待, 宴请 (simplified). */
const HOST_VERB = /^(?:陪同|接待|款待|宴请)$/;
/** 获习近平接待, 受到…款待: a passive, whose subject is already the guest (simplified). */
const PASSIVE = /[获受蒙]/;
/** An earlier clause tells a visit: 访华, 访问…, 到访, 抵达 (simplified). */
const VISIT_WORD = /访|抵达|飞抵|到达/;

/**
 * The visitor a host receives when the host's verb has no object: the first person of the sentence,
 * when the text between that person and the host's clause tells a visit and the two are of different
 * countries (习近平访问美国，王毅全程陪同 is an entourage, not a contact). Undefined otherwise.
 */
export function hostedGuest(view: SentenceView, hit: TriggerHit, host: EntityItem): EntityItem | undefined {
  if (!HOST_VERB.test(view.text.slice(hit.start, hit.end))) return undefined;
  const guest = view.persons.find((p) => p.end <= hit.clause.start);
  if (!guest || guest.id === host.id || PASSIVE.test(view.text.slice(hit.clause.start, host.start))) return undefined;
  if (!VISIT_WORD.test(view.text.slice(guest.end, hit.clause.start))) return undefined;
  const a = guest.entity?.country;
  const b = host.entity?.country;
  return a && b && a !== b ? guest : undefined;
}

/**
 * The object of a transitive meeting verb that names none, for a clause with no carried subject:
 * 刘鹤抵达华盛顿。特朗普22日在白宫会见了他 (他: the subject of the sentences before), 拜登访华，由习近平
 * 全程陪同 (the visitor, see hostedGuest). No people when neither applies.
 */
export function impliedObject(view: SentenceView, hit: TriggerHit, before: EntityItem[], previousSubject: () => EntityItem | undefined): ImpliedObject {
  if (hit.rule.transitive !== true) return { people: [], guest: false };
  if (PRONOUN_OBJECT.test(view.text.slice(hit.end, hit.end + 4))) {
    const earlier = previousSubject();
    return { people: earlier && !before.some((p) => p.id === earlier.id) ? [earlier] : [], guest: false };
  }
  const guest = before.length === 1 ? hostedGuest(view, hit, before[0]!) : undefined;
  return guest ? { people: [guest], guest: true } : { people: [], guest: false };
}

/** The object impliedObject found; `guest` when it is the visitor of the sentence's visit (whose date it takes). */
export interface ImpliedObject {
  people: EntityItem[];
  guest: boolean;
}
