// Where: the place of a meeting (在X, 前往X, X举行) and the destination of a visit (访问X, 访华, 对X的访问).
import type { Lexicon, PlaceEntry } from "../lexicon/index.ts";
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { within } from "./view.ts";
import { namesAttendedEvent } from "./place-event.ts";

export { comparePlaces } from "./place-compare.ts";
export { namesAttendedEvent } from "./place-event.ts";

/** What is known of a place: its kind (country, city, region, venue), container and country. */
export interface PlaceFacts {
  kind: string | null;
  in: string | null;
  country: string | null;
}

/** Facts of a place from the lexicon entry, else from the document entity. */
export function placeFacts(item: Pick<EntityItem, "id" | "entity">, lexicon: Lexicon | undefined): PlaceFacts {
  const entry = lexicon?.byId(item.id);
  const place = entry?.type === "place" ? (entry as PlaceEntry) : undefined;
  return { kind: place?.kind ?? null, in: place?.in ?? null, country: place?.country ?? item.entity?.country ?? null };
}

const LOCATIVE = /[在于]/g;
const TRAVEL_BEFORE = /(?:前往|赴|抵达|飞抵|来到|到)$/;
const VISIT_LOCATIVE = /(?:在|对|到|来|去|赴)$/;
/** 在返回华盛顿途中, 回到北京后: a place one returns to is where the visitor comes from, not where the event is. */
const RETURN_BEFORE = /(?:返回|返抵|回到|飞返|返国|返美|返华)$/;
const ON_THE_WAY = /^(?:的)?(?:途中|路上|旅途中)/;
/** 访问北京时亦获习近平接见: a time, aspect or passive word between place and person ends the place's phrase. */
const NEXT_NOT_MODIFIER = /[在于与和同跟、，。的时也亦获受被曾将并]|期间|举行|召开|举办/;

/** The code of places of no single country (亚洲, 远东, 中东) in the lexicon. */
const NO_COUNTRY = "ZZ";
/** 过境美属关岛, 前往法属波利尼西亚: the holder of a territory written before it (simplified text). */
const TERRITORY = /^[美英法荷丹澳新]属$/;

/** True for a place that only qualifies a name: 美国国务卿布林肯, 加州州长纽森, 中国驻联合国代表团. */
export function isPlaceModifier(view: SentenceView, rules: CompiledRules, p: EntityItem): boolean {
  if (rules.placeModifierAfter.test(view.text.slice(p.end, p.end + 2))) return true;
  const next = [...view.persons, ...view.orgs].filter((i) => i.start >= p.end).sort((a, b) => a.start - b.start)[0];
  if (!next || next.start - p.end > 12) return false;
  const gap = view.text.slice(p.end, next.start);
  return !NEXT_NOT_MODIFIER.test(gap) && !rules.triggerAny.test(gap);
}

/** The most specific place of a run written back to back (美国纽约 → 纽约). */
export function runEnd(view: SentenceView, p: EntityItem): EntityItem {
  let cur = p;
  for (const q of view.places) {
    if (q.start !== cur.end) continue;
    // 俄罗斯远东: a broad region (ZZ: 远东, 中东) after a country names a part of that country.
    if (q.entity?.country === NO_COUNTRY && cur.entity?.country && cur.entity.country !== NO_COUNTRY) break;
    cur = q;
  }
  return cur;
}

/** Places in [from, to) introduced by 在/于 at most 12 characters before, with no person in between. */
function locativePlaces(view: SentenceView, rules: CompiledRules, from: number, to: number): EntityItem[] {
  const out: EntityItem[] = [];
  const locs: number[] = [];
  for (const m of view.text.slice(from, to).matchAll(LOCATIVE)) locs.push(from + m.index);
  for (const p of within(view.places, from, to)) {
    if (isPlaceModifier(view, rules, p)) continue;
    if (RETURN_BEFORE.test(view.text.slice(Math.max(from, p.start - 2), p.start))) continue;
    // 在前往北京途中与王毅通话: on the way there, not there.
    if (ON_THE_WAY.test(view.text.slice(p.end, p.end + 4))) continue;
    const loc = locs.filter((l) => l < p.start && p.start - l <= 13).at(-1);
    const travel = TRAVEL_BEFORE.test(view.text.slice(Math.max(from, p.start - 2), p.start));
    if (loc === undefined && !travel) continue;
    if (loc !== undefined && view.persons.some((q) => q.start > loc && q.start < p.start)) continue;
    out.push(p);
  }
  return out;
}

/** The place of a meeting: 在X before the trigger, else 在X after it (上次会面是在…巴厘岛). */
export function meetingPlace(view: SentenceView, rules: CompiledRules, hit: TriggerHit): EntityItem | undefined {
  const before = locativePlaces(view, rules, hit.clause.start, hit.start).at(-1);
  if (before) return runEnd(view, before);
  const after = locativePlaces(view, rules, hit.end, hit.clause.end)[0];
  return after ? runEnd(view, after) : undefined;
}

/** A visit's destination as found in the text, before validation. */
export interface Destination {
  id: string;
  item?: EntityItem;
  country: string | null;
  how: string;
}

/** Finds the destination of a visit; `undefined` when the text names none. */
export function visitDestination(
  view: SentenceView,
  rules: CompiledRules,
  hit: TriggerHit,
  visitorEnd: number,
  implied: (id: string, name: string) => string,
  relative = false,
): Destination | undefined {
  const r = hit.rule;
  if (r.to) {
    // 赴美国纽约: the trigger swallowed 美 of 美国; the named place that follows is more precise.
    const next = view.places.find((p) => p.start === hit.end || (p.start === hit.end + 1 && view.text[hit.end] === "国"));
    if (next && !isPlaceModifier(view, rules, next)) {
      const p = runEnd(view, next);
      return { id: p.id, item: p, country: null, how: "after" };
    }
    return { id: implied(r.to, r.toName ?? ""), country: r.toCountry ?? null, how: "implied" };
  }
  if (r.destAfter) {
    const first = [...view.places, ...view.orgs, ...view.persons]
      .filter((i) => i.start === hit.end || (i.start === hit.end + 1 && view.text[hit.end] === "了") || (i.start === hit.end + 2 && TERRITORY.test(view.text.slice(hit.end, i.start))))
      .sort((a, b) => a.start - b.start)[0];
    if (first && first.type === "place" && !isPlaceModifier(view, rules, first)) {
      const p = runEnd(view, first);
      return { id: p.id, item: p, country: null, how: "after" };
    }
  }
  if (r.heldIn) {
    const held = locativePlaces(view, rules, hit.end, hit.clause.end)[0];
    if (held) {
      const p = runEnd(view, held);
      return { id: p.id, item: p, country: null, how: "held-in" };
    }
    // 出席巴黎圣母院重新开放典礼: the place that names the attended event is where it is held.
    const named = view.places.find((p) => p.start === hit.end);
    if (named && !isPlaceModifier(view, rules, named)) {
      const p = runEnd(view, named);
      if (namesAttendedEvent(view, p.end, hit.clause.end)) return { id: p.id, item: p, country: null, how: "held-in" };
    }
  }
  // 拜登在白宫接待来访的赫尔佐格: a relative-clause visitor came to where the host is.
  if (relative) {
    const host = locativePlaces(view, rules, hit.clause.start, hit.start).at(-1);
    if (host) {
      const p = runEnd(view, host);
      return { id: p.id, item: p, country: null, how: "host" };
    }
  }
  // 正在中国访问, 王毅对华盛顿为期三天的访问
  const from = Math.max(hit.clause.start, visitorEnd);
  const before = within(view.places, from, hit.start).filter(
    (p) => hit.start - p.end <= 12 && VISIT_LOCATIVE.test(view.text.slice(Math.max(0, p.start - 1), p.start)) && !isPlaceModifier(view, rules, p),
  );
  const last = before.at(-1);
  if (last) {
    const p = runEnd(view, last);
    return { id: p.id, item: p, country: null, how: "before" };
  }
  return undefined;
}
