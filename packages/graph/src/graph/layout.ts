// A quick layout so a fresh graph.json opens laid out: seeded random positions, then a short
// ForceAtlas2 pass whose length shrinks as the graph grows (skipped for very large graphs).
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { seededRandom } from "../text/ids.ts";

/** Layout options. */
export interface LayoutOptions {
  seed: number;
  /** No ForceAtlas2 pass above this many nodes (positions stay random). */
  maxNodes: number;
  /** Iterations for a small graph; larger graphs get fewer. */
  iterations: number;
}

/** Default layout options. */
export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { seed: 42, maxNodes: 50_000, iterations: 200 };

/** Iterations for a graph of `order` nodes: 200 up to 1k nodes, then fewer, at least 5. */
export function iterationsFor(order: number, base: number): number {
  if (order <= 1000) return base;
  return Math.max(5, Math.round((base * 1000) / order));
}

/** Assigns x and y to every node in place; returns the number of ForceAtlas2 iterations run. */
export function layout(graph: Graph, options: Partial<LayoutOptions> = {}): number {
  const opts = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const random = seededRandom(opts.seed);
  const radius = Math.sqrt(graph.order) * 10 + 1;
  graph.updateEachNodeAttributes((_, attr) => {
    const a = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    attr.x = r * Math.cos(a);
    attr.y = r * Math.sin(a);
    return attr;
  });
  if (graph.order === 0 || graph.order > opts.maxNodes) return 0;
  const iterations = iterationsFor(graph.order, opts.iterations);
  forceAtlas2.assign(graph, { iterations, settings: forceAtlas2.inferSettings(graph), getEdgeWeight: "weight" });
  return iterations;
}
