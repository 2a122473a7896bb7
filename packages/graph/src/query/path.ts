// The shortest chain of contacts between two people (graphology-shortest-path over contact edges).
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { ParleyGraph } from "../graph/to-graph.ts";
import { requireEntity, type FindOptions } from "./names.ts";
import { graphOf, type QuerySource } from "./source.ts";

/** One person on a chain; `via` lists the events shared with the previous person. */
export interface PathStep {
  id: string;
  label: string;
  labelEn: string | null;
  via: string[];
}

const contactGraphs = new WeakMap<ParleyGraph, Graph>();

/** The person-to-person contact network of a graph (cached). */
export function contactGraph(graph: ParleyGraph): Graph {
  let g = contactGraphs.get(graph);
  if (g) return g;
  g = new Graph({ type: "undirected" });
  const net = g;
  graph.forEachEdge((key, a, s, t) => {
    if (a.kind !== "contact") return;
    net.mergeNode(s);
    net.mergeNode(t);
    net.mergeEdgeWithKey(key, s, t);
  });
  contactGraphs.set(graph, net);
  return net;
}

/**
 * The shortest chain of contacts from `a` to `b`, or null when they are not connected.
 * @example path(graph, "习近平", "布林肯") // 习近平 → 拜登 → 布林肯
 */
export function path(source: QuerySource, a: string, b: string, options?: Partial<FindOptions>): PathStep[] | null {
  const graph = graphOf(source);
  const from = requireEntity(graph, a, options);
  const to = requireEntity(graph, b, options);
  const net = contactGraph(graph);
  const step = (id: string, prev: string | null): PathStep => {
    const attr = graph.getNodeAttributes(id);
    const edge = prev === null ? undefined : graph.undirectedEdge(prev, id);
    return { id, label: attr.label, labelEn: attr.labelEn, via: edge ? (graph.getEdgeAttribute(edge, "events") ?? []) : [] };
  };
  if (from === to) return [step(from, null)];
  if (!net.hasNode(from) || !net.hasNode(to)) return null;
  const ids = bidirectional(net, from, to);
  return ids ? ids.map((id, i) => step(id, i === 0 ? null : ids[i - 1]!)) : null;
}
