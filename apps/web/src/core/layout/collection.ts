// Layouts as plain objects in a list: ForceAtlas2 runs in a web worker until stopped; the circle places nodes once.
import type Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";

/** A layout the user can start and stop. */
export interface LayoutRunner {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

/** A layout in the toolbar. */
export interface LayoutDefinition {
  id: string;
  label: string;
  /** Continuous layouts run until stopped; one-shot layouts finish at once. */
  continuous: boolean;
  create(graph: Graph): LayoutRunner;
}

/** ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), settings inferred from the graph's size. */
export const forceAtlas2: LayoutDefinition = {
  id: "forceatlas2",
  label: "ForceAtlas2",
  continuous: true,
  create(graph) {
    const settings = { ...inferSettings(graph), barnesHutOptimize: graph.order > 2000, adjustSizes: false };
    const fa2 = new FA2Layout(graph, { settings, getEdgeWeight: "weight" });
    return { start: () => fa2.start(), stop: () => fa2.stop(), isRunning: () => fa2.isRunning(), kill: () => fa2.kill() };
  },
};

/** Places every node on a circle, in key order. */
export function circle(graph: Graph, radius = 100): void {
  const n = graph.order || 1;
  let i = 0;
  graph.updateEachNodeAttributes((_key, a) => {
    const angle = (2 * Math.PI * i++) / n;
    return { ...a, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  }, { attributes: ["x", "y"] });
}

/** The circle as a one-shot layout. */
export const circular: LayoutDefinition = {
  id: "circle",
  label: "圆形 Circle",
  continuous: false,
  create(graph) {
    return { start: () => circle(graph), stop: () => undefined, isRunning: () => false, kill: () => undefined };
  },
};

/** Every layout in the toolbar. */
export const LAYOUTS: LayoutDefinition[] = [forceAtlas2, circular];

/** Gives nodes without usable coordinates a circle layout, so sigma can draw them. */
export function ensurePositions(graph: Graph): void {
  let bad = false;
  let first: string | null = null;
  let same = true;
  graph.forEachNode((_key, a) => {
    if (typeof a.x !== "number" || typeof a.y !== "number" || !Number.isFinite(a.x) || !Number.isFinite(a.y)) bad = true;
    const here = `${a.x},${a.y}`;
    if (first === null) first = here;
    else if (here !== first) same = false;
  });
  if (bad || (same && graph.order > 1)) circle(graph);
}
