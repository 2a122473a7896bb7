import type { EventSource, EventType, Precision } from "../model.ts";
import { type DayInterval } from "../time/days.ts";
/** One event mention with resolved entity ids, ready to merge. */
export interface MergeInput {
    type: EventType;
    /** Global entity ids, unique. */
    participants: string[];
    place: string | null;
    precision: Precision | null;
    status: EventSource["status"];
    source: EventSource;
}
/** The type class events merge within: meetings and summits together; visits; calls. */
export declare function typeClass(type: string): string;
/** A merged event under construction. */
export declare class Cluster {
    readonly cls: string;
    readonly participants: Set<string>;
    readonly inputs: MergeInput[];
    /** Union of the intervals of the most precise sources (used to test overlap). */
    span: DayInterval | null;
    /** Intersection of the most precise sources' intervals where they agree (the output dates). */
    best: DayInterval | null;
    rank: number;
    /** Buckets this cluster is registered in, as a month range. */
    bucketLo: number;
    bucketHi: number;
    merged: boolean;
    constructor(cls: string, participants: Iterable<string>);
    /**
     * Adds a mention; its dates count when it is at least as precise as the sources so far, unless
     * `dates` is false (a report a day off joins without stretching the event, so reports cannot chain).
     */
    add(input: MergeInput, dates?: boolean): void;
    /** Takes over every mention of another cluster. */
    absorb(other: Cluster): void;
    /** The places its sources name. */
    places(): string[];
}
