import type { ParleyGraph } from "../graph/to-graph.ts";
import type { EdgeAttributes, NodeAttributes, NodeKind } from "../model.ts";
import { type DayInterval } from "../time/days.ts";
/** A closed interval of dates (YYYY-MM-DD). */
export interface Spell {
    start: string;
    end: string;
}
/** Computes spells from event nodes; caches each event's interval. */
export declare class SpellIndex {
    private readonly graph;
    private readonly cache;
    private readonly xmlCache;
    constructor(graph: ParleyGraph);
    /** The interval of an event node (null when undated or not an event). */
    eventInterval(event: string): DayInterval | null;
    /** Spells of a node: its own dates for an event; its events' for people, organizations and places. */
    node(node: string, attr: NodeAttributes): Spell[];
    /** Spells of an edge: its events' dates (contact edges) or its event's (the others). */
    edge(attr: EdgeAttributes, source: string, target: string, sourceKind: NodeKind): Spell[];
    /** The <spells> element of an edge; cached per event for the common one-event edges. */
    edgeXml(attr: EdgeAttributes, source: string, target: string, sourceKind: NodeKind): string;
}
/** The <spells> element of a list of spells ("" when there are none). */
export declare function spellsXml(spells: Spell[]): string;
/** Merged spells of intervals; none when the list is empty or any interval is unknown. */
export declare function spellsOf(intervals: (DayInterval | null)[]): Spell[];
