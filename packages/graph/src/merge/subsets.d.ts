import type { Cluster } from "./cluster.ts";
import type { PlaceRelations } from "./places.ts";
/**
 * A cluster whose participants are a subset of exactly one other cluster's (same class, dates and
 * places compatible) joins it: 王毅–拜登 joins 王毅–拜登–布林肯 on the same day.
 */
export declare function joinSubsets(clusters: Cluster[], places: PlaceRelations): Cluster[];
