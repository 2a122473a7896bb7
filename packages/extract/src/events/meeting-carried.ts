// The carried side of a meeting: when the text names only the counterparts (与习近平会晤, 会见了李强), the
// subject is the speaker, the previous clause's subject, a term's holder or a bare title's holder.
import type { ArgGroup } from "./args.ts";
import { teamCall } from "./joint-call.ts";
import { duringTrip, eachCounterpart, eachObject, occasionPlaces, pairwiseCall, RESPECTIVELY } from "./meeting-lists.ts";
import { bareTitle } from "./meeting-titled.ts";
import { reportsOthers } from "./meeting-speaker.ts";
import { PASSIVE_BEFORE, relationAfter, termSubject } from "./meeting-subject.ts";
import { argPersons, CONJ_BEFORE } from "./persons.ts";
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** The sides once a carried subject is added: the people before the trigger, the pattern, whether carried. */
export interface CarriedSides {
  before: EntityItem[];
  pattern: string;
  carried: boolean;
}

/**
 * Adds the subject a counterpart-only clause leaves out, or splits it into one meeting per counterpart
 * (groups returned as they are); `s` is where the trigger's scope starts.
 *
 * @example const sides = carriedSides(view, rules, hit, s, before, after, carry, titled);
 */
export function carriedSides(
  view: SentenceView,
  rules: CompiledRules,
  hit: TriggerHit,
  s: number,
  before: EntityItem[],
  after: EntityItem[],
  carry: EntityItem | undefined,
  titled: (title: string, others: string[]) => EntityItem | undefined,
): ArgGroup[] | CarriedSides {
  let pattern = after.length > 0 ? "object" : "pair";
  let carried = false;
  let sides = before;
  const firstBefore = before[0];
  const lead = firstBefore ? view.text.slice(s, firstBefore.start) : "";
  const related = firstBefore !== undefined && relationAfter(view, hit.end, hit.clause.end);
  const counterpartOnly = firstBefore !== undefined && !related && (CONJ_BEFORE.test(lead) || PASSIVE_BEFORE.test(lead));
  if (counterpartOnly || (before.length === 0 && after.length > 0)) {
    // 拜登表示希望与习近平会晤 (the speaker), or …，并在峰会间隙与拜登会晤 (the previous clause's subject).
    const speaker = argPersons(view, rules, hit.clause.start, s).at(-1);
    // 柯比说，总统并未与习近平讨论: a speaker whose report names its own subject is no side.
    const carried0 = carry && !reportsOthers(view, rules, hit, carry) ? carry : undefined;
    // 国务卿今天早些时候已经同王毅通了电话: a bare title is the story's holder of it (not for 讨论: 总统并未在
    // 通话中与习近平讨论…, a talk inside another contact).
    const title = counterpartOnly && !hit.rule.needsConj ? bareTitle(lead) : undefined;
    const holder = title ? titled(title, before.map((p) => p.id)) : undefined;
    const subject = speaker ?? carried0 ?? termSubject(view, s, firstBefore?.start ?? hit.start) ?? holder;
    if (subject) {
      pattern = speaker ? "speaker-subject" : "carried-subject";
      carried = !speaker;
      // 她在北京与李强和何立峰等人会谈: an open list (等人) or several places are several occasions, one
      // meeting per counterpart; a closed list (抵达东京，与上川阳子、木原稔举行2+2) is one meeting of all.
      const lastBefore = before.at(-1);
      const open = lastBefore !== undefined && view.text[lastBefore.end] === "等";
      const occasions = open || occasionPlaces(view, hit.clause.start, hit.start) > 1 || duringTrip(view, hit, before) || eachCounterpart(view, hit, before);
      if (counterpartOnly && before.length > 1 && after.length === 0 && (occasions || (pairwiseCall(view, hit, s) && !teamCall(view, hit, before)))) {
        return before.filter((c) => c.id !== subject.id).map((c) => ({ people: [subject, c], pattern, carried }));
      }
      // 刚结束访华行程，在北京会见了李强和何立峰等人: a carried subject meets each object in turn too.
      if (!counterpartOnly && eachObject(view, hit, [subject], after)) {
        return after.filter((c) => c.id !== subject.id).map((c) => ({ people: [subject, c], pattern, carried }));
      }
      // 她先后与王文涛、何立峰及李强会面; 舒默…先后会晤王毅与习近平: the carried subject meets each in turn.
      const counterparts = (counterpartOnly ? before : after).filter((c) => c.id !== subject.id);
      const resp = view.text.slice(s, hit.start).search(RESPECTIVELY);
      if (counterparts.length > 1 && resp >= 0 && (counterpartOnly ? after.length === 0 : before.length === 0)) {
        const at = s + resp;
        return counterparts.map((c, index) => ({ people: [subject, c], pattern, carried, index, count: counterparts.length, respectively: at }));
      }
      sides = [subject, ...before];
    }
  }
  return { before: sides, pattern, carried };
}
