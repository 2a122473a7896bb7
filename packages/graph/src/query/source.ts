// What queries run on: the graph (as loaded from graph.json), or a timeline turned into one.
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, NodeAttributes, Timeline } from "../model.ts";
import { toGraph, type ParleyGraph } from "../graph/to-graph.ts";
import { PlaceRelations } from "../merge/places.ts";

/** Anything a query accepts: a graph, graph.json's parsed content, or a timeline. */
export type QuerySource = ParleyGraph | Timeline | SerializedGraph<NodeAttributes, EdgeAttributes>;

const fromTimeline = new WeakMap<object, ParleyGraph>();
const placeCache = new WeakMap<ParleyGraph, PlaceRelations>();

/** The graph behind a query source (built once per timeline or serialized graph, then cached). */
export function graphOf(source: QuerySource): ParleyGraph {
  // Duck-typed: the web app may hold a graph from another copy of graphology.
  if (source instanceof Graph || typeof (source as Partial<ParleyGraph>).forEachNode === "function") return source as ParleyGraph;
  const cached = fromTimeline.get(source);
  if (cached) return cached;
  const graph: ParleyGraph =
    "version" in source && "events" in source
      ? toGraph(source, { layout: false })
      : (Graph.from(source as SerializedGraph<NodeAttributes, EdgeAttributes>) as ParleyGraph);
  fromTimeline.set(source, graph);
  return graph;
}

/** Place containment from the graph's place nodes (cached per graph). */
export function placesOf(graph: ParleyGraph): PlaceRelations {
  let rel = placeCache.get(graph);
  if (!rel) {
    rel = new PlaceRelations();
    graph.forEachNode((id, a) => {
      if (a.kind === "place") rel!.set({ id, name: a.label, nameEn: a.labelEn, country: a.country, within: a.within });
    });
    placeCache.set(graph, rel);
  }
  return rel;
}
