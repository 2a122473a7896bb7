// A visit's checked destination and visitors: the place as written, validated, continents dropped, 对X marked.
import type { ArgGroup } from "./args.ts";
import { broadVisitNamedElsewhere } from "./broad.ts";
import { checkVisit } from "./checks.ts";
import type { SentenceContext } from "./sentence.ts";
import { listedDestinations } from "./itinerary.ts";
import type { Destination } from "./place.ts";
import { placeFacts, runEnd } from "./place.ts";
import { destination } from "./trip.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** A visit that passed its checks. */
export interface VisitTarget {
  place: string | null;
  visitors: EntityItem[];
  /** 展开对大马为期3天的访问: 对X…访问 names the visited country, which wins over a city of it. */
  visitedCountry: boolean;
  /** 先后访问日本、韩国和蒙古: the further destinations of a listed trip, one visit each. */
  also: string[];
}

/** 西南城市重庆, 东部港口城市大连: a description of the place that follows (simplified text). */
const DESCRIBES = /^(?:的)?(?:港口城市|沿海城市|边境城市|城市|都市|港城|重镇|省份|省会|首府)$/;

/**
 * 抵达西南城市重庆: a region word (西南) that only describes the city written after it gives way to that
 * city. Countries stay (法国首都巴黎 is read as written).
 */
function describedPlace(view: SentenceView, ctx: SentenceContext, dest: Destination | undefined): Destination | undefined {
  if (!dest?.item || dest.how !== "after" || placeFacts(dest.item, ctx.lexicon).kind === "country") return dest;
  const item = dest.item;
  const next = view.places.find((q) => q.start > item.end && q.start - item.end <= 6);
  if (!next || !DESCRIBES.test(view.text.slice(item.end, next.start))) return dest;
  const p = runEnd(view, next);
  return { id: p.id, item: p, country: null, how: "after" };
}

/** The destination and visitors of a visit group, or why it is no visit. */
export function visitTarget(view: SentenceView, ctx: SentenceContext, hit: TriggerHit, group: ArgGroup): VisitTarget | string {
  const dest = describedPlace(view, ctx, destination(view, ctx, hit, group));
  // 访中国, 首访俄罗斯: a bare 访 is a visit only with its place written right after it.
  if (hit.rule.adjacent && dest?.how !== "after" && dest?.how !== "trip") return "no destination right after a bare 访";
  const checked = checkVisit(view, ctx.lexicon, hit, group, dest);
  if (typeof checked === "string") return checked;
  // 两人都是来巴厘岛出席…: a pair travels to a known city or country, not across town (两人同车前往锦绣山广场).
  if (group.pattern === "pair-referent" && (checked.place === null || !placeFacts({ id: checked.place, entity: dest?.item?.entity }, ctx.lexicon).kind)) {
    return "a pair's move to no known city or country";
  }
  // 首次访问亚洲: a continent is no destination when the trip's country is named.
  const visitor = checked.visitors[0];
  if (checked.place && visitor && broadVisitNamedElsewhere(view, ctx.rules, ctx.lexicon, ctx.referents, checked.place, visitor)) {
    return "a continent while a country or city is named";
  }
  const visitedCountry = dest?.how === "before" && dest.item !== undefined && view.text[dest.item.start - 1] === "对";
  // 访问法国、意大利和匈牙利, 结束对日本和韩国的访问: each listed country is a visit of its own.
  const listed = dest?.item && (dest.how === "after" || dest.how === "before") ? listedDestinations(view, ctx.lexicon, dest.item) : [];
  const home = new Set(checked.visitors.map((p) => p.entity?.country).filter((c) => c));
  const also = listed.filter((q) => !home.has(placeFacts(q, ctx.lexicon).country ?? "")).map((q) => q.id);
  return { ...checked, visitedCountry, also };
}
