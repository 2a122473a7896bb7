import type { EdgeAttributes, NodeAttributes } from "../model.ts";
/** One declared GEXF attribute and how to read its value from a node or edge. */
export interface GexfAttribute<A> {
    id: string;
    type: "string" | "integer" | "double" | "anyURI";
    value: (attr: A) => string | number | null | undefined;
}
/** Node attributes written to GEXF. */
export declare const NODE_ATTRIBUTES: GexfAttribute<NodeAttributes>[];
/** Edge attributes written to GEXF (the weight is GEXF's own `weight`). */
export declare const EDGE_ATTRIBUTES: GexfAttribute<EdgeAttributes>[];
