// Where: the place of a meeting (在X, 前往X, X举行) and the destination of a visit (访问X, 访华, 对X的访问).
import type { Lexicon, PlaceEntry } from "../lexicon/index.ts";
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { within } from "./view.ts";
import { namesAttendedEvent } from "./place-event.ts";
import { locativePlaces } from "./place-locative.ts";
import { isPlaceModifier, runEnd } from "./place-modifier.ts";

export { comparePlaces } from "./place-compare.ts";
export { namesAttendedEvent } from "./place-event.ts";
export { clausePlace, locativePlaces, meetingPlace, meetingPlaceId } from "./place-locative.ts";
export { isPlaceModifier, runEnd } from "./place-modifier.ts";

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


const VISIT_LOCATIVE = /(?:在|对|到|来|去|赴)$/;
/** 过境美属关岛, 前往法属波利尼西亚: the holder of a territory written before it (simplified text). */
const TERRITORY = /^[美英法荷丹澳新]属$/;

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
