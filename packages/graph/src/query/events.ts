// Event queries: filter by participant, counterpart, place, type, status and date range; one event
// with its sources and quotes; the timeline in chronological order. All from graph.json alone.
import type { EventStatus, EventType, NodeSource } from "../model.ts";
import type { ParleyGraph } from "../graph/to-graph.ts";
import { intervalOf, overlaps } from "../time/days.ts";
import { graphOf, placesOf, type QuerySource } from "./source.ts";
import { requireEntity, type FindOptions } from "./names.ts";

/** A node referred to by an event: id and labels. */
export interface Ref {
  id: string;
  label: string;
  labelEn: string | null;
}

/** An event as queries return it. */
export interface EventSummary {
  id: string;
  type: EventType;
  status: EventStatus;
  start: string | null;
  end: string | null;
  /** The confidence model's rating, 0..1 (null in a graph built before it). */
  confidence: number | null;
  label: string;
  participants: Ref[];
  place: Ref | null;
  /** Every source with its document's title, url and outlet and the quote. */
  sources: NodeSource[];
}

/** Filters of `events`; names are looked up like `findEntity`. */
export interface EventFilter {
  participant?: string;
  counterpart?: string;
  /** A place; events held anywhere inside it match (美国 matches 白宫). */
  place?: string;
  type?: EventType | EventType[];
  status?: EventStatus | EventStatus[];
  /** YYYY, YYYY-MM or YYYY-MM-DD; events overlapping [from, to] match, undated ones do not. */
  from?: string;
  to?: string;
  /** Only events the confidence model rated at least this (0..1). */
  minConfidence?: number;
}

const list = <T>(x: T | T[] | undefined): T[] | null => (x === undefined ? null : Array.isArray(x) ? x : [x]);

/**
 * Events matching a filter, in chronological order (undated last).
 * @example events(graph, { participant: "布林肯", from: "2023-10-01" })
 */
export function events(source: QuerySource, filter: EventFilter = {}, options?: Partial<FindOptions>): EventSummary[] {
  const graph = graphOf(source);
  const who = filter.participant ? requireEntity(graph, filter.participant, options) : null;
  const other = filter.counterpart ? requireEntity(graph, filter.counterpart, options) : null;
  const place = filter.place ? requireEntity(graph, filter.place, options) : null;
  const types = list(filter.type);
  const statuses = list(filter.status);
  const lo = filter.from ? intervalOf(filter.from)?.lo ?? null : null;
  const hi = filter.to ? intervalOf(filter.to)?.hi ?? null : null;
  const window = lo !== null || hi !== null ? { lo: lo ?? -Infinity, hi: hi ?? Infinity } : null;
  const places = placesOf(graph);
  const ids = who ? eventsOf(graph, who) : graph.filterNodes((_, a) => a.kind === "event");
  const out: EventSummary[] = [];
  for (const id of ids) {
    const e = summarize(graph, id);
    if (types && !types.includes(e.type)) continue;
    if (statuses && !statuses.includes(e.status)) continue;
    if (filter.minConfidence !== undefined && (e.confidence ?? 1) < filter.minConfidence) continue;
    if (other && !e.participants.some((p) => p.id === other)) continue;
    if (place && (!e.place || (e.place.id !== place && !places.contains(place, e.place.id)))) continue;
    if (window) {
      const iv = intervalOf(e.start, e.end);
      if (!iv || !overlaps(iv, window)) continue;
    }
    out.push(e);
  }
  return out.sort(chronological);
}

/** Every event in chronological order (the same filters as `events`). */
export function timeline(source: QuerySource, filter: EventFilter = {}, options?: Partial<FindOptions>): EventSummary[] {
  return events(source, filter, options);
}

/** One event with its participants, place and every source's quote; null when no such event. */
export function event(source: QuerySource, id: string): EventSummary | null {
  const graph = graphOf(source);
  return graph.hasNode(id) && graph.getNodeAttribute(id, "kind") === "event" ? summarize(graph, id) : null;
}

/** Ids of the events a node takes part in. */
export function eventsOf(graph: ParleyGraph, node: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(node, (_e, a, _s, target) => {
    if (a.kind === "participates-in") out.push(target);
  });
  return out;
}

/** Orders events by start, then end, then id; undated last. */
export function chronological(a: EventSummary, b: EventSummary): number {
  const sa = a.start ?? "\uffff";
  const sb = b.start ?? "\uffff";
  return sa < sb ? -1 : sa > sb ? 1 : (a.end ?? "").localeCompare(b.end ?? "") || a.id.localeCompare(b.id);
}

function ref(graph: ParleyGraph, id: string): Ref {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label, labelEn: a.labelEn };
}

function summarize(graph: ParleyGraph, id: string): EventSummary {
  const a = graph.getNodeAttributes(id);
  const participants: Ref[] = [];
  graph.forEachInEdge(id, (_e, ea, s) => {
    if (ea.kind === "participates-in") participants.push(ref(graph, s));
  });
  let place: Ref | null = null;
  graph.forEachOutEdge(id, (_e, ea, _s, t) => {
    if (ea.kind === "held-at") place = ref(graph, t);
  });
  return {
    id,
    type: a.eventType ?? "meeting",
    status: a.status ?? "happened",
    start: a.start ?? null,
    end: a.end ?? null,
    confidence: a.confidence ?? null,
    label: a.label,
    participants,
    place,
    sources: a.sources ?? [],
  };
}
