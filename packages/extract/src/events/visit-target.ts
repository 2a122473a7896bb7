// A visit's checked destination and visitors: the place as written, validated, continents dropped, 对X marked.
import type { ArgGroup } from "./args.ts";
import { broadVisitNamedElsewhere } from "./broad.ts";
import { checkVisit } from "./checks.ts";
import type { SentenceContext } from "./sentence.ts";
import { listedDestinations } from "./itinerary.ts";
import type { Destination } from "./place.ts";
import { placeFacts, runEnd } from "./place.ts";
import { NO_COUNTRY } from "./place-modifier.ts";
import { destination, isTransit } from "./trip.ts";
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
 * 中美洲友邦, 南太平洋三个邦交国, 东南亚盟国, 非洲唯一友邦, 非洲仅存的邦交国, 西非岛国, 中亚邻国: the countries
 * of a region named after it (simplified text).
 */
const ALLIES =
  /^(?:的)?(?:[两三四五六七八九\d]个|唯一的?|仅存的?|最后的?|重要的?|传统)?(?:友邦|邦交国|盟国|盟友|友好国家|伙伴国家?|伙伴|国家|岛国|小国|内陆国|邻国)$/;

/** 巴西首都巴西利亚, 秘鲁的首都利马: a country's capital named after it (simplified text). */
const CAPITAL = /^(?:的)?(?:首都|首府|京城)$/;

/**
 * 抵达西南城市重庆: a region word (西南) that only describes the city written after it gives way to that
 * city; so does a country before its capital (前往巴西首都巴西利亚, 抵達秘魯首都利馬: the city, as with 巴西里约).
 */
function describedPlace(view: SentenceView, ctx: SentenceContext, dest: Destination | undefined): Destination | undefined {
  if (!dest?.item || dest.how !== "after") return dest;
  const item = dest.item;
  const facts = placeFacts(item, ctx.lexicon);
  const country = facts.kind === "country";
  const next = view.places.find((q) => q.start > item.end && q.start - item.end <= 6);
  const between = next ? view.text.slice(item.end, next.start) : "";
  // 出访中美洲友邦危地马拉与伯利兹: a broad region (ZZ) only describes the allies named after it.
  const allies = facts.country === NO_COUNTRY && ALLIES.test(between);
  if (!next || !(allies || (country ? CAPITAL : DESCRIBES).test(between))) return dest;
  const p = runEnd(view, next);
  return { id: p.id, item: p, country: null, how: "after" };
}

/** 来访, 来此访问: a visit to where the article's main visit went, when no place is written. */
const CAME_HERE = /^(?:来访|前来访问|来此访问)$/;
/** 欢迎/邀请/期待 … before 来访: an invitation to the host's country (simplified text). */
const INVITED = /欢迎|邀请|邀|期待|希望|盼/;
/** 以来, 年来, 月来: the 来 of "since" before 访 (simplified text). */
const SINCE_BEFORE = /^[以年月日天周]$/;

/**
 * 上一次是1997年时任议长金瑞契来访 (in a story of a visit to Taiwan): a bare "came to visit" goes where the
 * article's main visit went. Undefined when the trigger is another or the article has no main visit.
 */
function cameHere(view: SentenceView, ctx: SentenceContext, hit: TriggerHit): Destination | undefined {
  const main = ctx.referents.visit;
  if (!main || !CAME_HERE.test(view.text.slice(hit.start, hit.end))) return undefined;
  // 2018年以来访问中国, 近年来访: 来 closes "since", the verb is 访问 or 访.
  if (SINCE_BEFORE.test(view.text.slice(Math.max(0, hit.start - 1), hit.start))) return undefined;
  // 中方欢迎布林肯来访, 王毅表示期待他来访: "here" is the speaker's or host's country, not the story's.
  const lead = view.cue.slice(0, hit.start);
  if (INVITED.test(lead) || lead.search(ctx.rules.speech) >= 0) return undefined;
  // 来访的客人, 来访期间: a relative clause or a period of some visit, not the visit itself.
  if (/^(?:的|期间|时|之际)/.test(view.text.slice(hit.end, hit.end + 2))) return undefined;
  return { id: main.place, country: placeFacts({ id: main.place, entity: undefined }, ctx.lexicon).country, how: "implied" };
}

/** The destination and visitors of a visit group, or why it is no visit. */
export function visitTarget(view: SentenceView, ctx: SentenceContext, hit: TriggerHit, group: ArgGroup): VisitTarget | string {
  const dest = describedPlace(view, ctx, destination(view, ctx, hit, group)) ?? cameHere(view, ctx, hit);
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
  const listed = dest?.item && (dest.how === "after" || dest.how === "before") ? listedDestinations(view, ctx.lexicon, dest.item, isTransit(view, hit)) : [];
  const home = new Set(checked.visitors.map((p) => p.entity?.country).filter((c) => c));
  const also = listed.filter((q) => !home.has(placeFacts(q, ctx.lexicon).country ?? "")).map((q) => q.id);
  return { ...checked, visitedCountry, also };
}
