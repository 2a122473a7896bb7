// A person's contacts: everyone they shared an event with, how often, first and last dates.
import type { EventStatus, NodeKind } from "../model.ts";
import { intervalOf, isoDay } from "../time/days.ts";
import { eventsOf } from "./events.ts";
import { requireEntity, type FindOptions } from "./names.ts";
import { graphOf, type QuerySource } from "./source.ts";

/** One counterpart of a person. */
export interface Contact {
  id: string;
  kind: NodeKind;
  label: string;
  labelEn: string | null;
  country: string | null;
  /** Shared events (of the statuses asked for). */
  count: number;
  /** Of those, how many happened. */
  happened: number;
  /** First and last day of the dated shared events (YYYY-MM-DD). */
  first: string | null;
  last: string | null;
  events: string[];
}

/** Filters of `contacts`. */
export interface ContactFilter {
  /** Statuses that count (default: all but not-happened: a meeting that did not happen is no contact). */
  status?: EventStatus[];
}

/**
 * The people (and organizations) a person shared events with, most frequent first.
 * @example contacts(graph, "王毅").map((c) => c.label) // ["布林肯", "沙利文", "拜登"]
 */
export function contacts(source: QuerySource, person: string, filter: ContactFilter = {}, options?: Partial<FindOptions>): Contact[] {
  const graph = graphOf(source);
  const id = requireEntity(graph, person, options);
  const statuses = new Set<EventStatus>(filter.status ?? ["happened", "planned", "possible"]);
  const byId = new Map<string, Contact>();
  for (const ev of eventsOf(graph, id)) {
    const ea = graph.getNodeAttributes(ev);
    if (!ea.status || !statuses.has(ea.status)) continue;
    const iv = intervalOf(ea.start, ea.end);
    graph.forEachInEdge(ev, (_e, a, other) => {
      if (a.kind !== "participates-in" || other === id) return;
      const oa = graph.getNodeAttributes(other);
      if (oa.kind !== "person" && oa.kind !== "organization") return;
      let c = byId.get(other);
      if (!c) {
        c = { id: other, kind: oa.kind, label: oa.label, labelEn: oa.labelEn, country: oa.country, count: 0, happened: 0, first: null, last: null, events: [] };
        byId.set(other, c);
      }
      c.count++;
      if (ea.status === "happened") c.happened++;
      c.events.push(ev);
      if (iv) {
        const f = isoDay(iv.lo);
        const l = isoDay(iv.hi);
        if (!c.first || f < c.first) c.first = f;
        if (!c.last || l > c.last) c.last = l;
      }
    });
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || (b.last ?? "").localeCompare(a.last ?? "") || a.label.localeCompare(b.label));
}
