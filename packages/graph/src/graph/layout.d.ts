import type Graph from "graphology";
/** Layout options. */
export interface LayoutOptions {
    seed: number;
    /** No ForceAtlas2 pass above this many nodes (positions stay random). */
    maxNodes: number;
    /** Iterations for a small graph; larger graphs get fewer. */
    iterations: number;
}
/** Default layout options. */
export declare const DEFAULT_LAYOUT_OPTIONS: LayoutOptions;
/** Iterations for a graph of `order` nodes: 200 up to 1k nodes, then fewer, at least 5. */
export declare function iterationsFor(order: number, base: number): number;
/** Assigns x and y to every node in place; returns the number of ForceAtlas2 iterations run. */
export declare function layout(graph: Graph, options?: Partial<LayoutOptions>): number;
