import type { EventStatus, EventType, NodeSource } from "../model.ts";
import type { ParleyGraph } from "../graph/to-graph.ts";
import { type QuerySource } from "./source.ts";
import { type FindOptions } from "./names.ts";
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
}
/**
 * Events matching a filter, in chronological order (undated last).
 * @example events(graph, { participant: "布林肯", from: "2023-10-01" })
 */
export declare function events(source: QuerySource, filter?: EventFilter, options?: Partial<FindOptions>): EventSummary[];
/** Every event in chronological order (the same filters as `events`). */
export declare function timeline(source: QuerySource, filter?: EventFilter, options?: Partial<FindOptions>): EventSummary[];
/** One event with its participants, place and every source's quote; null when no such event. */
export declare function event(source: QuerySource, id: string): EventSummary | null;
/** Ids of the events a node takes part in. */
export declare function eventsOf(graph: ParleyGraph, node: string): string[];
/** Orders events by start, then end, then id; undated last. */
export declare function chronological(a: EventSummary, b: EventSummary): number;
