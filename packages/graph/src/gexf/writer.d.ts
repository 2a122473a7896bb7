import type { ParleyGraph } from "../graph/to-graph.ts";
/** Options of the GEXF writer. */
export interface GexfOptions {
    /** Write viz:color, viz:size and viz:position (valid against gexf.rng, not gexf.xsd). */
    viz: boolean;
    /** Write spells and mode="dynamic" so Gephi's timeline plays the graph. */
    dynamic: boolean;
    creator: string;
    description: string | null;
    /** meta lastmodifieddate (YYYY-MM-DD); omitted when null so the output is reproducible. */
    lastModified: string | null;
    /** Approximate size of the chunks handed to the sink, in characters. */
    chunkSize: number;
}
/** Default GEXF options. */
export declare const DEFAULT_GEXF_OPTIONS: GexfOptions;
/** The GEXF document in chunks; nothing larger than one node or edge is held beyond a chunk. */
export declare function gexfChunks(graph: ParleyGraph, options?: Partial<GexfOptions>): Generator<string>;
/**
 * Streams GEXF 1.3 into a sink, chunk by chunk.
 * @example writeGexf(graph, (chunk) => parts.push(chunk), { viz: false })
 */
export declare function writeGexf(graph: ParleyGraph, sink: (chunk: string) => void, options?: Partial<GexfOptions>): void;
/** GEXF 1.3 as one string (for small graphs; use `writeGexf` for large ones). */
export declare function toGexf(graph: ParleyGraph, options?: Partial<GexfOptions>): string;
