import type { EventSource, EventType, TimelineEvent } from "../model.ts";
import type { Cluster } from "./cluster.ts";
import type { PlaceRelations } from "./places.ts";
/** Orders sources oldest document first (undated documents first), then by document id and offset. */
export declare function compareSources(a: EventSource, b: EventSource): number;
/** The timeline event of a merged cluster (without its final id suffix). */
export declare function toEvent(c: Cluster, places: PlaceRelations): TimelineEvent;
/** A stable id from type, participants, place and start: "event:2023-10-26:meeting:1a2b3c4d". */
export declare function eventId(type: EventType, participants: string[], place: string | null, start: string | null): string;
