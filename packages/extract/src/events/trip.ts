// A visit's destination beyond the first place: a multi-city trip is a visit to the country; a guest comes to the host's country.
import type { Lexicon } from "../lexicon/index.ts";
import { countryId } from "./place-country.ts";
import type { ArgGroup } from "./args.ts";
import { ceremonyDestination } from "./ceremony.ts";
import type { Destination } from "./place.ts";
import { namesAttendedEvent, placeFacts, runEnd, visitDestination } from "./place.ts";
import { lexiconPlaceAt } from "./place-lexicon.ts";
import { alsoArrivedAt } from "./visit-also.ts";
import type { SentenceContext } from "./sentence.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

export { countryId };

const LIST_SEP = /^(?:、|，|和|与|及|以及|还有)$/;

/** 过境: a transit stop (simplified text). */
const TRANSIT = /^过境$/;

/** True when the trigger is a transit stop (过境纽约和旧金山: one stop per city). */
export function isTransit(view: SentenceView, hit: TriggerHit): boolean {
  return TRANSIT.test(view.text.slice(hit.start, hit.end));
}

/**
 * 先后到访重庆、上海和北京: several cities of one country listed as the destination are one visit to
 * that country (the trip), not a visit to the first city only. Undefined for a single destination.
 */
export function tripCountry(view: SentenceView, lexicon: Lexicon | undefined, first: EntityItem): Destination | undefined {
  const code = placeFacts(first, lexicon).country;
  if (!code) return undefined;
  let last = first;
  let listed = 0;
  for (const q of view.places) {
    if (q.start < last.end) continue;
    if (q.start === last.end) {
      last = q; // 广东广州: a run names one place
      continue;
    }
    if (!LIST_SEP.test(view.text.slice(last.end, q.start))) break;
    const facts = placeFacts(q, lexicon);
    if (facts.country !== code || facts.kind === "country") return undefined;
    listed++;
    last = q;
  }
  const id = listed > 0 ? countryId(lexicon, code) : undefined;
  return id ? { id, country: code, how: "trip" } : undefined;
}

/** 习近平为到访的马克龙举行欢迎仪式: a relative-clause guest came to the host's country. */
export function hostCountry(view: SentenceView, lexicon: Lexicon | undefined, triggerStart: number, guest: EntityItem): Destination | undefined {
  const host = view.persons.filter((p) => p.end <= triggerStart && p.id !== guest.id).at(0);
  const code = host?.entity?.country ?? null;
  if (!code || code === guest.entity?.country) return undefined;
  const id = countryId(lexicon, code);
  return id ? { id, country: code, how: "host-country" } : undefined;
}

/** The destination after trips and hosts are considered: a country for a city list, the host's for a guest. */
export function widenDestination(
  view: SentenceView,
  lexicon: Lexicon | undefined,
  dest: Destination | undefined,
  relativeGuest: EntityItem | undefined,
  triggerStart: number,
  transit = false,
): Destination | undefined {
  // 先后过境纽约和旧金山: transit stops are each a stop of their own, not one trip to the country.
  if (dest?.item && dest.how === "after") return (transit ? undefined : tripCountry(view, lexicon, dest.item)) ?? dest;
  if (!dest && relativeGuest) return hostCountry(view, lexicon, triggerStart, relativeGuest);
  return dest;
}

/**
 * 转往日本东京 where the segmenter split the name (往日|本), 出席巴黎圣母院…典礼 where it joined it to a
 * longer word: the lexicon place written right after the verb.
 */
function splitName(view: SentenceView, ctx: SentenceContext, hit: TriggerHit): Destination | undefined {
  if (!(hit.rule.destAfter || hit.rule.heldIn) || view.places.some((p) => p.start === hit.end)) return undefined;
  // 出席上海合作组织峰会: a name of an organization or person is no place.
  if ([...view.orgs, ...view.persons].some((q) => q.start <= hit.end && q.end > hit.end)) return undefined;
  const p = lexiconPlaceAt(view, ctx.lexicon, hit.end);
  if (!p) return undefined;
  // 出席巴黎圣母院重新开放典礼: an attended event's place only when the event is named right after it.
  if (!hit.rule.destAfter && !namesAttendedEvent(view, p.end, hit.clause.end)) return undefined;
  // A mention inside the written run (东京 of 日本东京) is the item, so lists and trips still apply.
  const item = view.places.find((q) => q.start >= p.start && q.end === p.end);
  return item ? { id: item.id, item, country: null, how: "after" } : { id: p.id, country: null, how: "after" };
}

/** 中东三国之行, 欧洲之行: a count of countries or 的 between the places and the trip noun. */
const NOUN_GAP = /^(?:[两二三四五六七八九十\d]+国|的)?$/;
/** 巴厘岛和曼谷之行: what joins two places of the trip. */
const NOUN_SEP = /^(?:、|和|与|及|以及)$/;

/**
 * 11月巴厘岛和曼谷之行, 中东三国之行: the places written right before a trip noun, from the first one
 * listed (the list then gives a visit to each country, see itinerary.ts). Undefined without one.
 */
function nounDestination(view: SentenceView, hit: TriggerHit): Destination | undefined {
  const last = view.places.filter((p) => p.end <= hit.start && NOUN_GAP.test(view.text.slice(p.end, hit.start))).at(-1);
  if (!last) return undefined;
  let item: EntityItem = last;
  for (;;) {
    const first: EntityItem = item;
    const prev: EntityItem | undefined = view.places.filter((p) => p.end <= first.start).at(-1);
    // 印尼巴厘岛: a run of names is one place, its first name opens it.
    if (!prev || !(prev.end === first.start || NOUN_SEP.test(view.text.slice(prev.end, first.start)))) break;
    item = prev;
  }
  const p = runEnd(view, item);
  return { id: p.id, item: p, country: null, how: "before" };
}

/** A visit's destination as written, widened to a trip's country or a host's, else an inauguration's place. */
export function destination(view: SentenceView, ctx: SentenceContext, hit: TriggerHit, group: ArgGroup): Destination | undefined {
  const relative = group.pattern === "relative";
  // A visitor carried from another sentence (两人, 他) has no offset in this one.
  const last = group.people.at(-1);
  const here = last !== undefined && view.persons.some((p) => p.id === last.id && p.start === last.start);
  const visitorEnd = relative || !here ? hit.clause.start : last.end;
  const found = hit.rule.placeBefore ? nounDestination(view, hit) : (visitDestination(view, ctx.rules, hit, visitorEnd, ctx.implied, relative) ?? splitName(view, ctx, hit));
  const also = found ? undefined : alsoArrivedAt(view, hit, ctx.referents);
  if (also) return { id: also, country: placeFacts({ id: also, entity: undefined }, ctx.lexicon).country, how: "also" };
  // 出席峰会的朔尔茨: an attendee is no guest of the host named before; the event's place says where.
  const guest = relative && !hit.rule.heldIn ? group.people[0] : undefined;
  return widenDestination(view, ctx.lexicon, found, guest, hit.start, isTransit(view, hit)) ?? ceremonyDestination(view, hit, ctx);
}
