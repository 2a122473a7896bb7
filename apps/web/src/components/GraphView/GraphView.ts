// The network in sigma: reducers apply the filters (no rebuild), hovering a node highlights its neighbours.
import Sigma from "sigma";
import type { ExplorerModel } from "../../core/graph/model.ts";
import type { GraphView as View } from "../../core/filters/collection.ts";
import type { Visibility } from "../../core/filters/visibility.ts";
import { fitCamera } from "./fit.ts";
import { BIG_GRAPH_EDGES, sigmaSettings, type EdgeReducer, type NodeReducer } from "./settings.ts";

/** What the graph view reports back. */
export interface GraphViewCallbacks {
  onClickNode(key: string): void;
}

/** The handle of a mounted graph view. */
export interface GraphViewHandle {
  /** The sigma renderer of the current graph, or null before one is loaded. */
  renderer(): Sigma | null;
  /** Shows a new graph (the previous renderer is killed). */
  setModel(model: ExplorerModel, visibility: Visibility, view: View): void;
  /** Applies new filters through the reducers and renders synchronously. */
  update(visibility: Visibility, view: View): void;
  /** Frames the visible nodes (null: every node, e.g. while a layout moves them). */
  fit(visibleOnly: boolean): void;
  /** Highlights a node and its neighbours while nothing is hovered. */
  select(key: string | null): void;
}

const DIM_NODE = "#e6e6e6";
/** Quiet time after a filter change before sigma re-indexes labels. */
const REINDEX_DELAY_MS = 250;
const EDGE_COLORS: Record<string, string> = { contact: "#9a9a9a", "participates-in": "#c8c8c8", "held-at": "#b8e0e6", "reported-by": "#e4e4c0" };

/** Mounts sigma into `container`. */
export function createGraphView(container: HTMLElement, callbacks: GraphViewCallbacks): GraphViewHandle {
  let sigma: Sigma | null = null;
  let model: ExplorerModel | null = null;
  let vis: Visibility | null = null;
  let view: View | null = null;
  let hovered: string | null = null;
  let selected: string | null = null;
  let focus: Set<string> | null = null;
  let big = false;
  let lastCenter: string | null = null;
  let reindex: ReturnType<typeof setTimeout> | undefined;

  const computeFocus = (): void => {
    const center = hovered ?? selected;
    if (!center || !model || !vis || !model.graph.hasNode(center)) return void (focus = null);
    const set = new Set<string>([center]);
    const m = model;
    const v = vis;
    m.graph.forEachEdge(center, (edge, _a, source, target) => {
      if (v.edges[m.edgeIndex.get(edge)!]) set.add(source === center ? target : source);
    });
    focus = set;
  };

  // Reducers edit sigma's own copy of the attributes in place: no second copy per node or edge and frame.
  const nodeReducer: NodeReducer = (key, data) => {
    const i = model!.nodeIndex.get(key)!;
    if (!vis!.nodes[i]) return (data.hidden = true), data;
    data.label = model!.labels[i]!;
    data.color = model!.colors[i]!;
    data.size = (view!.size === "contact" ? model!.sizeContact : model!.sizeAll)[i]!;
    if (focus) {
      if (!focus.has(key)) return Object.assign(data, { color: DIM_NODE, label: null, zIndex: 0 });
      return Object.assign(data, { zIndex: 1, highlighted: key === (hovered ?? selected), forceLabel: true });
    }
    return data;
  };

  const edgeReducer: EdgeReducer = (key, data) => {
    const i = model!.edgeIndex.get(key)!;
    if (!vis!.edges[i]) return (data.hidden = true), data;
    const kind = model!.edgeKind[i]!;
    data.color = EDGE_COLORS[kind] ?? "#cccccc";
    data.size = kind === "contact" ? 1 + Math.log2(Number(data.weight) || 1) : 0.6;
    if (focus) {
      const center = model!.nodeIndex.get((hovered ?? selected)!);
      const incident = model!.edgeSource[i] === center || model!.edgeTarget[i] === center;
      // Big graphs keep the other edges as they are, so a hover repaints only the centre's edges.
      if (!incident) return big ? data : ((data.hidden = true), data);
      return Object.assign(data, { color: "#444444", zIndex: 1 });
    }
    return data;
  };

  // Repaints only what changed: the nodes and edges whose visibility flipped, and the focus around the selection.
  const partialRefresh = (before: Visibility): void => {
    if (!sigma || !model || !vis) return;
    const oldFocus = focus;
    computeFocus();
    const nodes: string[] = [];
    const edges: string[] = [];
    const after = vis;
    for (let i = 0; i < after.nodes.length; i++) if (after.nodes[i] !== before.nodes[i]) nodes.push(model.nodeKeys[i]!);
    for (let i = 0; i < after.edges.length; i++) if (after.edges[i] !== before.edges[i]) edges.push(model.edgeKeys[i]!);
    for (const set of [oldFocus, focus]) if (set) for (const key of set) nodes.push(key), edges.push(...model.graph.edges(key));
    sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
    // Labels of nodes that reappear need sigma's label grid rebuilt: done once the brush rests, by re-indexing
    // what sigma already holds (an empty partial refresh without skipIndexation: no reducer runs again, half
    // the time of a full refresh).
    clearTimeout(reindex);
    reindex = setTimeout(() => sigma?.refresh({ partialGraph: { nodes: [], edges: [] } }), REINDEX_DELAY_MS);
  };

  const fit = (visibleOnly: boolean): void => {
    if (sigma && model && vis) fitCamera(sigma, model, vis, visibleOnly);
  };

  const refresh = (): void => {
    computeFocus();
    if (!big || !sigma || !model) return void sigma?.refresh();
    // Big graphs: a focus change recolors the nodes and repaints the old and new centres' edges only.
    const edges: string[] = [];
    for (const c of new Set([lastCenter, hovered ?? selected])) if (c && model.graph.hasNode(c)) edges.push(...model.graph.edges(c));
    lastCenter = hovered ?? selected;
    sigma.refresh({ partialGraph: { nodes: model.nodeKeys, edges }, skipIndexation: true });
  };

  return {
    renderer: () => sigma,
    setModel(next, nextVis, nextView) {
      clearTimeout(reindex);
      lastCenter = null;
      sigma?.kill();
      model = next;
      vis = nextVis;
      view = nextView;
      hovered = null;
      selected = null;
      focus = null;
      big = next.edgeKeys.length > BIG_GRAPH_EDGES;
      sigma = new Sigma(next.graph, container, sigmaSettings(next.nodeKeys.length, big, nodeReducer, edgeReducer));
      sigma.on("enterNode", ({ node }) => {
        hovered = node;
        container.style.cursor = "pointer";
        refresh();
      });
      sigma.on("leaveNode", () => {
        hovered = null;
        container.style.cursor = "";
        refresh();
      });
      sigma.on("clickNode", ({ node }) => callbacks.onClickNode(node));
      fit(true);
    },
    update(nextVis, nextView) {
      const before = vis;
      const changed = nextView.id !== view?.id;
      vis = nextVis;
      view = nextView;
      if (changed || !before) {
        // Another view changes every size and many edges: sigma reprocesses the whole graph.
        clearTimeout(reindex);
        lastCenter = hovered ?? selected;
        computeFocus();
        sigma?.refresh();
        fit(true);
      } else partialRefresh(before);
    },
    fit(visibleOnly) {
      fit(visibleOnly);
    },
    select(key) {
      selected = key;
      refresh();
    },
  };
}
