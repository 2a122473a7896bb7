// A side written as an office (英国首相, 美国总统) whose holder the same sentence names: 时任首相文翠珊.
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** A head's or minister's title with no name after it, then 与/和/同/跟 (英国首相与习近平会面, 德国总理上次同…). */
const OFFICE = /(首相|总统|總統|总理|總理|国务卿|國務卿|外长|外長|外交部长|外交部長|防长|防長|国防部长|國防部長|议长|議長)(?=(?:上次|上一次|此前|曾经|曾經|曾|最近|也|还|還)?(?:与|與|和|同|跟))/g;

/**
 * 上一次英国首相与习近平会面，是2018年2月时任首相文翠珊访问北京: one named side (`named`) and an office
 * written before the trigger (英国首相); the other side is the one person the sentence names outside the
 * meeting's own words who holds it: of the country a place before the title names (英国, 法国), or written
 * right after the same title (时任首相文翠珊). Undefined when no single holder (or more than one) is named.
 */
export function officeHolder(view: SentenceView, hit: TriggerHit, scope: number, named: EntityItem): EntityItem | undefined {
  let office: RegExpExecArray | undefined;
  for (const m of view.text.slice(scope, hit.start).matchAll(OFFICE)) office = m as RegExpExecArray;
  if (!office) return undefined;
  const at = scope + office.index;
  // 文翠珊首相与…: a title after a name is that person's own, not an office side.
  if (view.persons.some((x) => x.end === at)) return undefined;
  const title = office[1]!;
  const country = view.places.find((p) => p.end === at)?.entity?.country;
  const holds = (x: EntityItem): boolean =>
    country ? x.entity?.country === country : view.text.slice(Math.max(0, x.start - title.length - 2), x.start).includes(title);
  const holders = view.persons.filter((x) => (x.end <= scope || x.start >= hit.end) && x.id !== named.id && x.entity?.country !== named.entity?.country && holds(x));
  return new Set(holders.map((x) => x.id)).size === 1 ? holders[0] : undefined;
}
