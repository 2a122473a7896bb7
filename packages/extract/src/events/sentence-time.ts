// The time and status of one event of a sentence: its clause's date, the subject's or the prior event's
// when carried, and the cues that make it planned, possible or denied.
import type { ArgGroup } from "./args.ts";
import { isNominal, opensInstead } from "./checks.ts";
import { dayOfTrip } from "./meeting-day.ts";
import type { EventDraft, SentenceContext } from "./draft.ts";
import type { StatusChoice } from "./status.ts";
import { chooseStatus } from "./status.ts";
import { plansTravel } from "./status-scope.ts";
import type { TimeChoice } from "./time.ts";
import type { TimeQuery } from "./time-query.ts";
import { chooseTime } from "./time.ts";
import { planAfterDateline } from "./time-plan.ts";
import { notAfterPublication } from "./status-published.ts";
import { sameSubjectTime } from "./time-subject.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView, Span } from "./view.ts";

/** What the sentence already knows about one participant group of a trigger. */
export interface GroupFacts {
  group: ArgGroup;
  /** Where the trigger's scope starts (args' scopeStart). */
  scope: number;
  /** The subject is carried from an earlier clause or sentence. */
  carried: boolean;
  /** The sentence's last event before this clause, when it may lend its date and status. */
  prior: EventDraft | undefined;
  /** The clause of the carried subject, which dates the event when no prior event does. */
  carriedClause: Span | undefined;
  /** Where the carried subject's clause starts, for its status cues. */
  subjectFrom: number | undefined;
  people: EntityItem[];
  /** The sentence's events so far. */
  out: EventDraft[];
}

/**
 * The time and status of one group's event.
 *
 * @example const { time, status } = timeAndStatus(view, ctx, hit, { group, scope, carried, prior, carriedClause, subjectFrom, people, out });
 */
export function timeAndStatus(view: SentenceView, ctx: SentenceContext, hit: TriggerHit, facts: GroupFacts): { time: TimeChoice; status: StatusChoice } {
  const { rules } = ctx;
  const { group, scope, carried, prior, carriedClause, people, out } = facts;
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
  // 拜登4日将前往洛比托，与洛伦索等人举行峰会: a carried subject's clause (which dates the event) holds its cues too.
  const travels = carried && !prior && carriedClause && carriedClause.start < hit.clause.start && plansTravel(view, carriedClause.start, carriedClause.end);
  const subjectStart = travels ? carriedClause.start : undefined;
  const from = group.pattern === "relative" ? Math.max(hit.clause.start, hit.start - 6) : carried && prior ? prior.clause.start : (subjectStart ?? hit.clause.start);
  let status = chooseStatus(view, rules, {
    from,
    start: hit.start,
    end: hit.end,
    clauseEnd: hit.clause.end,
    inherent: hit.rule.status,
    nominal: isNominal(view, hit),
    subjectFrom: carried ? facts.subjectFrom : undefined,
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
  status = notAfterPublication(status, time.from, ctx.dateline);
  return { time, status };
}
