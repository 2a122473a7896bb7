import type { ParleyGraph } from "./to-graph.ts";
/** Yields graph.json (graphology's serialization) in chunks of about `chunkSize` characters. */
export declare function graphJsonChunks(graph: ParleyGraph, chunkSize?: number): Generator<string>;
/** graph.json as one string (small graphs). */
export declare function toGraphJson(graph: ParleyGraph): string;
