// Which events, nodes and edges pass the current filters: one linear pass, read by sigma's reducers.
import type { ExplorerModel } from "../graph/model.ts";
import { EVENT_FILTERS, viewById } from "./collection.ts";
import type { FilterState } from "./state.ts";

/** 1 = visible, 0 = hidden; indexed like the model's arrays. */
export interface Visibility {
  events: Uint8Array;
  nodes: Uint8Array;
  edges: Uint8Array;
  visibleNodes: number;
  visibleEdges: number;
}

function anyVisible(ids: Int32Array, events: Uint8Array): boolean {
  for (let i = 0; i < ids.length; i++) if (events[ids[i]!]) return true;
  return false;
}

/** Computes visibility in O(nodes + edges + incidences); no graph is rebuilt. */
export function computeVisibility(model: ExplorerModel, state: FilterState): Visibility {
  const view = viewById(state.view);
  const active = EVENT_FILTERS.filter((f) => f.isActive(state));
  const events = new Uint8Array(model.events.length);
  model.events.forEach((e, i) => {
    events[i] = active.every((f) => f.test(e, state)) ? 1 : 0;
  });
  const filtering = active.length > 0;
  const nodes = new Uint8Array(model.nodeKeys.length);
  let visibleNodes = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (!view.showNode(model.nodeKind[i]!)) continue;
    // Timeless nodes (no dated event at all) are shown only while nothing is filtered.
    const ok = !filtering || anyVisible(model.nodeEvents[i]!, events);
    nodes[i] = ok ? 1 : 0;
    visibleNodes += nodes[i]!;
  }
  const edges = new Uint8Array(model.edgeKeys.length);
  let visibleEdges = 0;
  for (let i = 0; i < edges.length; i++) {
    if (!view.showEdge(model.edgeKind[i]!)) continue;
    if (!nodes[model.edgeSource[i]!] || !nodes[model.edgeTarget[i]!]) continue;
    const ids = model.edgeEvents[i]!;
    const ok = !filtering || ids.length === 0 || anyVisible(ids, events);
    edges[i] = ok ? 1 : 0;
    visibleEdges += edges[i]!;
  }
  return { events, nodes, edges, visibleNodes, visibleEdges };
}
