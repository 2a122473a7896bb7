// A host's verb after a bare "during the visit" (普京将在访问期间接见王毅): the one received is the visitor.
import { argPersons } from "./args.ts";
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** 访问期间接见/宴请/接待…: a host's verb right after a bare "during the visit" (simplified text). */
const HOST_AFTER = /^(?:期间|之际|时)[，,]?(?:[^，。；！？]{0,6}?)(?:接见|接待|宴请|款待|设宴招待|设宴款待)(?:了)?/;

/** A visit verb that names no destination (访问期间, not 访华期间). */
const BARE_VISIT = /^(?:访问|到访|来访|出访|访)$/;

/** How far after the host's verb the guest's name may start. */
const GUEST_WITHIN = 12;

/**
 * When a host's verb follows a bare visit trigger (普京预计将在访问期间接见王毅), the guest the verb
 * names (王毅; undefined when it names none, 接见了当地侨胞); undefined result when the pattern is absent.
 */
export function hostedGuest(view: SentenceView, rules: CompiledRules, hit: TriggerHit): { guest: EntityItem | undefined } | undefined {
  if (!BARE_VISIT.test(view.text.slice(hit.start, hit.end))) return undefined;
  const m = HOST_AFTER.exec(view.text.slice(hit.end, hit.end + 16));
  if (!m) return undefined;
  const from = hit.end + m[0].length;
  const guest = argPersons(view, rules, from, hit.clause.end)[0];
  return { guest: guest && guest.start - from <= GUEST_WITHIN ? guest : undefined };
}
