import type { EventType, TimelineEvent } from "../model.ts";
/** Chinese words for event types. */
export declare const EVENT_TYPE_ZH: Record<EventType, string>;
/** The label of an event node, from its participants' names. */
export declare function eventLabel(e: TimelineEvent, nameOf: (id: string) => string): string;
