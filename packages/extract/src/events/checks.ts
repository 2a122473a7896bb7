// Checks on a trigger before it becomes an event: clause continuation, noun use, a visit's destination.
import type { Lexicon } from "../lexicon/index.ts";
import type { ArgGroup } from "./args.ts";
import { clauseSubject } from "./args.ts";
import type { Destination } from "./place.ts";
import { placeFacts } from "./place.ts";
import type { CompiledRules } from "./rules.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView, Span } from "./view.ts";

const NO_PLACE_BEFORE = /(?:的|此次|这次|本次|此番|结束|结束了)$/;
const NO_PLACE_AFTER = /^(?:期间|成行|行程|之行|结束|后)/;
const LEADING = /^[\s“"「『（(]+/;

/** True when a clause continues the previous one's subject (并在…, 随后…, 还…). */
export function continues(view: SentenceView, rules: CompiledRules, clause: Span): boolean {
  return rules.continuationStart.test(view.text.slice(clause.start, clause.end).replace(LEADING, ""));
}

/** 而是, 改为, 转而: a clause that says what was done instead of the clause before. */
const INSTEAD = /^(?:而是|反而|改为|改為|改以|改成|转而|轉而|取而代之)/;

/** True when a clause tells what happened instead (没有与她见面，而是与她通了电话): it takes no status from before. */
export function opensInstead(view: SentenceView, clause: Span): boolean {
  return INSTEAD.test(view.text.slice(clause.start, clause.end).replace(LEADING, ""));
}

/** True when a clause opens with 他/她 as its subject (not 他的, 他们). */
export function startsWithPronoun(view: SentenceView, clause: Span): boolean {
  return /^[他她](?![的们們])/.test(view.text.slice(clause.start, clause.end).replace(LEADING, ""));
}

/** The sentence's subject: the subject of its first clause that has one. */
export function sentenceSubject(view: SentenceView, rules: CompiledRules): EntityItem | undefined {
  for (const c of view.clauses) {
    const s = clauseSubject(view, rules, c);
    if (s) return s;
  }
  return undefined;
}

/** The subject of the nearest earlier clause that has one, with that clause. */
export function carriedFrom(view: SentenceView, rules: CompiledRules, clause: Span): { subject: EntityItem; clause: Span } | undefined {
  for (let i = view.clauses.length - 1; i >= 0; i--) {
    const c = view.clauses[i]!;
    if (c.start >= clause.start) continue;
    const s = clauseSubject(view, rules, c);
    if (s) return { subject: s, clause: c };
  }
  return undefined;
}

/** The subject of the nearest earlier clause that has one. */
export function carriedSubject(view: SentenceView, rules: CompiledRules, clause: Span): EntityItem | undefined {
  return carriedFrom(view, rules, clause)?.subject;
}

/** A trigger used as a noun: 的会晤, 峰会的前景, 会晤计划, 拜习会. */
export function isNominal(view: SentenceView, hit: TriggerHit): boolean {
  return hit.rule.nominal === true || view.text[hit.start - 1] === "的" || /^的?(?:前景|可能|议程|计划)/.test(view.text.slice(hit.end, hit.end + 3));
}

/** A noun trigger needs a future cue unless a verb realizes it (参加了…的会谈, …的会晤于15日举行). */
export function isBareNominal(view: SentenceView, rules: CompiledRules, hit: TriggerHit): boolean {
  if (!isNominal(view, hit)) return false;
  const before = view.text.slice(hit.clause.start, hit.start);
  const after = view.text.slice(hit.end, hit.clause.end);
  return before.search(rules.realizer) < 0 && after.search(rules.realizer) < 0;
}

/** An airport or air base among venues (simplified text): arriving there is arriving in its city. */
const AIRPORT = /(?:机场|空军基地|航空站)$/;

/** Checks a visit's destination: a country, city or region outside the visitor's country. */
export function checkVisit(
  view: SentenceView,
  lexicon: Lexicon | undefined,
  hit: TriggerHit,
  group: ArgGroup,
  dest: Destination | undefined,
): { place: string | null; visitors: EntityItem[] } | string {
  let place: string | null = dest?.id ?? null;
  let country = dest?.country ?? null;
  if (dest?.item) {
    const facts = placeFacts(dest.item, lexicon);
    country = facts.country;
    if (facts.kind === "venue") {
      // 前往白宫会见沙利文 is a meeting, not a visit; 在白宫接待来访的… is a visit to Washington.
      // 抵达台北松山机场: landing at an airport is arriving in its city.
      const airport = AIRPORT.test(view.text.slice(dest.item.start, dest.item.end));
      if (!hit.rule.allowNoPlace && dest.how !== "host" && !airport) return "destination is a venue";
      place = facts.in;
      country = facts.in ? placeFacts({ id: facts.in, entity: undefined }, lexicon).country : country;
    }
  }
  if (place === null && !hit.rule.allowNoPlace) return "no destination";
  // Without a destination only a visit the text points at: 王毅的访问成行, 此次访问, 访问期间 (not 访问网站).
  if (place === null && !hit.rule.anaphoric) {
    const before = view.text.slice(Math.max(0, hit.start - 3), hit.start);
    if (!NO_PLACE_BEFORE.test(before) && !NO_PLACE_AFTER.test(view.text.slice(hit.end, hit.end + 2))) return "no destination";
  }
  const visitors = group.people.filter((p) => !(country && p.entity?.country && p.entity.country === country));
  if (visitors.length === 0) return "destination in the visitor's own country";
  return { place, visitors };
}
