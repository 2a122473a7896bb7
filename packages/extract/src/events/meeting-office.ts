// A side written as an office (英国首相, 美国总统) whose holder the same sentence names: 时任首相文翠珊.
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { within } from "./view.ts";

/** A head's or minister's title right after a country (英国首相, 美國總統); no name follows it. */
const OFFICE_AFTER = /^(?:的)?(?:前任|现任|現任|时任|時任)?(?:首相|总统|總統|总理|總理|国务卿|國務卿|外长|外長|外交部长|外交部長|防长|防長|国防部长|國防部長|议长|議長|元首|领导人|領導人)/;

/**
 * 上一次英国首相与习近平会面，是2018年2月时任首相文翠珊访问北京: one named side (`named`) and an office
 * written before the trigger (英国首相); the other side is the one person the sentence names outside the
 * meeting's own words whose country is that office's. Undefined when the office is not written so, or
 * when no single holder (or more than one) is named.
 */
export function officeHolder(view: SentenceView, hit: TriggerHit, scope: number, named: EntityItem): EntityItem | undefined {
  const office = within(view.places, scope, hit.start).find((p) => {
    const m = OFFICE_AFTER.exec(view.text.slice(p.end, p.end + 8));
    if (!m || !p.entity?.country || p.entity.country === named.entity?.country) return false;
    // 英国首相文翠珊与习近平会面: the office has its holder already.
    return !view.persons.some((x) => x.start === p.end + m[0].length);
  });
  if (!office) return undefined;
  const country = office.entity!.country;
  const holders = view.persons.filter((x) => (x.end <= scope || x.start >= hit.end) && x.id !== named.id && x.entity?.country === country);
  const ids = new Set(holders.map((x) => x.id));
  return ids.size === 1 ? holders[0] : undefined;
}
