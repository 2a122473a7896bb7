// The current view as GEXF 1.3 through @parley/graph/gexf: only visible nodes and edges, colors and sizes as drawn.
import Graph from "graphology";
import { toGexf } from "@parley/graph/gexf";
import type { EdgeAttributes, NodeAttributes } from "@parley/graph/model";
import type { ExplorerModel } from "../graph/model.ts";
import type { Visibility } from "../filters/visibility.ts";

/** Options of the view export. */
export interface ViewGexfOptions {
  /** Sizes as drawn: the contact network's degree sizes, or the whole graph's. */
  size: "contact" | "all";
  creator: string;
  /** Spells from event dates, so Gephi's timeline plays the view. */
  dynamic: boolean;
}

/** Defaults: contact-network sizes, dynamic, "Parley explorer" as creator. */
export const DEFAULT_VIEW_GEXF_OPTIONS: ViewGexfOptions = { size: "contact", creator: "Parley explorer", dynamic: true };

/** The visible part of the graph as a new graph, colors and sizes as the explorer draws them. */
export function visibleSubgraph(model: ExplorerModel, visibility: Visibility, options: Partial<ViewGexfOptions> = {}): Graph<NodeAttributes, EdgeAttributes> {
  const { size } = { ...DEFAULT_VIEW_GEXF_OPTIONS, ...options };
  const sizes = size === "contact" ? model.sizeContact : model.sizeAll;
  const g = model.graph as Graph<NodeAttributes, EdgeAttributes>;
  const sub = new Graph<NodeAttributes, EdgeAttributes>({ type: g.type, multi: g.multi, allowSelfLoops: true });
  model.nodeKeys.forEach((key, i) => {
    if (visibility.nodes[i]) sub.addNode(key, { ...g.getNodeAttributes(key), color: model.colors[i]!, size: sizes[i]! });
  });
  model.edgeKeys.forEach((key, i) => {
    if (!visibility.edges[i]) return;
    const attrs = { ...g.getEdgeAttributes(key) };
    if (g.isUndirected(key)) sub.addUndirectedEdgeWithKey(key, g.source(key), g.target(key), attrs);
    else sub.addDirectedEdgeWithKey(key, g.source(key), g.target(key), attrs);
  });
  return sub;
}

/** Serializes the visible view as GEXF 1.3 with viz (valid against the RELAX NG schema). */
export function viewToGexf(model: ExplorerModel, visibility: Visibility, options: Partial<ViewGexfOptions> = {}): string {
  const { creator, dynamic } = { ...DEFAULT_VIEW_GEXF_OPTIONS, ...options };
  return toGexf(visibleSubgraph(model, visibility, options), { viz: true, dynamic, creator, description: "Parley: the explorer's current view" });
}
