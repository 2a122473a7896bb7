import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, NodeAttributes, Timeline } from "../model.ts";
import { type ParleyGraph } from "../graph/to-graph.ts";
import { PlaceRelations } from "../merge/places.ts";
/** Anything a query accepts: a graph, graph.json's parsed content, or a timeline. */
export type QuerySource = ParleyGraph | Timeline | SerializedGraph<NodeAttributes, EdgeAttributes>;
/** The graph behind a query source (built once per timeline or serialized graph, then cached). */
export declare function graphOf(source: QuerySource): ParleyGraph;
/** Place containment from the graph's place nodes (cached per graph). */
export declare function placesOf(graph: ParleyGraph): PlaceRelations;
