import { Cluster, type MergeInput } from "./cluster.ts";
import type { PlaceRelations } from "./places.ts";
/** Merges buffered mentions; call `clusters()` once all are added. */
export declare class EventMerger {
    private readonly places;
    private readonly blocks;
    constructor(places: PlaceRelations);
    /** Buffers one mention. */
    add(input: MergeInput): void;
    /** The merged events (order: block by block). */
    clusters(): Cluster[];
    private mergeBlock;
    /** -1 when a place conflicts with the cluster's, else how well it fits (higher is better). */
    private placeScore;
}
