// Where a meeting is: places after 在/于 or a travel verb (在北京, 前往港口城市洛比托, 访问安哥拉时), or naming the meeting (马耳他会晤).
import type { Lexicon } from "../lexicon/index.ts";
import type { CompiledRules } from "./rules.ts";
import { namesAttendedEvent } from "./place-event.ts";
import { lexiconPlace, lexiconPlaceAt } from "./place-lexicon.ts";
import { isPlaceModifier, NO_COUNTRY, runEnd } from "./place-modifier.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { within } from "./view.ts";

const LOCATIVE = /[在于]/g;
/**
 * A travel or visit verb right before the place, or before a descriptor of it: 前往北京, 访问安哥拉时,
 * 前往大西洋港口城市洛比托, 飞抵首都阿克拉 (simplified text).
 */
const TRAVEL_BEFORE = /(?:前往|赴|抵达|飞抵|来到|到|访问|出访|到访|造访|转往|飞往|飞赴)(?:[^，。；、与和同跟在]{0,8}?(?:城市|首都|首府|港|港口|海港|小镇|岛|古城|名城))?$/;
/** 访问法国后与马克龙会谈: after (or before) a visit the traveller may be elsewhere; 抵达北京后 is still there. */
const VISIT_ENDS = /(?:访问|出访|到访|造访)[^，。；、]{0,10}$/;
const AFTER_OR_BEFORE = /^(?:之|以)?(?:后|前)/;
/** How far back a travel verb and its descriptor may stand. */
const TRAVEL_ROOM = 14;
/** 在返回华盛顿途中, 回到北京后: a place one returns to is where the visitor comes from, not where the event is. */
const RETURN_BEFORE = /(?:返回|返抵|回到|飞返|返国|返美|返华)$/;
const ON_THE_WAY = /^(?:的)?(?:途中|路上|旅途中)/;
/** …a descriptor after such a place: 大西洋港口城市, 地中海沿岸城市, 太平洋岛国. */
const REGION_OF_CITY = /^(?:的)?(?:沿岸|沿海|海滨|港口|港|城市|岛国|小国)/;
/** 在利马举行了美日韩三边会谈: a verb after 在X ends what 在 governs; a name after it is the event's. */
const EVENT_VERB = /举行|召开|举办|进行|出席|参加|会见|会晤|会谈|访问/;
/** A party before a noun trigger (与美国会谈) is no place of it. */
const PARTY_BEFORE = /[与和同跟及、]$/;

/** 在秘鲁利马亚太经合组织会议期间: a place naming an organization's meeting is where the meeting is held. */
function namesOrgMeeting(view: SentenceView, p: EntityItem, to: number): boolean {
  const org = view.orgs.find((o) => o.start === p.end);
  return org !== undefined && namesAttendedEvent(view, org.end, Math.min(to, org.end + 8));
}

/** Places in [from, to) introduced by 在/于 at most 12 characters before, or by a travel verb, with no person in between. */
export function locativePlaces(view: SentenceView, rules: CompiledRules, from: number, to: number): EntityItem[] {
  const out: EntityItem[] = [];
  const locs: number[] = [];
  for (const m of view.text.slice(from, to).matchAll(LOCATIVE)) locs.push(from + m.index);
  for (const p of within(view.places, from, to)) {
    if (isPlaceModifier(view, rules, p) && !namesOrgMeeting(view, p, view.text.length)) continue;
    // 前往大西洋港口城市洛比托: a sea or region before a descriptor only says where the named city lies.
    if (p.entity?.country === NO_COUNTRY && REGION_OF_CITY.test(view.text.slice(p.end, p.end + 4))) continue;
    if (RETURN_BEFORE.test(view.text.slice(Math.max(from, p.start - 2), p.start))) continue;
    // 在前往北京途中与王毅通话: on the way there, not there.
    if (ON_THE_WAY.test(view.text.slice(p.end, p.end + 4))) continue;
    const loc = locs.filter((l) => l < p.start && p.start - l <= 13).at(-1);
    const travel = TRAVEL_BEFORE.test(view.text.slice(Math.max(from, p.start - TRAVEL_ROOM), p.start));
    if (loc === undefined && !travel) continue;
    if (travel && loc === undefined && VISIT_ENDS.test(view.text.slice(Math.max(from, p.start - TRAVEL_ROOM), p.start)) && AFTER_OR_BEFORE.test(view.text.slice(p.end, p.end + 2))) continue;
    if (!travel && loc !== undefined && (view.persons.some((q) => q.start > loc && q.start < p.start) || EVENT_VERB.test(view.text.slice(loc, p.start)))) continue;
    out.push(p);
  }
  return out;
}

/** The last place a clause [from, to) puts its subject in or sends it to (前往港口城市洛比托), as its run's end. */
export function clausePlace(view: SentenceView, rules: CompiledRules, from: number, to: number): string | undefined {
  const last = locativePlaces(view, rules, from, to).at(-1);
  return last ? runEnd(view, last).id : undefined;
}

/** 去年9月马耳他会晤, 巴厘岛峰会: a place written right before a noun trigger names the meeting's place. */
function namingPlace(view: SentenceView, rules: CompiledRules, hit: TriggerHit): EntityItem | undefined {
  const p = view.places.find((q) => q.end === hit.start || (q.end === hit.start - 1 && view.text[q.end] === "的"));
  if (!p || p.start < hit.clause.start || PARTY_BEFORE.test(view.text.slice(Math.max(0, p.start - 1), p.start))) return undefined;
  // 钓鱼台会见: a place of no country (islands, seas, regions) names no meeting; the name is likely another's.
  if (p.entity?.country === NO_COUNTRY) return undefined;
  return isPlaceModifier(view, rules, p) ? undefined : p;
}

/** The place of a meeting: 在X before the trigger, else the place naming it (马耳他会晤), else 在X after it (上次会面是在…巴厘岛). */
export function meetingPlace(view: SentenceView, rules: CompiledRules, hit: TriggerHit): EntityItem | undefined {
  const before = locativePlaces(view, rules, hit.clause.start, hit.start).at(-1);
  if (before) return runEnd(view, before);
  const named = namingPlace(view, rules, hit);
  if (named) return named;
  const after = locativePlaces(view, rules, hit.end, hit.clause.end)[0];
  return after ? runEnd(view, after) : undefined;
}

/**
 * The lexicon place after the last 在/于 of [from, to) whose name no mention covers: a name the name pass
 * missed (北京人民大会堂), not one it read otherwise (北京钓鱼台国宾馆 is no 钓鱼台 islands).
 */
function laterLexiconPlace(view: SentenceView, lexicon: Lexicon | undefined, from: number, to: number): string | undefined {
  let found: string | undefined;
  for (const m of view.text.slice(from, to).matchAll(LOCATIVE)) {
    const at = from + m.index + 1;
    const p = lexiconPlaceAt(view, lexicon, at);
    if (p && p.end <= to && !view.places.some((q) => q.start < p.end && q.end > p.start)) found = p.id;
  }
  return found;
}

/**
 * The id of a meeting's place: meetingPlace's, unless a later 在 before the trigger names a lexicon place
 * the name pass missed (正在中国访问的马克龙在北京人民大会堂与习近平会谈 → 人民大会堂), and the lexicon's
 * 在-place when no mention is found.
 */
export function meetingPlaceId(view: SentenceView, rules: CompiledRules, hit: TriggerHit, lexicon: Lexicon | undefined): string | undefined {
  const found = meetingPlace(view, rules, hit);
  if (!found) return lexiconPlace(view, lexicon, hit.clause.start, hit.start);
  if (found.end > hit.start) return found.id;
  return laterLexiconPlace(view, lexicon, found.end, hit.start) ?? found.id;
}
