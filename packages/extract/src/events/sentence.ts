// The events of one sentence: each trigger with its participants, place, date, status and source.
import type { EventStatus, EventType, Precision } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";
import { meetingArgs, scopeStart } from "./args.ts";
import { titledPerson } from "./meeting-titled.ts";
import { carriedFrom, continues, isBareNominal, isNominal, opensInstead, startsWithPronoun } from "./checks.ts";
import { emit } from "./emit.ts";
import { meetingPlace } from "./place.ts";
import { lexiconPlace } from "./place-lexicon.ts";
import { noteCeremony } from "./ceremony.ts";
import { isCountOfContacts } from "./counts.ts";
import { emitOrdinals, opensWithOrdinal } from "./meeting-ordinals.ts";
import { dayOfTrip } from "./meeting-day.ts";
import { joinTrilateral } from "./meeting-trilateral.ts";
import { visitArgs } from "./visitors.ts";
import { visitTarget } from "./visit-target.ts";
import { happenedPair } from "./visit-pair.ts";
import type { CompiledRules } from "./rules.ts";
import type { PairRef } from "./pair-word.ts";
import type { Referents } from "./referents.ts";
import { reportedBy } from "./source.ts";
import { chooseStatus } from "./status.ts";
import type { TimeChoice, TimeQuery } from "./time.ts";
import { chooseTime } from "./time.ts";
import { planAfterDateline } from "./time-plan.ts";
import { sameSubjectTime } from "./time-subject.ts";
import type { TriggerHit } from "./triggers.ts";
import { findTriggers } from "./triggers.ts";
import type { EntityItem, SentenceView, Span } from "./view.ts";

/** What one sentence needs from its document. */
export interface SentenceContext {
  rules: CompiledRules;
  lexicon: Lexicon | undefined;
  /** The document's date (YYYY-MM-DD): later dates without a cue are planned. */
  dateline: string | null;
  /** The document entity for an implied place (访华 → 中国), else the lexicon id. */
  implied: (id: string, name: string) => string;
  /** The previous sentence's date when it reports no event of its own. */
  previous: TimeChoice | undefined;
  /** The previous sentence's subject, for a clause that opens with 他/她. */
  previousSubject: () => EntityItem | undefined;
  /** Receives a line per decision when explaining. */
  note: ((line: string) => void) | undefined;
  /** The pairs and main visitor named so far in the document (两人, 此次访问). */
  referents: Referents;
}

/** An event of one sentence, before it gets its id and document fields. */
export interface EventDraft {
  type: EventType;
  participants: string[];
  place: string | null;
  from: string | null;
  to: string | null;
  precision: Precision | null;
  status: EventStatus;
  /** Offsets of the trigger in the sentence. */
  triggerStart: number;
  triggerEnd: number;
  reportedBy: string | undefined;
  rule: string;
  clause: Span;
  /** 展开对大马为期3天的访问: the destination is the visited country, over a city of it (吉隆坡). */
  visitedCountry?: boolean;
}

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
  for (const hit of hits) {
    // 她将与何立峰举行会谈，并会见潘功胜: a sentence or clause opening with 他/她 continues the previous
    // sentence's subject.
    const pronoun = startsWithPronoun(view, hit.clause);
    const cont = continues(view, rules, hit.clause) || pronoun;
    const opensWithPronoun =
      pronoun ||
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
        : meetingArgs(view, rules, hit, carry, isNominal(view, hit), pairOf, ctx.previousSubject, (t, others) => titledPerson(ctx.referents.people, t, ctx.lexicon, others));
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
        const own = meetingPlace(view, rules, hit)?.id ?? lexiconPlace(view, ctx.lexicon, hit.clause.start, hit.start);
        const subjectPlace = carried ? lexiconPlace(view, ctx.lexicon, carriedAt?.clause.start ?? 0, carriedAt?.clause.end ?? hit.clause.start) : undefined;
        place = own ?? (carried ? (prior?.place ?? subjectPlace ?? null) : null);
      }
      const query: TimeQuery = {
        clause: hit.clause,
        scope,
        start: hit.start,
        end: hit.end,
        respectively:
          group.respectively !== undefined && group.index !== undefined && group.count !== undefined
            ? { at: group.respectively, index: group.index, count: group.count }
            : undefined,
        carried: carried && prior ? { from: prior.from, to: prior.to, precision: prior.precision, rule: "date:carried" } : undefined,
        subjectClause: carried && !prior ? carriedClause : undefined,
        // 她说，此行的会谈…: the time of the speech is not the visit's; 此行 takes the main visit's.
        noHead: group.pattern === "relative" || hit.rule.anaphoric === true,
        previous: ctx.previous,
        dateline: ctx.dateline,
        visit: hit.rule.type === "visit",
      };
      let time = chooseTime(view, rules, query);
      // 27日至29日访问北京…，并在访问最后一天会见习近平: one day of the trip.
      if (hit.rule.type !== "visit") time = dayOfTrip(view, hit, time);
      const from = group.pattern === "relative" ? Math.max(hit.clause.start, hit.start - 6) : carried && prior ? prior.clause.start : hit.clause.start;
      let status = chooseStatus(view, rules, {
        from,
        start: hit.start,
        end: hit.end,
        clauseEnd: hit.clause.end,
        inherent: hit.rule.status,
        nominal: isNominal(view, hit),
        subjectFrom: carried ? carriedAt?.clause.start : undefined,
        date: time.from,
        dateline: ctx.dateline,
      });
      if (carried && prior && !status.explicit && !opensInstead(view, hit.clause)) status = { status: prior.status, why: "carried", explicit: false };
      // 米勒再次表示，期待王毅能够访问美国: a head time across a speech verb, or the previous sentence's
      // time, dates the statement, not a planned event, nor one said to be earlier (3日，耶伦表示她此前曾访华).
      const future = status.explicit && (status.status === "planned" || status.status === "possible");
      const earlier = view.cue.slice(hit.clause.start, hit.start).search(rules.earlier) >= 0;
      const borrowed = time.acrossSpeech === true || time.rule === "date:previous-sentence";
      if ((future && (borrowed || time.rule === "date:period")) || (earlier && borrowed)) {
        time = chooseTime(view, rules, { ...query, noHead: true, previous: undefined });
      }
      // 王毅8月访问了莫斯科，王毅因此取消了…前往东京的行程: the subject's earlier date.
      time = sameSubjectTime(out, hit.clause.start, people[0]?.id, status.status, time);
      // 王毅结束在法国的访问后将转往德国: a plan goes after the borrowed days, not within them (unless a
      // speech reports it: 两人3日通电话，拜登当时表示将在峰会期间会面 is ahead of the call, not of the article).
      const told = prior !== undefined && view.cue.slice(prior.clause.start, hit.start).search(rules.speech) >= 0;
      time = planAfterDateline(time, status.status, told ? undefined : prior?.status, ctx.dateline);
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
