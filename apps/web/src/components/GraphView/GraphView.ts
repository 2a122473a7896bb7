// The network in sigma: reducers apply the filters (no rebuild), hovering a node highlights its neighbours.
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ExplorerModel } from "../../core/graph/model.ts";
import type { GraphView as View } from "../../core/filters/collection.ts";
import type { Visibility } from "../../core/filters/visibility.ts";

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
  /** Highlights a node and its neighbours while nothing is hovered. */
  select(key: string | null): void;
}

const DIM_NODE = "#e6e6e6";
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

  const nodeReducer = (key: string, data: Record<string, unknown>): Partial<NodeDisplayData> => {
    const i = model!.nodeIndex.get(key)!;
    if (!vis!.nodes[i]) return { ...data, hidden: true };
    const size = (view!.size === "contact" ? model!.sizeContact : model!.sizeAll)[i]!;
    const out: Partial<NodeDisplayData> = { ...data, label: model!.labels[i]!, color: model!.colors[i]!, size };
    if (focus) {
      if (!focus.has(key)) return { ...out, color: DIM_NODE, label: null, zIndex: 0 };
      return { ...out, zIndex: 1, highlighted: key === (hovered ?? selected), forceLabel: true };
    }
    return out;
  };

  const edgeReducer = (key: string, data: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const i = model!.edgeIndex.get(key)!;
    if (!vis!.edges[i]) return { ...data, hidden: true };
    const kind = model!.edgeKind[i]!;
    const weight = Number(data.weight) || 1;
    const out: Partial<EdgeDisplayData> = { ...data, color: EDGE_COLORS[kind] ?? "#cccccc", size: kind === "contact" ? 1 + Math.log2(weight) : 0.6 };
    if (focus) {
      const g = model!.graph;
      const center = hovered ?? selected;
      if (g.source(key) !== center && g.target(key) !== center) return { ...out, hidden: true };
      return { ...out, color: "#444444", zIndex: 1 };
    }
    return out;
  };

  const refresh = (): void => {
    computeFocus();
    sigma?.refresh();
  };

  return {
    renderer: () => sigma,
    setModel(next, nextVis, nextView) {
      sigma?.kill();
      model = next;
      vis = nextVis;
      view = nextView;
      hovered = null;
      selected = null;
      focus = null;
      sigma = new Sigma(next.graph, container, {
        nodeReducer,
        edgeReducer,
        zIndex: true,
        renderEdgeLabels: false,
        labelFont: '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
        labelSize: 13,
        labelRenderedSizeThreshold: 5,
        labelDensity: 0.5,
        defaultEdgeType: "line",
        allowInvalidContainer: true,
      });
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
    },
    update(nextVis, nextView) {
      vis = nextVis;
      view = nextView;
      refresh();
    },
    select(key) {
      selected = key;
      refresh();
    },
  };
}
