// Turns a trigger's participants, place, time and status into drafts: one per visitor, or one per listed occasion.
import { withDuration } from "./duration.ts";
import { countedVisit } from "./visit-since.ts";
import { NO_TIME } from "./time-groups.ts";
import { tripLegTime } from "./visit-recent.ts";
import { noteMeetingPair } from "./visit-pair.ts";
import { legTime } from "./visit-leg-time.ts";
import { noteVisitPlace } from "./visit-also.ts";
import { listedOccasions } from "./listed.ts";
import { jointVisitors } from "./joint-visit.ts";
import { merge } from "./merge.ts";
import type { EventDraft, SentenceContext } from "./sentence.ts";
import type { StatusChoice } from "./status.ts";
import type { TimeChoice } from "./time.ts";
import type { TriggerHit } from "./triggers.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** What one argument group of a trigger resolved to. */
export interface Resolved {
  people: EntityItem[];
  pattern: string;
  place: string | null;
  time: TimeChoice;
  status: StatusChoice;
  source: string | undefined;
  /** The destination was written as 对X…的访问: the visited country wins over a city of it. */
  visitedCountry?: boolean;
  /** 先后访问日本、韩国和蒙古: further destinations of the trip, one visit each. */
  also?: string[];
}

/** Adds one draft to the sentence's events and records it as a referent (两人, 此次访问). */
function add(out: EventDraft[], ctx: SentenceContext, view: SentenceView, hit: TriggerHit, set: EntityItem[], r: Resolved, time: TimeChoice, place: string | null, apart = false): void {
  const draft: EventDraft = {
    type: hit.rule.type,
    participants: set.map((p) => p.id),
    place,
    from: time.from,
    to: time.to,
    precision: time.precision,
    status: r.status.status,
    triggerStart: hit.start,
    triggerEnd: hit.end,
    reportedBy: r.source,
    rule: `${hit.rule.name}/${r.pattern};${time.rule};status:${r.status.why}`,
    clause: hit.clause,
    ...(r.visitedCountry === true && { visitedCountry: true }),
  };
  const names = set.map((p) => view.text.slice(p.start, p.end)).join(", ");
  ctx.note?.(`event ${draft.type} [${names}] ${place ?? "-"} ${draft.from ?? "?"} ${draft.status} (${draft.rule})`);
  if (apart) out.push(draft);
  else merge(out, draft, ctx.lexicon);
  if (draft.type === "visit") {
    ctx.referents.noteVisitor(set[0]!, place, time);
    noteVisitPlace(ctx.referents, place);
  }
  else {
    ctx.referents.notePair(set);
    noteMeetingPair(ctx.referents, set, draft.status);
  }
}

/**
 * The drafts of one resolved group: 布林肯、耶伦…纷纷前往中国 → one visit per visitor;
 * 沙利文与王毅已多次会晤：2023年5月在维也纳、9月在马耳他 → one meeting per listed time and place.
 */
export function emit(out: EventDraft[], ctx: SentenceContext, view: SentenceView, hit: TriggerHit, r: Resolved): void {
  if (hit.rule.type === "visit") {
    // 此行/此次访问 of the article's main visitor: that visit, with its place and date.
    const main = ctx.referents.visit;
    const same = hit.rule.anaphoric === true && main !== undefined && r.people.length === 1 && r.people[0]!.id === ctx.referents.visitor?.id;
    const place = same ? (r.place ?? main.place) : r.place;
    const ceremony = ctx.referents.ceremony;
    const held = !r.time.from && hit.rule.heldIn && ceremony?.time && r.place === ceremony.place ? { ...ceremony.time, rule: "date:ceremony" } : undefined;
    // 这是马克龙自2019年以来首次访华: the visit under way, not one in 2019; 再次 also reports the earlier one.
    const mainOf = main && r.people.length === 1 && r.people[0]!.id === ctx.referents.visitor?.id && main.place === place ? main.time : undefined;
    const counted = countedVisit(view, hit, mainOf, r.status.status === "happened", ctx.dateline);
    const own = counted ? (counted.time ?? NO_TIME) : r.time;
    const time = same && !own.from && main.time ? { ...main.time, rule: "date:main-visit" } : (held ?? tripLegTime(view, hit, legTime(view, hit, withDuration(view, hit, own)), r.status.status === "happened", ctx.dateline));
    // A和B前往北京: one visit by both; 布林肯、耶伦纷纷前往中国: one visit each.
    const sets = jointVisitors(view, hit, r.people, r.pattern) ? [r.people] : r.people.map((p) => [p]);
    for (const set of sets) add(out, ctx, view, hit, set, r, time, place);
    if (counted?.earlier) for (const set of sets) add(out, ctx, view, hit, set, { ...r, status: { ...r.status, status: "happened" } }, counted.earlier, place, true);
    for (const other of r.also ?? []) for (const set of sets) add(out, ctx, view, hit, set, r, time, other);
    return;
  }
  const listed = r.people.length >= 2 ? listedOccasions(view, hit.clause.start, ctx.dateline) : [];
  if (listed.length === 0) {
    add(out, ctx, view, hit, r.people, r, r.time, r.place);
    return;
  }
  for (const o of listed) add(out, ctx, view, hit, r.people, r, o.time, o.place?.id ?? r.place);
}
