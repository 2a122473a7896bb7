import Graph from "graphology";
import type { ParleyGraph } from "../graph/to-graph.ts";
import { type FindOptions } from "./names.ts";
import { type QuerySource } from "./source.ts";
/** One person on a chain; `via` lists the events shared with the previous person. */
export interface PathStep {
    id: string;
    label: string;
    labelEn: string | null;
    via: string[];
}
/** The person-to-person contact network of a graph (cached). */
export declare function contactGraph(graph: ParleyGraph): Graph;
/**
 * The shortest chain of contacts from `a` to `b`, or null when they are not connected.
 * @example path(graph, "习近平", "布林肯") // 习近平 → 拜登 → 布林肯
 */
export declare function path(source: QuerySource, a: string, b: string, options?: Partial<FindOptions>): PathStep[] | null;
