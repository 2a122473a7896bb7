import type { TimelineEvent } from "../model.ts";
import type { PlaceRelations } from "./places.ts";
/** Narrows (or extends, within its sources' envelope) each visit to its visitor's meeting days; updates ids. */
export declare function anchorVisits(events: TimelineEvent[], places: PlaceRelations): void;
