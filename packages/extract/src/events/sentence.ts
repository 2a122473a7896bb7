// The events of one sentence: each trigger with its participants, place, date, status and source.
import { meetingArgs, scopeStart } from "./args.ts";
import { titledPerson } from "./meeting-titled.ts";
import { carriedFrom, continues, isBareNominal, isNominal, startsWithPronoun } from "./checks.ts";
import { emit } from "./emit.ts";
import { clausePlace, meetingPlaceId } from "./place.ts";
import { lexiconPlace } from "./place-lexicon.ts";
import { noteCeremony } from "./ceremony.ts";
import { isCountOfContacts } from "./counts.ts";
import { emitOrdinals, opensWithOrdinal } from "./meeting-ordinals.ts";
import { joinTrilateral } from "./meeting-trilateral.ts";
import { joinGroups } from "./group.ts";
import { visitArgs } from "./visitors.ts";
import { visitTarget } from "./visit-target.ts";
import { happenedPair } from "./visit-pair.ts";
import type { PairRef } from "./pair-word.ts";
import { reportedBy } from "./source.ts";
import type { TriggerHit } from "./triggers.ts";
import { findTriggers } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import type { EventDraft, SentenceContext } from "./draft.ts";
import { timeAndStatus } from "./sentence-time.ts";
import { subjectlessOpening } from "./meeting-zero.ts";

export type { EventDraft, SentenceContext } from "./draft.ts";

/** Explains why a trigger made no event. */
function skip(ctx: SentenceContext, view: SentenceView, hit: TriggerHit, why: string): void {
  ctx.note?.(`skip ${view.text.slice(hit.start, hit.end)}: ${why}`);
}

/** Every event the sentence reports, deduplicated by kind and participants. */
export function sentenceEvents(view: SentenceView, ctx: SentenceContext): EventDraft[] {
  const { rules } = ctx;
  noteCeremony(view, ctx);
  const out: EventDraft[] = [];
  // 两人今年三度通话。第一次是1月17日…: the previous sentence's count, told occasion by occasion.
  const counted = ctx.referents.counted;
  ctx.referents.counted = undefined;
  // 第一次是…；第二次是… (the splitter cuts at ；): each sentence that opens with an ordinal goes on with it.
  if (counted && opensWithOrdinal(view.text) && emitOrdinals(out, view, counted, 0, ctx) > 0) ctx.referents.counted = counted;
  const hits = findTriggers(view, rules, ctx.lexicon);
  if (hits.length === 0) return out;
  // 14日抵达柏林，与朔尔茨会谈: a sentence naming no subject of its own goes on with the previous sentence's.
  const zero = subjectlessOpening(view) >= 0;
  for (const hit of hits) {
    // 她将与何立峰举行会谈，并会见潘功胜: a sentence or clause opening with 他/她 continues the previous
    // sentence's subject.
    const pronoun = startsWithPronoun(view, hit.clause);
    const cont = continues(view, rules, hit.clause) || pronoun || zero;
    const opensWithPronoun =
      pronoun ||
      zero ||
      (view.clauses[0] !== undefined && startsWithPronoun(view, view.clauses[0])) ||
      // 依行程，她预计…，傍晚搭机离台，前往南韩: a lead-in may stand before a traveller's 他/她 clause;
      // 就职后不久，他于2月10日前往华盛顿，在白宫与拜登会晤: so before a meeting's.
      view.clauses.some((c) => c.start <= hit.clause.start && startsWithPronoun(view, c));
    const carriedAt = carriedFrom(view, rules, hit.clause);
    // 17日转往首尔，当天视察了非军事区，并同尹炳世会谈: a 并/还 clause of a sentence naming no subject goes on
    // with the previous sentence's (他16日与岸田文雄举行会谈；…).
    const carry = carriedAt?.subject ?? (opensWithPronoun || (cont && hit.rule.type !== "visit") ? ctx.previousSubject() : undefined);
    // 15日至17日访问马来西亚，…，并获苏丹依布拉欣接见: such a sentence's first clause dates what it goes on with.
    const carriedClause = carriedAt?.clause ?? (carry && !opensWithPronoun ? view.clauses[0] : undefined);
    // 耶伦是继布林肯上月访问北京之后，又一名访华的…: only an event of the carried subject lends its date.
    const last = out.filter((d) => d.clause.end <= hit.clause.start).at(-1);
    const prior = last && (!carry || last.participants.includes(carry.id)) ? last : undefined;
    const pairOf = (word: PairRef | boolean) => ctx.referents.pair(word, ctx.lexicon);
    const groups =
      hit.rule.type === "visit"
        ? [visitArgs(view, rules, hit, carry, cont, ctx.referents.visitor, () => happenedPair(ctx.referents))].filter((g) => g !== undefined)
        : joinGroups(view, hit, meetingArgs(view, rules, hit, carry, isNominal(view, hit), pairOf, ctx.previousSubject, (t, others) => titledPerson(ctx.referents.people, t, ctx.lexicon, others)));
    if (groups.length === 0) {
      skip(ctx, view, hit, "no named participants");
      continue;
    }
    const scope = scopeStart(view, rules, hit.clause, hit.start);
    for (const group of groups) {
      let place: string | null;
      let people = group.people;
      let visitedCountry = false;
      let also: string[] = [];
      const carried = group.carried === true || group.pattern === "carried-subject";
      if (hit.rule.type === "visit") {
        const checked = visitTarget(view, ctx, hit, group);
        if (typeof checked === "string") {
          skip(ctx, view, hit, checked);
          continue;
        }
        place = checked.place;
        people = checked.visitors;
        visitedCountry = checked.visitedCountry;
        also = checked.also;
      } else {
        // 与马克龙会谈，同日还与冯德莱恩举行三方会晤: the trilateral includes the pair met before.
        people = joinTrilateral(view, hit, people, last);
        // 他在上海与学生交流，周四会见了陈吉宁: a carried subject brings the place of its clause.
        const own = meetingPlaceId(view, rules, hit, ctx.lexicon);
        const sc = [carriedAt?.clause.start ?? 0, carriedAt?.clause.end ?? hit.clause.start] as const;
        // …or travels to it (拜登将前往洛比托，与洛伦索等人举行峰会).
        const subjectPlace = carried ? (lexiconPlace(view, ctx.lexicon, ...sc) ?? clausePlace(view, rules, ...sc)) : undefined;
        place = own ?? (carried ? (prior?.place ?? subjectPlace ?? null) : null);
      }
      const { time, status } = timeAndStatus(view, ctx, hit, { group, scope, carried, prior, carriedClause, subjectFrom: carriedAt?.clause.start, people, out });
      if (hit.rule.type !== "visit" && status.status === "happened" && isBareNominal(view, rules, hit)) {
        skip(ctx, view, hit, "a noun without a future cue");
        continue;
      }
      // 自去年3月以来四度访问中国: a count of contacts, not one of them.
      if (isCountOfContacts(view, hit.clause.start, hit.start, time, ctx.dateline)) {
        skip(ctx, view, hit, "a count of several contacts without a date");
        // 多次访华，最近一次是2023年2月: an occasion told by its ordinal, here or in the next sentence.
        const contact = { type: hit.rule.type, people, place, status: status.status };
        if (emitOrdinals(out, view, contact, hit.end, ctx) === 0) ctx.referents.counted = contact;
        continue;
      }
      const resolved = { people, pattern: group.pattern, place, time, status, source: reportedBy(view, rules, hit.start), visitedCountry, also };
      emit(out, ctx, view, hit, resolved);
    }
  }
  // 布林肯与王毅上一次会晤是在4月，当时…还会见了习近平: the story's first pair stays what 两人 means next.
  const first = out.find((d) => d.type !== "visit" && d.participants.length === 2);
  const pair = first?.participants.map((id) => view.persons.find((p) => p.id === id));
  if (pair && STORY.test(view.text) && pair.every((p) => p !== undefined)) ctx.referents.noteStory(pair as EntityItem[]);
  return out;
}

/** A sentence telling the story of an occasion: 当时, 那次, 其间 (simplified). */
const STORY = /当时|那次|其间/;
