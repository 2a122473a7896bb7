import Graph from "graphology";
import type { EdgeAttributes, NodeAttributes, Timeline, TimelineEvent } from "../model.ts";
import { type LayoutOptions } from "./layout.ts";
/** The graph type of graph.json. */
export type ParleyGraph = Graph<NodeAttributes, EdgeAttributes>;
/** Options of `toGraph`. */
export interface GraphOptions {
    /** Lay the graph out (seeded random + ForceAtlas2), or leave every node at 0,0. */
    layout: boolean | Partial<LayoutOptions>;
    /** Statuses whose events make contact edges (a meeting that did not happen is no contact). */
    contactStatuses: TimelineEvent["status"][];
}
/** Default graph options. */
export declare const DEFAULT_GRAPH_OPTIONS: GraphOptions;
/** Key of a document's node (documents and entities live in one key space). */
export declare function documentKey(id: string): string;
/**
 * Builds the graph of a timeline.
 * @example const graph = toGraph(await toTimeline(extractions)); graph.export() // graph.json
 */
export declare function toGraph(timeline: Timeline, options?: Partial<GraphOptions>): ParleyGraph;
