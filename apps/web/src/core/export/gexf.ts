// The current view as GEXF 1.3: only visible nodes and edges, lists as JSON strings, colors and sizes as viz.
// A minimal writer over graphology-gexf until @parley/graph/gexf is available to the browser.
import Graph from "graphology";
import { write } from "graphology-gexf/browser";
import type { Attributes } from "graphology-types";
import type { ExplorerModel } from "../graph/model.ts";
import type { Visibility } from "../filters/visibility.ts";

/** Options of the view export. */
export interface ViewGexfOptions {
  /** Sizes as drawn: the contact network's degree sizes, or the whole graph's. */
  size: "contact" | "all";
  creator: string;
}

/** Defaults: contact-network sizes, "Parley explorer" as creator. */
export const DEFAULT_VIEW_GEXF_OPTIONS: ViewGexfOptions = { size: "contact", creator: "Parley explorer" };

/** Flattens an attribute map: lists and objects become JSON strings, x/y/size/color go to viz. */
function flatten(attrs: Attributes): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "x" || name === "y" || name === "size" || name === "color" || name === "label") continue;
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[name] = typeof value === "object" ? JSON.stringify(value) : (value as string | number | boolean);
  }
  return out;
}

/** The visible part of the graph, as a new graph that the GEXF writer can serialize. */
export function visibleSubgraph(model: ExplorerModel, visibility: Visibility, options: Partial<ViewGexfOptions> = {}): Graph {
  const { size, creator } = { ...DEFAULT_VIEW_GEXF_OPTIONS, ...options };
  const sizes = size === "contact" ? model.sizeContact : model.sizeAll;
  const sub = new Graph({ type: model.graph.type, multi: model.graph.multi, allowSelfLoops: true });
  sub.mergeAttributes({ creator, description: "Parley: the explorer's current view" });
  model.nodeKeys.forEach((key, i) => {
    if (!visibility.nodes[i]) return;
    const a = model.graph.getNodeAttributes(key);
    sub.addNode(key, { ...a, label: model.labels[i], color: model.colors[i], size: sizes[i] });
  });
  model.edgeKeys.forEach((key, i) => {
    if (!visibility.edges[i]) return;
    const g = model.graph;
    const attrs = g.getEdgeAttributes(key);
    if (g.isUndirected(key)) sub.addUndirectedEdgeWithKey(key, g.source(key), g.target(key), attrs);
    else sub.addDirectedEdgeWithKey(key, g.source(key), g.target(key), attrs);
  });
  return sub;
}

/** Serializes the visible view as GEXF 1.3 (valid against the RELAX NG schema, which accepts viz). */
export function viewToGexf(model: ExplorerModel, visibility: Visibility, options: Partial<ViewGexfOptions> = {}): string {
  const sub = visibleSubgraph(model, visibility, options);
  const xml = write(sub, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key, a) => ({
      label: String(a.label),
      attributes: flatten(a),
      viz: { color: String(a.color), size: Number(a.size), x: Number(a.x) || 0, y: Number(a.y) || 0 },
    }),
    formatEdge: (_key, a) => ({ weight: Number(a.weight) || 1, attributes: flatten(a) }),
  });
  // The RELAX NG schema (the one that accepts viz) has no xsi:schemaLocation on <gexf>.
  return xml.replace(/\s+xmlns:xsi="[^"]*"/, "").replace(/\s+xsi:schemaLocation="[^"]*"/, "");
}
